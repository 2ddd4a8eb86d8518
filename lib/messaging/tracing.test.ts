import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { MessageBus } from "./message-bus";
import { MemoryMessageStore } from "./store/memory-store";
import { redisHarness } from "./transport/redis/redis-harness";
import type { Message, MessageListener, Route } from "./types";

// The SDK as a server with tracing on registers it, but exporting to memory, span by span.
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register();
afterAll(() => provider.shutdown());

type BusOptions = ConstructorParameters<typeof MessageBus<Destinations>>[0];
type Destinations = { "crew/setup": Route<{ name: string }, string>; "crew/done": Route<string, never> };
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;
const spanNamed = (name: string) => exporter.getFinishedSpans().filter((span) => span.name === name);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

function makeBus(
  listeners: MessageListener<{ name: string }, string>[],
  received: Message[] = [],
  cluster?: Partial<BusOptions>,
) {
  return new MessageBus<Destinations>({
    ...cluster,
    destinations: {
      "crew/setup": { type: "serial", listeners, retry: { maxAttempts: 3, initialDelayMs: 1 } },
      "crew/done": { type: "serial", listeners: [{ name: "manager", receive: (message) => void received.push(message) }] },
    },
  });
}

describe("tracing on the bus", () => {
  beforeEach(() => exporter.reset());

  it("puts the send span's context in the message headers, and the listener's span under it", async () => {
    let seen: Message | undefined;
    const bus = makeBus([{ name: "setup", receive: (message) => void (seen = message) }]);
    const sent = await bus.send("crew/setup", { name: "amps" }, { headers: { origin: "test" } });
    await bus.idle();

    const [send] = spanNamed("send crew/setup");
    const [process] = spanNamed("process crew/setup");
    const [, traceId, spanId] = TRACEPARENT.exec(sent.headers.traceparent ?? "") ?? [];
    expect(traceId).toBe(send!.spanContext().traceId);
    expect(spanId).toBe(send!.spanContext().spanId);
    expect(seen!.headers).toEqual(sent.headers);
    expect(sent.headers.origin).toBe("test");
    expect(send!.kind).toBe(SpanKind.PRODUCER);
    expect(send!.attributes).toMatchObject({
      "messaging.system": "tourbus",
      "messaging.operation.type": "send",
      "messaging.operation.name": "send",
      "messaging.destination.name": "crew/setup",
      "messaging.message.id": sent.id,
      "messaging.message.conversation_id": sent.correlationId,
    });
    expect(process!.kind).toBe(SpanKind.CONSUMER);
    expect(process!.spanContext().traceId).toBe(traceId);
    expect(parentOf(process!)).toBe(spanId);
    expect(process!.links.map((link) => link.context.spanId)).toEqual([spanId]);
    expect(process!.attributes).toMatchObject({
      "messaging.system": "tourbus",
      "messaging.operation.type": "process",
      "messaging.destination.name": "crew/setup",
      "messaging.destination.subscription.name": "setup",
      "messaging.message.id": sent.id,
      "messaging.tourbus.attempt": 1,
    });
    await bus.close();
  });

  it("makes a send inside a caller's span its child, and carries the caller's tracestate", async () => {
    const bus = makeBus([{ name: "setup", receive: () => undefined }]);
    // A caller's context as an incoming request brings it (W3C headers).
    const caller = propagation.extract(ROOT_CONTEXT, {
      traceparent: `00-${"1".repeat(32)}-${"2".repeat(16)}-01`,
      tracestate: "crew=stage-left",
    });
    const sent = await context.with(caller, () => bus.send("crew/setup", { name: "lights" }));
    await bus.idle();

    const [send] = spanNamed("send crew/setup");
    expect(send!.spanContext().traceId).toBe("1".repeat(32));
    expect(parentOf(send!)).toBe("2".repeat(16));
    expect(sent.headers.traceparent).toBe(`00-${"1".repeat(32)}-${send!.spanContext().spanId}-01`);
    expect(sent.headers.tracestate).toBe("crew=stage-left");
    await bus.close();
  });

  it("links a listener's reply to the delivery it came from, across the return address", async () => {
    const received: Message[] = [];
    const bus = makeBus([{ name: "setup", receive: (_message, { reply }) => reply("Yes").then(() => undefined) }], received);
    await bus.send("crew/setup", { name: "stage" }, { responseDestination: "crew/done" });
    await bus.idle();

    const [send] = spanNamed("send crew/setup");
    const [process] = spanNamed("process crew/setup");
    const [replySend] = spanNamed("send crew/done");
    const [replyProcess] = spanNamed("process crew/done");
    expect(parentOf(replySend!)).toBe(process!.spanContext().spanId);
    expect(parentOf(replyProcess!)).toBe(replySend!.spanContext().spanId);
    expect(replySend!.attributes["messaging.message.conversation_id"]).toBe(send!.attributes["messaging.message.id"]);
    expect(new Set([send, process, replySend, replyProcess].map((span) => span!.spanContext().traceId)).size).toBe(1);
    expect(received[0]!.headers.traceparent).toContain(replySend!.spanContext().spanId);
    await bus.close();
  });

  it("keeps a retried delivery in the message's trace, the failed attempt marked as such", async () => {
    let attempts = 0;
    const bus = makeBus([
      {
        name: "setup",
        receive: () => {
          if (++attempts === 1) throw new TypeError("amp not found");
        },
      },
    ]);
    await bus.send("crew/setup", { name: "amps" });
    await bus.idle();

    const [send] = spanNamed("send crew/setup");
    const processes = spanNamed("process crew/setup");
    expect(processes.map((span) => span.attributes["messaging.tourbus.attempt"])).toEqual([1, 2]);
    for (const span of processes) {
      expect(span.spanContext().traceId).toBe(send!.spanContext().traceId);
      expect(parentOf(span)).toBe(send!.spanContext().spanId);
    }
    expect(processes[0]!.status.code).toBe(SpanStatusCode.ERROR);
    expect(processes[0]!.attributes["error.type"]).toBe("TypeError");
    expect(processes[1]!.status.code).not.toBe(SpanStatusCode.ERROR);
    await bus.close();
  });

  it("puts each delivery under its own message's send, whichever sender started the worker", async () => {
    const bus = makeBus([{ name: "setup", receive: () => undefined }]);
    const tracer = trace.getTracer("test");
    // Two callers in two traces; one serial worker takes both messages.
    const [first, second] = await Promise.all(
      ["first", "second"].map((name) =>
        tracer.startActiveSpan(name, (span) => bus.send("crew/setup", { name }).finally(() => span.end())),
      ),
    );
    await bus.idle();

    const sends = spanNamed("send crew/setup");
    const processes = spanNamed("process crew/setup");
    for (const message of [first!, second!]) {
      const send = sends.find((span) => span.attributes["messaging.message.id"] === message.id)!;
      const process = processes.find((span) => span.attributes["messaging.message.id"] === message.id)!;
      expect(parentOf(process)).toBe(send.spanContext().spanId);
      expect(process.spanContext().traceId).toBe(send.spanContext().traceId);
    }
    expect(sends[0]!.spanContext().traceId).not.toBe(sends[1]!.spanContext().traceId);
    await bus.close();
  });
});

