import Link from "next/link";
import { useTranslations } from "next-intl";
import { PageTitle } from "@/components/ui/page-title";

/** 403 for a page the user's role may not open (requirePermission): say so and lead back. */
export default function Forbidden() {
  const t = useTranslations("portal.forbidden");
  return (
    <main className="mx-auto max-w-xl px-4 pb-4 pt-20">
      <PageTitle subtitle={t("subtitle")} className="mb-6" />
      <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4 text-danger">
        <h2 className="font-semibold">{t("heading")}</h2>
        <p className="mt-1 text-sm">{t("advice")}</p>
      </div>
      <p className="mt-4 text-sm">
        <Link href="/" className="underline underline-offset-2 hover:text-accent">
          {t("back")}
        </Link>
      </p>
    </main>
  );
}
