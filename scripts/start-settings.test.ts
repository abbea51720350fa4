import { describe, expect, it } from "vitest";
import { loadStartSettings } from "./start-settings";

const SUBGRAPHS = [
  { name: "tenancy", defaultPort: 4001 },
  { name: "wallet", defaultPort: 4002 },
  { name: "catalog", defaultPort: 4003 },
  { name: "vms", defaultPort: 4004 },
  { name: "telemetry-billing", defaultPort: 4005 },
];
const load = (env: Record<string, string>) => loadStartSettings(SUBGRAPHS, env);

describe("what npm start reads before starting anything", () => {
  it("waits 180 s for each service by default, 1 s to an hour when READY_TIMEOUT_SECONDS says so", () => {
    expect(load({}).readyTimeoutMs).toBe(180_000);
    expect(load({ READY_TIMEOUT_SECONDS: "1" }).readyTimeoutMs).toBe(1_000);
    expect(load({ READY_TIMEOUT_SECONDS: "3600" }).readyTimeoutMs).toBe(3_600_000);
    expect(() => load({ READY_TIMEOUT_SECONDS: "0" })).toThrow(/READY_TIMEOUT_SECONDS/);
    expect(() => load({ READY_TIMEOUT_SECONDS: "3601" })).toThrow(/READY_TIMEOUT_SECONDS/);
  });

  it("refuses a port fetch refuses, naming its variable, for every service it starts", () => {
    expect(() => load({ WEB_PORT: "6000" })).toThrow(/WEB_PORT: port 6000 is refused by fetch/);
    expect(() => load({ PAYGATE_SIMULATOR_PORT: "6665" })).toThrow(/PAYGATE_SIMULATOR_PORT: port 6665/);
    expect(() => load({ VMS_PORT: "10080" })).toThrow(/VMS_PORT: port 10080/);
  });

  it("refuses two services on one port, naming both variables", () => {
    expect(() => load({ WEB_PORT: "4002" })).toThrow(/WALLET_PORT, WEB_PORT: all set to port 4002/);
    expect(() => load({ PAYGATE_SIMULATOR_PORT: "4000" })).toThrow(
      /GATEWAY_PORT, PAYGATE_SIMULATOR_PORT: all set to port 4000/,
    );
    expect(() => load({ GATEWAY_PORT: "14000", TELEMETRY_BILLING_PORT: "14000" })).toThrow(
      /GATEWAY_PORT, TELEMETRY_BILLING_PORT: all set to port 14000/,
    );
  });

  it("starts no PayGate simulator when PAYGATE_URL names a PayGate, so its port is free for others", () => {
    expect(load({}).paygateSimulatorPort).toBe(4010);
    const real = load({ PAYGATE_URL: "https://secure.paygate.co.za", PAYGATE_SIMULATOR_PORT: "4000" });
    expect(real.paygateSimulatorPort).toBeUndefined();
  });

  it("starts no vCenter simulator when VCENTER_URL names a vCenter, and checks its port otherwise", () => {
    expect(load({}).vcenterSimulatorPort).toBe(4020);
    expect(() => load({ VCENTER_SIMULATOR_PORT: "4002" })).toThrow(
      /WALLET_PORT, VCENTER_SIMULATOR_PORT: all set to port 4002/,
    );
    const real = load({ VCENTER_URL: "https://vcenter.example/sdk", VCENTER_SIMULATOR_PORT: "4002" });
    expect(real.vcenterSimulatorPort).toBeUndefined();
  });

  it("starts the local IdP on OIDC_SIMULATOR_PORT (4030), never in production, and checks its port", () => {
    expect(load({}).oidcSimulatorPort).toBe(4030);
    expect(load({ OIDC_SIMULATOR_PORT: "14030" }).oidcSimulatorPort).toBe(14030);
    expect(() => load({ OIDC_SIMULATOR_PORT: "4001" })).toThrow(
      /TENANCY_PORT, OIDC_SIMULATOR_PORT: all set to port 4001/,
    );
    expect(() => load({ OIDC_SIMULATOR_PORT: "6000" })).toThrow(/OIDC_SIMULATOR_PORT: port 6000/);
    expect(load({ NODE_ENV: "production" }).oidcSimulatorPort).toBeUndefined();
  });

  it("moves every service with its port variable, and the gateway follows", () => {
    const settings = load({ GATEWAY_PORT: "14000", TENANCY_PORT: "14001", WEB_PORT: "14173", HOST: "127.0.0.1" });
    expect(settings.gateway.port).toBe(14000);
    expect(settings.subgraphs.tenancy).toEqual({ host: "127.0.0.1", port: 14001, databaseUrl: undefined });
    expect(settings.gateway.subgraphUrls.tenancy).toBe("http://127.0.0.1:14001/graphql");
    expect(settings.webPort).toBe(14173);
  });
});
