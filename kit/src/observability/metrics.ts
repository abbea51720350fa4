import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { OperationLabels } from "./operation-label";

/** What one finished GraphQL request contributes to the metrics. */
export interface RequestMeasure {
  operation: string | null | undefined;
  seconds: number;
  /** The `extensions.code` of every error in the answer (or why it was refused before GraphQL). */
  errorCodes: readonly string[];
}

/** One sample of a gauge that is read when scraped (pool sizes, queue depth). */
export interface GaugeSample {
  labels?: Record<string, string>;
  value: number;
}

const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The Prometheus metrics of one service (the gateway or a subgraph), in a registry of its own so
 * that several services in one process (tests, development) never mix. Every series carries
 * `service`. Request rate is the latency histogram's `_count`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new OperationLabels();
  private readonly latency: Histogram<"operation">;
  private readonly errors: Counter<"operation" | "code">;

  constructor(
    readonly service: string,
    options: { processMetrics?: boolean } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    // CPU, memory, event-loop lag and GC of the process: once per process, by its main service.
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: "dcx_" });
    this.latency = new Histogram({
      name: "dcx_graphql_request_duration_seconds",
      help: "GraphQL requests by operation: duration from the first byte received to the last byte sent",
      labelNames: ["operation"],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: "dcx_graphql_errors_total",
      help: "Errors in GraphQL answers, by operation and error code",
      labelNames: ["operation", "code"],
      registers: [this.registry],
    });
  }

  observeRequest(measure: RequestMeasure): void {
    const operation = this.operations.of(measure.operation);
    this.latency.observe({ operation }, measure.seconds);
    for (const code of measure.errorCodes) this.errors.inc({ operation, code });
  }

  /** A gauge whose samples are read at scrape time (never stale, nothing to keep up to date). */
  gaugeReadAtScrape(
    name: string,
    help: string,
    labelNames: string[],
    read: () => Promise<GaugeSample[]> | GaugeSample[],
  ): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const sample of await read()) this.set(sample.labels ?? {}, sample.value);
      },
    });
  }

  /** A gauge the service sets itself when something happens (e.g. after each collection cycle). */
  gauge(name: string, help: string): Gauge {
    return new Gauge({ name, help, registers: [this.registry] });
  }

  counter<TLabel extends string>(name: string, help: string, labelNames: TLabel[]): Counter<TLabel> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
