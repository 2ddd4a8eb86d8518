import Link from "next/link";
import { useTranslations } from "next-intl";
import { PageTitle } from "@/components/ui/page-title";

/**
 * 404 for an address the portal has no page at: a page removed or renamed (its old
 * /p/ address, or Back after removing it), or a mistyped one. Said in the reader's
 * language, with the way back, instead of Next's bare English default.
 */
export default function NotFound() {
  const t = useTranslations("portal.notFound");
  return (
    <main className="mx-auto max-w-xl px-4 pb-4 pt-20">
      <PageTitle subtitle={t("subtitle")} className="mb-6" />
      <div className="rounded-lg border border-line bg-surface p-4">
        <h2 className="font-semibold">{t("heading")}</h2>
        <p className="mt-1 text-sm text-muted">{t("advice")}</p>
      </div>
      <p className="mt-4 text-sm">
        <Link href="/" className="underline underline-offset-2 hover:text-accent">
          {t("back")}
        </Link>
      </p>
    </main>
  );
}
