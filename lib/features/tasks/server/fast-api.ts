import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { SECURITY_HEADERS } from "@/lib/shared/security-headers";
import { taskInputSchema } from "@/lib/features/tasks/schema";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { addTask } from "@/lib/features/tasks/server/add-task";
import { idempotencyOf } from "@/lib/features/tasks/server/idempotency";
import { inSpan } from "@/lib/server/tracing/in-span";
import { errorAnswer, parseJson, readBodyText, requireJsonContentType } from "@/lib/server/http/responses";

const BASE_HEADERS: Record<string, string> = {
  ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
  "Cache-Control": "no-store",
  "Content-Type": "application/json",
};

/**
 * The API's hot route, answered by server.ts ahead of Next: `POST /api/tasks`. Going
 * through Next's router, proxy and route-handler machinery cost more CPU per call
 * than the whole task's storage and bus work, and this is the call a busy crew makes
 * most. Same checks, same answers as Next's routes (authenticateRequest, the shared
 * schema, errorAnswer); every other path goes to Next.
 *
 * Returns false for a request it does not serve.
 */
export function serveFastApi(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || !isTasksPath(req.url)) return false;
  // The trace's root (or a caller's child): the task's request on the bus is sent inside it.
  void inSpan(
    "POST /api/tasks",
    {
      kind: SpanKind.SERVER,
      attributes: { "http.request.method": "POST", "http.route": "/api/tasks" },
      remoteParent: req.headers,
    },
    async (span) => {
      await addTaskRoute(req, res);
      span.setAttribute("http.response.status_code", res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    },
  );
  return true;
}

function isTasksPath(url: string | undefined): boolean {
  if (!url?.startsWith("/api/tasks")) return false;
  const rest = url.slice("/api/tasks".length);
  return rest === "" || rest.startsWith("?");
}

/** Adds a task, as the form does: 201 with the task, 400 with field errors, 401/403 when not allowed. */
async function addTaskRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const request = { headers: webHeaders(req), method: "POST", url: `http://localhost${req.url ?? "/"}` };
    const user = await authenticateRequest(request, "tasks:add");
    requireJsonContentType(request);
    const input = parseJson(await readBodyText(req), taskInputSchema);
    const idempotency = idempotencyOf({ userId: user.id, key: request.headers.get("idempotency-key"), input });
    const { task, replayed } = await addTask(input, { idempotency, createdById: user.id });
    send(res, 201, task, { Location: `/api/tasks/${task.id}`, ...(replayed ? { "Idempotent-Replayed": "true" } : {}) });
  } catch (error) {
    const { status, headers, body } = errorAnswer(error);
    send(res, status, body, headers);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...BASE_HEADERS, ...headers }).end(JSON.stringify(body));
}

/** The request's headers as web Headers, which the checks (and better-auth, for cookies) read. */
function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return headers;
}
