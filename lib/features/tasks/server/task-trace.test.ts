import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import { getBus } from "@/lib/server/bus/get-bus";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION } from "@/lib/features/messages";
import { db } from "@/lib/server/db/client";
import { serveFastApi } from "@/lib/features/tasks/server/fast-api";
import { setRealtimeServer, type RealtimeServer } from "@/lib/server/realtime/publish";

// One task through the real path: POST /api/tasks on the server's own handler, the
// server's bus and wiring on the test SQLite file, the Setup and Inventory listeners,
// their replies, the Tasks listener and the Socket.IO push (to a stand-in server).
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register();

const manager: SignedInUser = { id: "trace-manager", name: "Alex", email: "alex.trace@example.test", role: "manager" };
const emitted: unknown[] = [];
let server: Server;

beforeAll(async () => {
  await db.apiToken.deleteMany();
  await db.user.deleteMany({ where: { id: manager.id } });
  await db.user.create({ data: manager });
  setRealtimeServer(
    {
      // One open page: pushes leave at the end of their commit's turn (publish.ts).
      sockets: { sockets: { size: 1 } },
      to: () => ({ emit: (_event: string, batch: unknown) => void emitted.push(batch) }),
    } as unknown as RealtimeServer,
    { clustered: false },
  );
  server = createServer((req, res) => {
    if (!serveFastApi(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await getBus().close();
  await provider.shutdown();
});

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe("a task's trace", () => {
  it("runs from the API call through Setup, Inventory and their replies to the push, in one trace", async () => {
    const { token } = await createApiToken(manager, "trace");
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/tasks`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Trace the amps", gear: [] }),
    });
    expect(response.status).toBe(201);
    await getBus().idle();
    // Pushes leave on a microtask after the write that logged them.
    await new Promise((resolve) => setImmediate(resolve));

    const spans = exporter.getFinishedSpans();
    const [root] = spans.filter((span) => span.name === "POST /api/tasks");
    expect(root!.kind).toBe(SpanKind.SERVER);
    expect(root!.parentSpanContext).toBeUndefined();
    expect(root!.attributes["http.response.status_code"]).toBe(201);
    const traceId = root!.spanContext().traceId;
    const inTrace = spans.filter((span) => span.spanContext().traceId === traceId);
    const named = (name: string) => inTrace.filter((span) => span.name === name);

    // The request: sent under the API call.
    const [send] = named(`send ${SETUP_DESTINATION}`);
    expect(parentOf(send!)).toBe(root!.spanContext().spanId);
    const requestId = send!.attributes["messaging.message.id"];
    expect(send!.attributes["messaging.message.conversation_id"]).toBe(requestId);

    // Setup and Inventory: one process span each, children of the send, linked to it.
    const processes = named(`process ${SETUP_DESTINATION}`);
    expect(processes.map((span) => span.attributes["messaging.destination.subscription.name"]).sort()).toEqual([
      "inventory",
      "setup",
    ]);
    for (const span of processes) {
      expect(span.kind).toBe(SpanKind.CONSUMER);
      expect(parentOf(span)).toBe(send!.spanContext().spanId);
      expect(span.links[0]!.context.spanId).toBe(send!.spanContext().spanId);
      expect(span.attributes).toMatchObject({
        "messaging.system": "tourbus",
        "messaging.operation.type": "process",
        "messaging.message.id": requestId,
      });
    }

    // Their replies: sent from inside each listener's span, to the return address.
    const replies = named(`send ${TASK_REPLY_DESTINATION}`);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    const processIds = new Set(processes.map((span) => span.spanContext().spanId));
    for (const reply of replies) {
      expect(processIds.has(parentOf(reply)!)).toBe(true);
      expect(reply.attributes["messaging.message.conversation_id"]).toBe(requestId);
    }

    // The Tasks listener takes each reply, under that reply's send.
    const taken = named(`process ${TASK_REPLY_DESTINATION}`);
    expect(taken.map((span) => parentOf(span)).sort()).toEqual(replies.map((span) => span.spanContext().spanId).sort());

    // The pushes: the new task's under the API call, each stored reply's under its delivery.
    expect(named("push task:added").map(parentOf)).toEqual([root!.spanContext().spanId]);
    const takenIds = new Set(taken.map((span) => span.spanContext().spanId));
    const replyPushes = named("push task:reply");
    expect(replyPushes.length).toBe(taken.length);
    for (const push of replyPushes) expect(takenIds.has(parentOf(push)!)).toBe(true);
    expect(emitted.length).toBeGreaterThan(0);
  });
});
