import { toFieldErrors } from "@/lib/shared/field-errors";
import { taskInputSchema } from "@/lib/shared/task";
import { addTask } from "@/lib/server/tasks/add-task";

export const dynamic = "force-dynamic";

/**
 * POST /api/tasks: the contract of DESIGN.md's HTTP API, kept minimal so the load
 * benchmarks (bench/) can send tasks. The lead's fuller handler replaces this at merge.
 */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ errors: { name: "Body must be JSON." } }, { status: 400 });
  }
  const parsed = taskInputSchema.safeParse(body);
  if (!parsed.success) return Response.json({ errors: toFieldErrors(parsed.error) }, { status: 400 });
  return Response.json(await addTask(parsed.data), { status: 201 });
}
