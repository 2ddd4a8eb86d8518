import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";

/** 403 for a page the user's role may not open (requirePermission): say so and lead back. */
export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 pb-4 pt-20">
      <PageTitle subtitle="not allowed" className="mb-6" />
      <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4 text-danger">
        <h2 className="font-semibold">Your role may not open this page.</h2>
        <p className="mt-1 text-sm">Ask an admin if you need it.</p>
      </div>
      <p className="mt-4 text-sm">
        <Link href="/" className="underline underline-offset-2 hover:text-accent">
          Back to the portal
        </Link>
      </p>
    </main>
  );
}
