import { useTranslations } from "next-intl";
import { NoticePage } from "@/components/ui/notice-page";

/**
 * 404 for an address the portal has no page at: a page removed or renamed (its old
 * /p/ address, or Back after removing it), or a mistyped one. Said in the reader's
 * language, with the way back, instead of Next's bare English default.
 */
export default function NotFound() {
  const t = useTranslations("portal.notFound");
  return <NoticePage subtitle={t("subtitle")} heading={t("heading")} advice={t("advice")} back={t("back")} />;
}
