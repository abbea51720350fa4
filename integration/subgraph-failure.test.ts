import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorsExplainingNull, type FieldOutcome, outcomeOfField, type PathedError } from "../web/src/graphql/errors";
import type { PlacedField } from "../web/src/graphql/services";
import { flattenEdgeErrors } from "../web/src/vm-pages";
import { DASHBOARD_QUERY, type DashboardData, type DashboardVm, dashboardVms } from "./dashboard-query";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

/**
 * The original dashboard showed 0 % and R0.00 when a backend was down. Here a subgraph that is
 * down turns into errors on exactly the fields it serves; everything else still arrives.
 */
const unavailable = (service: string) =>
  expect.objectContaining({
    message: `The ${service} service is unavailable`,
    extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", service }),
  });

/**
 * What a cell shows: its value, or the distinct reasons it is unavailable (each subgraph fetch
 * that failed reports its own error, so one subgraph down may be reported more than once).
 */
const shown = (outcome: FieldOutcome<unknown>) =>
  outcome.available
    ? "shown"
    : [
        ...new Set(
          outcome.errors.map((e) => `${String(e.extensions?.code)} ${String(e.extensions?.service)}: ${e.message}`),
        ),
      ];

/** What each row's cell for `field` shows, worked out from the answer as the dashboard does. */
function cells(vms: DashboardVm[], errors: readonly PathedError[] | undefined, field: PlacedField & keyof DashboardVm) {
  const placed = flattenEdgeErrors(errors ?? [], ["organization", "vms"]);
  return vms.map((vm, index) =>
    shown(outcomeOfField(vm[field], errorsExplainingNull(placed, ["organization", "vms", index]), 3, field)),
  );
}

const unavailableCell = (service: string) => [`SUBGRAPH_UNAVAILABLE ${service}: The ${service} service is unavailable`];

describe("a subgraph that is down", () => {
  let platform: TestPlatform;
  let adcock: string;
  let adcockOwner: SignedIn;
  const dashboard = () => platform.query<DashboardData>(DASHBOARD_QUERY, { organizationId: adcock }, adcockOwner);

  beforeAll(async () => {
    platform = await startTestPlatform();
    adcock = platform.seed.organizations.Adcock!;
    adcockOwner = await platform.signIn("it@adcock.co.za");
  });
  afterAll(() => platform?.close());

  it("telemetry down: metrics, newest values, health, alerts and usage are errors, never zeros; cost, wallet and VMs still arrive", async () => {
    await platform.subgraphs.telemetry.server.close();
    const result = await dashboard();
    const vms = dashboardVms(result.data);
    expect(vms).toHaveLength(5);
    expect(vms.every((vm) => vm.metrics === null)).toBe(true);
    expect(vms.every((vm) => vm.telemetry === null && vm.openAlertCount === null && vm.health === null)).toBe(true);
    expect(result.data!.organization).toMatchObject({ openAlerts: null, usage: null });
    expect(vms.every((vm) => vm.estimatedMonthlyCost !== null)).toBe(true);
    expect(result.data!.organization!.wallet?.balance.amount).toBe("25000.00");
    expect(result.errors).toContainEqual(unavailable("telemetry-billing"));
    // Every row marks its CPU, memory and "now" cells unavailable with that reason; its cost stays.
    expect(cells(vms, result.errors, "metrics")).toEqual(vms.map(() => unavailableCell("telemetry-billing")));
    expect(cells(vms, result.errors, "telemetry")).toEqual(vms.map(() => unavailableCell("telemetry-billing")));
    expect(cells(vms, result.errors, "openAlertCount")).toEqual(vms.map(() => unavailableCell("telemetry-billing")));
    expect(cells(vms, result.errors, "health")).toEqual(vms.map(() => unavailableCell("telemetry-billing")));
    // The overview's open alerts and the fleet's usage say so too, for the same reason.
    const organization = result.data!.organization!;
    expect(shown(outcomeOfField(organization.openAlerts, result.errors ?? [], 1, "openAlerts"))).toEqual(
      unavailableCell("telemetry-billing"),
    );
    expect(shown(outcomeOfField(organization.usage, result.errors ?? [], 1, "usage"))).toEqual(
      unavailableCell("telemetry-billing"),
    );
    expect(cells(vms, result.errors, "estimatedMonthlyCost")).toEqual(vms.map(() => "shown"));
  });

  it("catalog down as well: cost estimates are errors, the inventory still arrives", async () => {
    await platform.subgraphs.catalog.server.close();
    const result = await dashboard();
    const vms = dashboardVms(result.data);
    expect(vms.map((vm) => vm.name).sort()).toEqual([
      "adk-app-01",
      "adk-file-01",
      "adk-jump-01",
      "adk-sql-01",
      "adk-web-01",
    ]);
    expect(vms.every((vm) => vm.estimatedMonthlyCost === null)).toBe(true);
    expect(result.errors).toContainEqual(unavailable("catalog"));
    // Each cell names its own subgraph, not the other one that is down.
    expect(cells(vms, result.errors, "estimatedMonthlyCost")).toEqual(vms.map(() => unavailableCell("catalog")));
    expect(cells(vms, result.errors, "metrics")).toEqual(vms.map(() => unavailableCell("telemetry-billing")));
  });
});
