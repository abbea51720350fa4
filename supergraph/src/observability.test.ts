import { randomBytes } from "node:crypto";
import { createObservability, startTracing, type Tracing } from "@dcx/kit";
import {
  type CapturedLog,
  captureLog,
  graphqlRequest,
  type OtlpReceiver,
  seriesValue,
  startOtlpReceiver,
} from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTenancyGateway, type TenancyGateway } from "./testing/tenancy-gateway";

const SIGN_IN = `mutation SignIn($email: String!, $code: String!) { signIn(email: $email, code: $code) { accessToken } }`;
const ME = `query WhoAmI { me { email organization { id } } }`;
const SERVER = 2; // OpenTelemetry's SpanKind.SERVER as OTLP numbers it (SPAN_KIND_SERVER)

/** A W3C `traceparent` for a trace the test starts, as a browser or a load balancer would send it. */
function newTraceParent() {
  const traceId = randomBytes(16).toString("hex");
  const parentSpanId = randomBytes(8).toString("hex");
  return { traceId, parentSpanId, header: `00-${traceId}-${parentSpanId}-01` };
}

async function metricsText(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

describe("observability across the gateway and a subgraph", () => {
  let receiver: OtlpReceiver;
  let tracing: Tracing;
  let platform: TenancyGateway;
  let gatewayLog: CapturedLog;
  let tenancyLog: CapturedLog;
  let signedIn: { email: string; code: string; accessToken: string; requestId: string };
  const trace = newTraceParent();

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    tracing = startTracing("dcx-test", { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url })!;
    gatewayLog = captureLog("gateway");
    tenancyLog = captureLog("tenancy");
    platform = await startTenancyGateway({
      gateway: createObservability("gateway", { logger: gatewayLog.logger, processMetrics: true }),
      tenancy: createObservability("tenancy", { logger: tenancyLog.logger }),
    });
    const { email, code } = await platform.userWithCode();
    const response = await fetch(platform.gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", traceparent: trace.header },
      body: JSON.stringify({ query: SIGN_IN, variables: { email, code } }),
    });
    const body = (await response.json()) as { data: { signIn: { accessToken: string } } };
    signedIn = {
      email,
      code,
      accessToken: body.data.signIn.accessToken,
      requestId: response.headers.get("x-request-id")!,
    };
  });
  afterAll(async () => {
    await platform?.close();
    await tracing?.shutdown();
    await receiver?.close();
  });

  it("continues the caller's W3C trace through the gateway into the subgraph (OTLP export)", async () => {
    await tracing.flush();
    const spans = receiver.spans.filter((span) => span.traceId === trace.traceId);
    const gateway = spans.find((span) => span.scope === "dcx.gateway" && span.kind === SERVER);
    const tenancy = spans.find((span) => span.scope === "dcx.tenancy" && span.kind === SERVER);
    expect(gateway, JSON.stringify(spans.map((s) => [s.scope, s.name]))).toBeDefined();
    expect(gateway!.parentSpanId).toBe(trace.parentSpanId);
    expect(gateway!.name).toBe("mutation SignIn");
    expect(tenancy).toBeDefined();
    // The subgraph's span hangs under the gateway's own fetch span, which hangs under the request.
    const fetchSpan = spans.find((span) => span.spanId === tenancy!.parentSpanId);
    expect(fetchSpan?.name).toBe("gateway.fetch");
    expect(tenancy!.attributes["dcx.request.id"]).toBe(signedIn.requestId);
    expect(gateway!.service).toBe("dcx-test");
  });

  it("logs one JSON line per request with the request id and the calling organisation, never a code or a token", async () => {
    const answer = await graphqlRequest<{ me: { organization: { id: string } } }>(
      platform.gateway.graphqlUrl,
      ME,
      {},
      {
        authorization: `Bearer ${signedIn.accessToken}`,
      },
    );
    const organizationId = answer.data!.me.organization.id;
    const gatewayLine = gatewayLog.entries().find((entry) => entry.event === "request" && entry.operation === "WhoAmI");
    expect(gatewayLine).toMatchObject({ service: "gateway", organizationId, status: 200, operationType: "query" });
    // The subgraph logs the same request id for its part of the request.
    const tenancyLine = tenancyLog
      .entries()
      .find((entry) => entry.event === "request" && entry.requestId === gatewayLine!.requestId);
    expect(tenancyLine).toMatchObject({ service: "tenancy", organizationId });
    const signInLine = tenancyLog.entries().find((entry) => entry.requestId === signedIn.requestId);
    expect(signInLine).toMatchObject({ operationType: "mutation", organizationId: null });
    for (const log of [gatewayLog, tenancyLog]) {
      expect(log.text()).not.toContain(signedIn.code);
      expect(log.text()).not.toContain(signedIn.accessToken);
    }
  });

  it("serves Prometheus metrics: requests per operation, errors by code", async () => {
    await graphqlRequest(platform.gateway.graphqlUrl, "query Broken { nope }");
    const gateway = await metricsText(platform.gateway.url);
    const count = (operation: string) =>
      seriesValue(gateway, "dcx_graphql_request_duration_seconds_count", { service: "gateway", operation });
    expect(count("SignIn")).toBe(1);
    expect(count("Broken")).toBe(1);
    expect(
      seriesValue(gateway, "dcx_graphql_errors_total", { operation: "Broken", code: "GRAPHQL_VALIDATION_FAILED" }),
    ).toBe(1);
    expect(
      seriesValue(gateway, "dcx_graphql_errors_total", { operation: "SignIn", code: "GRAPHQL_VALIDATION_FAILED" }),
    ).toBeUndefined();
    expect(gateway).toMatch(/^dcx_process_resident_memory_bytes\{service="gateway"\} \d+/m);

    const tenancy = await metricsText(platform.tenancy.server.url);
    // The gateway names each subgraph fetch after the client's operation.
    expect(tenancy).toMatch(/dcx_graphql_request_duration_seconds_count\{[^}]*operation="SignIn__tenancy__0"[^}]*\} 1/);
  });
});
