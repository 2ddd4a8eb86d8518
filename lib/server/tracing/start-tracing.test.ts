import { trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { MessageBus } from "@/lib/messaging/message-bus";
import type { Message, Route } from "@/lib/messaging/types";
import { startTracing, tracesUrl, tracingEnabled } from "./start-tracing";

describe("trace export settings", () => {
  it("are off unless an exporter or an endpoint is named, and OTEL_TRACES_EXPORTER=none wins", () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector/v1/traces" })).toBe(true);
    expect(tracingEnabled({ OTEL_TRACES_EXPORTER: "otlp" })).toBe(true);
    expect(tracingEnabled({ OTEL_TRACES_EXPORTER: "none", OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" })).toBe(false);
  });

  it("send traces to <endpoint>/v1/traces, or to the traces endpoint as given", () => {
    expect(tracesUrl({})).toBe("http://localhost:4318/v1/traces");
    expect(tracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://jaeger:4318/" })).toBe("http://jaeger:4318/v1/traces");
    expect(
      tracesUrl({
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://jaeger:4318",
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://other:9999/traces",
      }),
    ).toBe("http://other:9999/traces");
  });
});

describe("with tracing off (the default)", () => {
  it("registers nothing, records nothing and adds no header to messages", async () => {
    expect(startTracing()).toBeUndefined();
    const seen: { message: Message; active: unknown }[] = [];
    const bus = new MessageBus<{ work: Route<string, never> }>({
      destinations: {
        work: {
          type: "serial",
          listeners: [{ name: "setup", receive: (message) => void seen.push({ message, active: trace.getActiveSpan() }) }],
        },
      },
    });
    const sent = await bus.send("work", "amps", { headers: { origin: "test" } });
    await bus.idle();
    await bus.close();

    expect(sent.headers).toEqual({ origin: "test" });
    expect(seen).toEqual([{ message: sent, active: undefined }]);
    expect(trace.getTracer("tourbus").startSpan("probe").isRecording()).toBe(false);
  });
});
