import "server-only";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { env } from "../env";

/** The traces endpoint: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, else the base URL's /v1/traces (the OTLP/HTTP rule). */
export function tracesUrl(
  settings: Pick<typeof env, "OTEL_EXPORTER_OTLP_ENDPOINT" | "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT">,
): string {
  if (settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = settings.OTEL_EXPORTER_OTLP_ENDPOINT ?? "http://localhost:4318";
  return `${base.replace(/\/+$/, "")}/v1/traces`;
}

/** Whether traces are exported: as OTEL_TRACES_EXPORTER says, else when an endpoint is set. */
export function tracingEnabled(
  settings: Pick<typeof env, "OTEL_TRACES_EXPORTER" | "OTEL_EXPORTER_OTLP_ENDPOINT" | "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT">,
): boolean {
  if (settings.OTEL_TRACES_EXPORTER) return settings.OTEL_TRACES_EXPORTER === "otlp";
  return Boolean(settings.OTEL_EXPORTER_OTLP_ENDPOINT ?? settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Registers the OpenTelemetry SDK when traces are exported, and returns what stops it
 * (flushing the spans still batched); when they are not, registers nothing, so the bus's
 * and the request's tracing calls stay the API's no-ops. Called first thing by server.ts:
 * the global provider, propagator (W3C traceparent) and async context manager then hold
 * for Next's bundles too, which reach them through the API's global registry.
 */
export function startTracing(): { stop(): Promise<void> } | undefined {
  if (!tracingEnabled(env)) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME }),
    // Batched: spans leave in the background, a few per request, never on the request's time.
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(env) }))],
  });
  provider.register();
  return { stop: () => provider.shutdown() };
}
