import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "./field";

/** "Show more …" under a paged list: busy while the next page loads, off while any load runs. */
export function ShowMoreButton(props: {
  label: string;
  loadingMore: boolean;
  disabled: boolean;
  countId: string;
  onClick: () => void;
}) {
  const t = useTranslations("common");
  return (
    <button
      type="button"
      onClick={props.onClick}
      disabled={props.disabled}
      aria-busy={props.loadingMore}
      aria-describedby={props.countId}
      className={`${secondaryButtonClass} mt-2`}
    >
      {props.loadingMore ? t("loadingMore") : props.label}
    </button>
  );
}
