import "server-only";
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from "@opentelemetry/api";

/** The app's own spans (the bus's are lib/messaging/tracing.ts's); no-ops unless start-tracing.ts registered the SDK. */
export const tracer = trace.getTracer("tourbus");

type SpanOptions = {
  kind?: SpanKind;
  attributes?: Attributes;
  /** Incoming request headers: a caller's W3C `traceparent` makes this span part of its trace. */
  remoteParent?: Record<string, string | string[] | undefined>;
};

/**
 * Runs `work` in a span made active for it, so what it sends on the bus is that span's
 * child; a throw marks the span failed and is rethrown.
 */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  const parent = options.remoteParent ? propagation.extract(ROOT_CONTEXT, options.remoteParent) : context.active();
  return tracer.startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes },
    parent,
    async (span) => {
      try {
        return await work(span);
      } catch (error) {
        span.setAttribute("error.type", error instanceof Error ? error.name : "Error");
        span.setStatus({ code: SpanStatusCode.ERROR });
        if (error instanceof Error) span.recordException(error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
