import "server-only";
import { TASK_PAGE_SIZE, type TaskPage } from "@/lib/shared/task-page";
import type { TaskQuery } from "@/lib/shared/task-query";
import { countedTotal, TOTAL_COUNTED_UP_TO } from "@/lib/shared/counted-total";
import { engine } from "@/lib/server/db/writes";
import { signCursor, verifyCursor } from "@/lib/server/http/signed-cursor";
import { expectedReplies } from "./expected-replies";
import { countTasks, pageOfTasks, repliesOfTasks, tasksByIds, type TaskFilter } from "./list-tasks.sql";
import { toTaskView } from "./to-view";

/** The shortest query the search index serves: a trigram index needs three characters. */
const INDEXED_FROM = 3;

/**
 * One page of tasks, newest first, with how many match (counted up to
 * TOTAL_COUNTED_UP_TO: past it the page says there are more). The ids, the count, the
 * rows and their replies all come from the catalogue's statements (list-tasks.sql.ts).
 * Keyset paging on (createdAt, id): a page starts just after
 * the cursor's task, so tasks added meanwhile neither shift nor repeat what the next page
 * holds. The order walks Task(createdAt, id); a status filter Task(standing, createdAt, id).
 *
 * The search is a case-insensitive substring of name or description. From three
 * characters on it asks the search index first how many tasks match, up to the count's
 * bound: that few are read from the index and sorted (a rare word at a million tasks:
 * a few milliseconds, where a walk along the dates read every task); more, and the
 * newest page is found sooner along the dates, a match every few rows (what the index
 * counted is then the total's lower bound). Shorter queries are always checked row by
 * row. Our own LIKE, because Prisma's `contains` leaves % and _ as wildcards.
 */
export async function listTasks(query: Partial<TaskQuery> = {}): Promise<TaskPage> {
  const { q = "", status = "all", cursor, limit = TASK_PAGE_SIZE } = query;
  // Checked before anything is read: a cursor this server did not sign is refused.
  const after = cursor === undefined ? undefined : verifyCursor(cursor);
  const bound = TOTAL_COUNTED_UP_TO + 1;
  let search: TaskFilter["search"] = q === "" ? "none" : [...q].length >= INDEXED_FROM ? "index" : "scan";
  let indexed: number | undefined;
  if (search === "index") {
    indexed = (await engine.get(countTasks({ status: false, search }), q, bound))?.n ?? 0;
    if (indexed === bound) search = "scan";
  }
  // Bound in the order of the statements' conditions (list-tasks.sql.ts): standing, search, cursor.
  const params: (string | Date)[] = [];
  if (status !== "all") params.push(status);
  if (search === "index") params.push(q);
  if (search === "scan") {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(pattern, pattern);
  }
  const filter = { status: status !== "all", search, after: after !== undefined };
  // With no status to narrow it, what the index counted is the answer (past the bound, too).
  const counted = indexed !== undefined && !filter.status ? { n: indexed } : engine.get(countTasks(filter), ...params, bound);
  if (after) {
    const at = new Date(after.createdAt);
    params.push(at, at, after.id);
  }
  const [count, ids] = await Promise.all([counted, engine.all(pageOfTasks(filter), ...params, limit + 1)]);
  const page = ids.slice(0, limit);
  const shown = page.map((row) => row.id);
  // The page's request ids came with its ids: the rows, their replies and whom each waits for are read side by side.
  const byTask = shown.map((id) => [id] as [string]);
  const rowsRead = tasksByIds.bind(byTask);
  const repliesRead = repliesOfTasks.bind(byTask);
  const [rows, replies, expected] = await Promise.all([
    shown.length > 0 ? engine.all(rowsRead.statement, ...rowsRead.params) : [],
    shown.length > 0 ? engine.all(repliesRead.statement, ...repliesRead.params) : [],
    expectedReplies(page.map((row) => row.requestId)),
  ]);
  const repliesOf = new Map<string, (typeof replies)[number][]>();
  for (const reply of replies) {
    const known = repliesOf.get(reply.taskId);
    if (known) known.push(reply);
    else repliesOf.set(reply.taskId, [reply]);
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  const tasks = shown.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toTaskView({ ...row, replies: repliesOf.get(id) ?? [] }, expected.get(row.requestId)!)] : [];
  });
  const last = tasks.at(-1);
  return {
    tasks,
    ...countedTotal(count?.n ?? 0),
    nextCursor: ids.length > limit && last ? signCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
