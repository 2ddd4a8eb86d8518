import Link from "next/link";
import { PageTitle } from "./page-title";

/**
 * A page that only says why the user cannot be where they asked (403, 404) and leads
 * back to the portal. `alert`: a refusal, said at once and in the danger colour.
 */
export function NoticePage(props: { subtitle: string; heading: string; advice: string; back: string; alert?: boolean }) {
  return (
    <main className="mx-auto max-w-xl px-4 pb-4 pt-20">
      <PageTitle subtitle={props.subtitle} className="mb-6" />
      <div
        role={props.alert ? "alert" : undefined}
        className={`rounded-lg border p-4 ${props.alert ? "border-danger bg-danger-soft text-danger" : "border-line bg-surface"}`}
      >
        <h2 className="font-semibold">{props.heading}</h2>
        <p className={`mt-1 text-sm ${props.alert ? "" : "text-muted"}`}>{props.advice}</p>
      </div>
      <p className="mt-4 text-sm">
        <Link href="/" className="underline underline-offset-2 hover:text-accent">
          {props.back}
        </Link>
      </p>
    </main>
  );
}
