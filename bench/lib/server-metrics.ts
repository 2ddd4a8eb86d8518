/**
 * The server's own counters from `GET /metrics` (Prometheus text, admin only): the
 * SQL statements and transactions it ran, so the bench can divide them by tasks.
 * Before the server has /metrics (404), callers report "n/a", not a failure.
 */

export const SQL_STATEMENTS = "tourbus_sql_statements_total";
export const SQL_TRANSACTIONS = "tourbus_sql_transactions_total";

export type MetricsReading = { ok: true; values: Map<string, number> } | { ok: false; reason: string };

export async function readServerMetrics(baseUrl: string, authorization: string): Promise<MetricsReading> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: { authorization } });
  if (response.status === 404) return { ok: false, reason: "no /metrics" };
  if (response.status !== 200) return { ok: false, reason: `/metrics answered HTTP ${response.status}` };
  return { ok: true, values: sumCounters(await response.text()) };
}

/**
 * Each metric's samples summed over its labels (`name{kind="insert"} 3` and
 * `name{kind="update"} 4` → name 7). Comments and unparsable lines are skipped.
 */
export function sumCounters(text: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const value = Number(match[2]);
    if (Number.isFinite(value)) sums.set(match[1]!, (sums.get(match[1]!) ?? 0) + value);
  }
  return sums;
}
