import "server-only";
import type { Prisma } from "../db/generated/client";
import { processValue, setProcessValue } from "../start/process-slot";

/**
 * A kind of stored reply that is a problem (lib/shared/notifications.ts, isProblem): one
 * from responder `from`, of `kind`, whose body has these fields with these values. Each
 * responder declares its own (its manifest's `problems`), plugged in at start; the
 * platform names none.
 */
export type ProblemReply = { from: string; kind: string; fields: Readonly<Record<string, string | number | boolean>> };

export function plugProblemReplies(problems: readonly ProblemReply[]): void {
  setProcessValue("problem-replies", problems);
}

/**
 * The replies that are problems, found in SQL by the stored body. The body is the reply
 * as JSON.stringify wrote it, so `"state":"blocked"` is exact; inside a string (a
 * reason) these quotes would be escaped and cannot match.
 */
export function problemWhere(): Prisma.TaskReplyWhereInput {
  const problems = processValue<readonly ProblemReply[]>("problem-replies") ?? [];
  return {
    // No problem kinds plugged in: OR of nothing matches no reply.
    OR: problems.map((problem) => ({
      from: problem.from,
      kind: problem.kind,
      AND: Object.entries(problem.fields).map(([field, value]) => ({
        body: { contains: `${JSON.stringify(field)}:${JSON.stringify(value)}` },
      })),
    })),
  };
}

/**
 * The same rule for one reply as it is stored (its body as JSON.stringify wrote it):
 * decided once, when the reply is stored, into TaskReply.problem.
 */
export function isProblemReply(reply: { from: string; kind: string; body: string }): boolean {
  const problems = processValue<readonly ProblemReply[]>("problem-replies") ?? [];
  return problems.some(
    (problem) =>
      problem.from === reply.from &&
      problem.kind === reply.kind &&
      Object.entries(problem.fields).every(([field, value]) =>
        reply.body.includes(`${JSON.stringify(field)}:${JSON.stringify(value)}`),
      ),
  );
}

export function routineWhere(): Prisma.TaskReplyWhereInput {
  return { NOT: problemWhere() };
}
