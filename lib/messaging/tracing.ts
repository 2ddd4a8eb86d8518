import {
  context,
  INVALID_SPAN_CONTEXT,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from "@opentelemetry/api";
import type { DeliveryJob } from "./destination-runtime";
import type { ListenerContext, Message } from "./types";

/**
 * The bus's spans, after OpenTelemetry's messaging semantic conventions: a PRODUCER
 * "send" span per message, whose context travels in the message's headers as W3C
 * `traceparent` / `tracestate` (as the amqplib instrumentation carries it in AMQP
 * headers), and a CONSUMER "process" span per listener delivery, child of that
 * context and linked to it. The headers go wherever the message goes (the store, a
 * Redis stream, a retry), so one trace runs from the first send to the last reply.
 *
 * Only the API is used here: without an SDK registered (lib/server/tracing), every
 * call below is the API's no-op, no header is added, and a listener runs as it would
 * untraced.
 */

const tracer = trace.getTracer("tourbus-messaging");

/** `messaging.system`: not one of the registry's well-known values, so the bus's own name. */
export const MESSAGING_SYSTEM = "tourbus";

/** Header carriers are plain string records; the API's default getter and setter read and write them. */
type Headers = Readonly<Record<string, string>>;

/**
 * Starts the span of a send, child of whatever is active (a request, an action, the
 * listener that replies); the caller ends it once the send is accepted or refused.
 */
export function startSend(destination: string): Span {
  const span = tracer.startSpan(spanName("send", destination), { kind: SpanKind.PRODUCER });
  if (span.isRecording()) span.setAttributes(destinationAttributes("send", destination));
  return span;
}

/**
 * The send's options with the span's context added to its headers (`traceparent`,
 * and `tracestate` when there is one); the same object when there is none to carry.
 */
export function withTraceContext<O extends { headers?: Record<string, string> }>(span: Span, options: O): O {
  const spanContext = span.spanContext();
  if (spanContext === INVALID_SPAN_CONTEXT || !isSpanContextValid(spanContext)) return options;
  const headers = { ...options.headers };
  propagation.inject(trace.setSpan(context.active(), span), headers);
  return { ...options, headers };
}

/** Names the message a send span is about, once it is made. */
export function describeSend(span: Span, message: Message): void {
  if (span.isRecording()) span.setAttributes(messageAttributes(message));
}

/**
 * Runs one listener delivery in its "process" span: parent and link are the context
 * the message carries (on every attempt, so a retry stays in the trace), and whatever
 * the listener sends meanwhile (its replies) is a child of this span. A message that
 * carries no context was sent with tracing off (or before it was on): its listener
 * runs as it would untraced, at the cost of one property read.
 */
export function receiveTraced(job: DeliveryJob, delivery: ListenerContext): void | Promise<void> {
  const { listener, message } = job;
  if (message.headers.traceparent === undefined) return listener.receive(message, delivery);
  // From the root: a worker runs in the context of whichever send started it, not this message's.
  const carried = propagation.extract(ROOT_CONTEXT, message.headers as Headers);
  const creation = trace.getSpanContext(carried);
  const span = tracer.startSpan(
    spanName("process", job.runtime.name),
    { kind: SpanKind.CONSUMER, links: creation ? [{ context: creation }] : undefined },
    carried,
  );
  // No SDK here (the sender had one): nothing to record, no context to pass on.
  const spanContext = span.spanContext();
  if (spanContext === INVALID_SPAN_CONTEXT || !isSpanContextValid(spanContext)) return listener.receive(message, delivery);
  if (span.isRecording()) {
    span.setAttributes({
      ...destinationAttributes("process", job.runtime.name),
      ...messageAttributes(message),
      "messaging.destination.subscription.name": listener.name,
      "messaging.tourbus.attempt": delivery.attempt,
    });
  }
  const active = trace.setSpan(carried, span);
  return endAfter(span, () => context.with(active, () => listener.receive(message, delivery)));
}

/** Runs `run` and ends `span` once it is done, marked failed if it threw. */
async function endAfter(span: Span, run: () => void | Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    failSpan(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** `{operation} {destination}`: every destination is declared, so its name is low-cardinality. */
function spanName(operation: "send" | "process", destination: string): string {
  return `${operation} ${destination}`;
}

function destinationAttributes(operation: "send" | "process", destination: string): Attributes {
  return {
    "messaging.system": MESSAGING_SYSTEM,
    "messaging.operation.name": operation,
    "messaging.operation.type": operation,
    "messaging.destination.name": destination,
  };
}

function messageAttributes(message: Message): Attributes {
  return { "messaging.message.id": message.id, "messaging.message.conversation_id": message.correlationId };
}

/** Marks a span as failed, with the error's class as `error.type`. */
export function failSpan(span: Span, error: unknown): void {
  const name = error instanceof Error ? error.name : "Error";
  span.setAttribute("error.type", name);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  if (error instanceof Error) span.recordException(error);
}