describe("tracing across the Redis Streams transport", () => {
  const redis = redisHarness("tracing");
  afterAll(() => redis.cleanup());
  beforeEach(() => exporter.reset());

  it("keeps one trace when the message and its reply travel through streams", async () => {
    const received: Message[] = [];
    const bus = makeBus([{ name: "setup", receive: (_message, { reply }) => reply("Yes").then(() => undefined) }], received, {
      store: new MemoryMessageStore(),
      transport: redis.transport(),
    });
    await bus.recover();
    await bus.send("crew/setup", { name: "amps" }, { responseDestination: "crew/done" });
    await redis.settle(bus as unknown as MessageBus<never>);
    await bus.close();

    const [send] = spanNamed("send crew/setup");
    const [process] = spanNamed("process crew/setup");
    const [replySend] = spanNamed("send crew/done");
    const [replyProcess] = spanNamed("process crew/done");
    expect(parentOf(process!)).toBe(send!.spanContext().spanId);
    expect(parentOf(replySend!)).toBe(process!.spanContext().spanId);
    expect(parentOf(replyProcess!)).toBe(replySend!.spanContext().spanId);
    expect(new Set([send, process, replySend, replyProcess].map((span) => span!.spanContext().traceId)).size).toBe(1);
    expect(received).toHaveLength(1);
  });
});
