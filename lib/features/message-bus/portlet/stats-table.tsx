import { useFormatter, useTranslations } from "next-intl";
import type { DestinationStats } from "@/lib/messaging/destination-stats";

/** The counted columns, each named by its key in "messageBus.stats". */
const COLUMNS = [
  "pending",
  "inFlight",
  "sent",
  "failed",
  "dead",
  "rejected",
  "largestQueue",
] as const satisfies readonly (keyof DestinationStats)[];
const MS = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

export function StatsTable({ stats }: { stats: DestinationStats[] }) {
  const t = useTranslations("messageBus.stats");
  const format = useFormatter();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2">
              {t("destination")}
            </th>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" className="px-1 py-1 text-right">
                {t(key)}
              </th>
            ))}
            <th scope="col" className="px-1 py-1 text-right">
              {t("handling")}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.map((row) => (
            <tr key={row.destination} className="border-b border-line">
              <th scope="row" className="py-1 pr-2 font-mono font-normal">
                {row.destination} <span className="text-muted">({row.type})</span>
              </th>
              {COLUMNS.map((key) => (
                <td key={key} className="px-1 py-1 text-right tabular-nums">
                  {format.number(row[key])}
                </td>
              ))}
              <td className="px-1 py-1 text-right tabular-nums">
                {row.handlingMs ? `${format.number(row.handlingMs.p50, MS)} / ${format.number(row.handlingMs.p99, MS)}` : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
