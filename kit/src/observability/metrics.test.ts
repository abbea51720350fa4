import express from "express";
import { afterAll, describe, expect, it } from "vitest";
import { listen, type RunningHttpServer } from "../server/listen";
import { seriesValue } from "../testing/prometheus-text";
import { ServiceMetrics } from "./metrics";
import { metricsRoute } from "./metrics-route";
import { OperationLabels } from "./operation-label";

describe("operation labels", () => {
  it("bounds what clients can add to the metrics", () => {
    const labels = new OperationLabels(2);
    expect(labels.of(undefined)).toBe("anonymous");
    expect(labels.of("Dashboard")).toBe("Dashboard");
    expect(labels.of('x"} 1\nfake_metric{a="')).toBe("invalid");
    expect(labels.of("a".repeat(81))).toBe("invalid");
    expect(labels.of("VmPage")).toBe("VmPage");
    expect(labels.of("Third")).toBe("other");
    expect(labels.of("Dashboard")).toBe("Dashboard");
  });
});

describe("service metrics", () => {
  it("counts requests per operation with their latency, and errors by code", async () => {
    const metrics = new ServiceMetrics("catalog");
    metrics.observeRequest({ operation: "Prices", seconds: 0.02, errorCodes: [] });
    metrics.observeRequest({ operation: "Prices", seconds: 0.3, errorCodes: ["BAD_USER_INPUT", "BAD_USER_INPUT"] });
    const { body } = await metrics.render();
    const labels = { operation: "Prices", service: "catalog" };
    expect(seriesValue(body, "dcx_graphql_request_duration_seconds_count", labels)).toBe(2);
    expect(seriesValue(body, "dcx_graphql_request_duration_seconds_bucket", { ...labels, le: "0.025" })).toBe(1);
    expect(seriesValue(body, "dcx_graphql_request_duration_seconds_bucket", { ...labels, le: "0.5" })).toBe(2);
    expect(seriesValue(body, "dcx_graphql_errors_total", { ...labels, code: "BAD_USER_INPUT" })).toBe(2);
  });

  it("reads scrape-time gauges when scraped, dropping samples that went away", async () => {
    const metrics = new ServiceMetrics("vms");
    let depth = [{ labels: { state: "created" }, value: 3 }];
    metrics.gaugeReadAtScrape("dcx_job_queue_depth", "jobs", ["state"], () => depth);
    const depthOf = async () => seriesValue((await metrics.render()).body, "dcx_job_queue_depth", { state: "created" });
    expect(await depthOf()).toBe(3);
    depth = [];
    expect(await depthOf()).toBeUndefined();
  });
});

describe("GET /metrics", () => {
  const servers: RunningHttpServer[] = [];
  afterAll(async () => Promise.all(servers.map((server) => server.close())));

  async function serve(production: boolean, token?: string) {
    const app = express();
    app.get("/metrics", metricsRoute(new ServiceMetrics("gateway"), { production, token }));
    const server = await listen(app, 0, "127.0.0.1");
    servers.push(server);
    return (authorization?: string) =>
      fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });
  }

  it("is open in development, and closed in production unless METRICS_TOKEN is set", async () => {
    expect((await (await serve(false))()).status).toBe(200);
    expect((await (await serve(true))()).status).toBe(404);
  });

  it("answers only the scraper that presents the token", async () => {
    const scrape = await serve(true, "s3cret-metrics-token");
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer s3cret-metrics-tokeN")).status).toBe(401);
    const answer = await scrape("Bearer s3cret-metrics-token");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  });
});
