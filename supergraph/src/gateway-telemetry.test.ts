import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadGatewayConfig } from "./config";
import { createGateway } from "./gateway";

describe("the gateway's outbound traffic", () => {
  it("sends no usage data to Apollo and probes no cloud metadata address: data collection is off", async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const { privateKey } = generateKeyPairSync("ed25519");
    const { gateway } = createGateway(loadGatewayConfig({}), privateKey);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("true");
    // With data collection on, the gateway registers its metrics exporter to be shut down on stop.
    expect((gateway as unknown as { toDispose: unknown[] }).toDispose).toEqual([]);
    await gateway.stop();
  });
});
