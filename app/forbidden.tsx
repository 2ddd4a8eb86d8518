import { useTranslations } from "next-intl";
import { NoticePage } from "@/components/ui/notice-page";

/** 403 for a page the user's role may not open (requirePermission): say so and lead back. */
export default function Forbidden() {
  const t = useTranslations("portal.forbidden");
  return <NoticePage alert subtitle={t("subtitle")} heading={t("heading")} advice={t("advice")} back={t("back")} />;
}
