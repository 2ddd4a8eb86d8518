/**
 * The server's pushes as a flat list of portal events, in either of its two wire
 * forms: one Socket.IO event per portal event (`emit(type, data, seq)`), or one
 * `"batch"` event whose single argument is an array of `[type, data, seq]` tuples
 * (coalesced frames, issue 10). The bench must read both, before and after the change.
 */

export type PortalPush = { type: string; data: unknown };

/** The name of the coalesced frame. */
export const BATCH_EVENT = "batch";

/** The portal events carried by one Socket.IO event (as `socket.onAny` hands it over). */
export function portalPushes(event: string, args: readonly unknown[]): PortalPush[] {
  if (event !== BATCH_EVENT) return [{ type: event, data: args[0] }];
  const frames = args[0];
  if (!Array.isArray(frames)) return [];
  const pushes: PortalPush[] = [];
  for (const frame of frames) {
    if (Array.isArray(frame) && typeof frame[0] === "string") pushes.push({ type: frame[0], data: frame[1] });
  }
  return pushes;
}

/** `task:reply`'s data, when `push` is one: which task, and which listener replied. */
export function taskReplyOf(push: PortalPush): { taskId: string; from: string } | undefined {
  if (push.type !== "task:reply" || typeof push.data !== "object" || push.data === null) return undefined;
  const { taskId, reply } = push.data as { taskId?: unknown; reply?: { from?: unknown } };
  if (typeof taskId !== "string" || typeof reply?.from !== "string") return undefined;
  return { taskId, from: reply.from };
}
