import type { DestinationStats } from "@/lib/messaging/destination-stats";

const COLUMNS: [keyof DestinationStats, string][] = [
  ["pending", "Pending"],
  ["inFlight", "In flight"],
  ["sent", "Sent"],
  ["failed", "Failed"],
  ["dead", "Dead"],
  ["rejected", "Rejected"],
  ["largestQueue", "Largest queue"],
];

export function StatsTable({ stats }: { stats: DestinationStats[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Statistics per destination</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2">
              Destination
            </th>
            {COLUMNS.map(([, label]) => (
              <th key={label} scope="col" className="px-1 py-1 text-right">
                {label}
              </th>
            ))}
            <th scope="col" className="px-1 py-1 text-right">
              p50 / p99 ms
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.map((row) => (
            <tr key={row.destination} className="border-b border-line">
              <th scope="row" className="py-1 pr-2 font-mono font-normal">
                {row.destination} <span className="text-muted">({row.type})</span>
              </th>
              {COLUMNS.map(([key]) => (
                <td key={key} className="px-1 py-1 text-right tabular-nums">
                  {String(row[key])}
                </td>
              ))}
              <td className="px-1 py-1 text-right tabular-nums">
                {row.handlingMs ? `${row.handlingMs.p50.toFixed(1)} / ${row.handlingMs.p99.toFixed(1)}` : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
