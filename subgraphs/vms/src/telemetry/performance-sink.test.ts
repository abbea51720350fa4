import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createServiceTokenVerifier, repoRoot, SERVICE_TOKEN_HEADER } from "@dcx/kit";
import { testServiceKeys } from "@dcx/kit/testing";
import { buildSchema, graphql, type GraphQLScalarType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PerformanceDelivery } from "./perf-sample";
import { telemetryServiceSink } from "./performance-sink";

/**
 * telemetry-billing's own SDL, as composed from its code (`npm run compose`): what the sink sends
 * must validate against the receiver's real schema, never a copy of it.
 */
const CONTRACT = buildSchema(readFileSync(path.join(repoRoot, "schema", "telemetry-billing.graphql"), "utf8"));
Object.assign(CONTRACT.getType("DateTimeISO") as GraphQLScalarType, {
  parseValue: (value: unknown) => {
    if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw new TypeError("not a DateTimeISO");
    return new Date(value);
  },
});

const DELIVERY: PerformanceDelivery = {
  vms: [
    { vmId: "vm-1", organizationId: "org-1", name: "web-01", poweredOn: true, polledAt: "2026-11-26T10:02:00.000Z" },
  ],
  samples: [
    {
      vmId: "vm-1",
      organizationId: "org-1",
      sampledAt: "2026-11-26T10:00:00.000Z",
      cpuUsageBp: 4_512,
      cpuReadyBp: 7,
      memoryUsageBp: null,
      memoryActiveKb: 2_048,
      diskReadKbps: 10,
      diskWriteKbps: 20,
      diskReadIops: 1,
      diskWriteIops: 2,
      diskLatencyMs: null,
      networkReceiveKbps: 300,
      networkTransmitKbps: 100,
      uptimeSeconds: 86_400,
    },
  ],
  guestDisks: [
    {
      vmId: "vm-1",
      organizationId: "org-1",
      sampledAt: "2026-11-26T10:00:00.000Z",
      path: "/",
      capacityMb: 80_000,
      freeMb: 7_000,
    },
  ],
};

describe("the telemetry-billing sink (a signed service call)", () => {
  const vms = testServiceKeys("vms");
  const verifier = createServiceTokenVerifier(new Map([["vms", vms.publicKey]]), "telemetry-billing");
  const received: { service: string; variables: Record<string, unknown> }[] = [];
  let answer: ((variables: Record<string, unknown>) => unknown) | null = null;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        void (async () => {
          const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
          const send = (status: number, payload: unknown) =>
            res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
          try {
            const claims = await verifier.verify(req.headers[SERVICE_TOKEN_HEADER] as string | undefined);
            received.push({ service: claims.service, variables });
          } catch (error) {
            return send(401, {
              errors: [{ message: (error as Error).message, extensions: { code: "UNAUTHENTICATED" } }],
            });
          }
          if (answer) return send(200, answer(variables));
          const samples = (variables.samples as unknown[]).length;
          const result = await graphql({
            schema: CONTRACT,
            source: query,
            variableValues: variables,
            rootValue: { recordVmPerformance: () => ({ samplesWritten: samples, samplesAlreadyStored: 0 }) },
          });
          send(200, result);
        })();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends recordVmPerformance, valid against the agreed contract, signed as vms for telemetry-billing", async () => {
    answer = null;
    const sink = telemetryServiceSink(vms.client({ "telemetry-billing": url }));
    expect(await sink.record(DELIVERY)).toEqual({ samplesWritten: 1, samplesAlreadyStored: 0 });
    expect(received.at(-1)).toEqual({ service: "vms", variables: DELIVERY });
  });

  it("throws, naming the reason, when telemetry-billing refuses, does not trust vms, answers nonsense or cannot be reached", async () => {
    const sink = telemetryServiceSink(vms.client({ "telemetry-billing": url }));
    answer = () => ({ errors: [{ message: "At most 5,000 samples", extensions: { code: "BAD_USER_INPUT" } }] });
    await expect(sink.record(DELIVERY)).rejects.toThrow(
      "telemetry-billing refused the samples: BAD_USER_INPUT: At most 5,000 samples",
    );
    answer = () => ({ data: { recordVmPerformance: { samplesWritten: "all" } } });
    await expect(sink.record(DELIVERY)).rejects.toThrow(/^Unexpected answer from telemetry-billing/);

    const stranger = testServiceKeys("vms");
    await expect(telemetryServiceSink(stranger.client({ "telemetry-billing": url })).record(DELIVERY)).rejects.toThrow(
      /^telemetry-billing does not trust vms/,
    );
    // A port that was just free: nothing listens there.
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, "127.0.0.1", resolve));
    const { port } = spare.address() as AddressInfo;
    await new Promise<void>((resolve) => spare.close(() => resolve()));
    const closed = telemetryServiceSink(vms.client({ "telemetry-billing": `http://127.0.0.1:${port}/graphql` }));
    await expect(closed.record(DELIVERY)).rejects.toThrow(/^telemetry-billing cannot be reached/);
  });
});
