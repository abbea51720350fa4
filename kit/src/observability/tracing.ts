import { context, propagation, ROOT_CONTEXT, trace, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

export interface Tracing {
  /** Where spans go (OTLP over HTTP, JSON). */
  url: string;
  /** Sends the spans still buffered (tests; shutdown). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

let started: Tracing | null = null;

/**
 * The OTLP/HTTP URL spans are exported to: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as given, else
 * `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces` (the OpenTelemetry specification's rule); none
 * means no tracing at all, and the OpenTelemetry API stays the no-op it is by default.
 */
export function otlpTracesUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, "");
  return base ? `${base}/v1/traces` : null;
}

/**
 * Starts tracing for this process when an OTLP endpoint is configured: W3C trace context
 * (`traceparent`) is read from incoming requests and sent on outgoing ones, spans are batched to
 * the collector. One tracer provider per process: `serviceName` names the process (`service.name`);
 * each service's own spans also carry its name as their tracer (instrumentation scope).
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Tracing | null {
  if (started) return started;
  const url = otlpTracesUrl(env);
  if (!url) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME ?? serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }), { scheduledDelayMillis: 1000 })],
  });
  // The default context manager (AsyncLocalStorage) and propagator (W3C trace context + baggage).
  provider.register();
  started = {
    url,
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      started = null;
    },
  };
  return started;
}

export const tracerOf = (service: string): Tracer => trace.getTracer(`dcx.${service}`);

/** The trace context a request arrived with (none: a new trace starts here). */
export const incomingTraceContext = (headers: Record<string, string | string[] | undefined>) =>
  propagation.extract(ROOT_CONTEXT, headers);

/** Adds the current span's `traceparent` (and baggage) to outgoing headers. */
export function withTraceHeaders<T extends Record<string, string>>(headers: T): T {
  const carrier: Record<string, string> = { ...headers };
  propagation.inject(context.active(), carrier);
  return carrier as T;
}

/** The id of the trace this code runs in, for log lines; null when nothing is traced. */
export function currentTraceId(): string | null {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : null;
}
