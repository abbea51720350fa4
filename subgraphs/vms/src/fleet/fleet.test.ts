import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { createVm } from "../vm/vm.service";
import { PowerState, StorageTier } from "../vm/vm.type";
import { per1024 } from "./fleet.rules";

const FLEET = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  id fleet { organizationCount vmCount byPowerState { powerState vmCount } vcpuCount memoryGb diskTb } } } }`;

describe("per1024", () => {
  it.each([
    [0n, "0"],
    [1n, "0.0009765625"],
    [1023n, "0.9990234375"],
    [1024n, "1"],
    [1025n, "1.0009765625"],
    [86_016n, "84"],
    [2124n, "2.07421875"],
    [2n ** 62n, "4503599627370496"],
  ])("divides %s by 1024 exactly", (value, expected) => {
    expect(per1024(value)).toBe(expected);
  });
});

describe("Organization.fleet", () => {
  let subgraph: TestSubgraph<typeof vmsTables>;
  const [provider, cloudTech, vodacom, pickNPay, adcock, sanlam] = Array.from({ length: 6 }, () => randomUUID());
  const addVm = (
    organizationId: string,
    name: string,
    vcpuCount: number,
    memoryGb: number,
    disksGb: number[],
    powerState = PowerState.POWERED_ON,
  ) =>
    createVm(subgraph.database.db, {
      organizationId,
      name,
      vcpuCount,
      memoryMib: memoryGb * 1024,
      powerState,
      disks: disksGb.map((capacityGb, index) => ({
        label: `Hard disk ${index + 1}`,
        capacityGb,
        tier: StorageTier.STANDARD,
      })),
    });
  const fleetOf = async (caller: Caller | null, reps: { id: string; scope: string[] }[]) => {
    const result = await subgraph.request<{ _entities: ({ id: string; fleet: unknown } | null)[] }>(
      FLEET,
      { reps: reps.map(({ id, scope }) => ({ __typename: "Organization", id, scopeOrganizationIds: scope })) },
      { as: caller },
    );
    expect(result.errors).toBeUndefined();
    return result.data!._entities.map((entity) => entity?.fleet ?? null);
  };
  const states = (on: number, off: number, suspended: number) => [
    { powerState: "POWERED_ON", vmCount: on },
    { powerState: "POWERED_OFF", vmCount: off },
    { powerState: "SUSPENDED", vmCount: suspended },
  ];
  // Adcock as in the original platform's roll-up: 5 VMs, 30 vCPU, 84 GB, one powered off.
  const adcockFleet = {
    organizationCount: 1,
    vmCount: 5,
    byPowerState: states(4, 1, 0),
    vcpuCount: 30,
    memoryGb: "84",
    diskTb: "2.07421875",
  };
  const cloudTechFleet = {
    organizationCount: 3,
    vmCount: 6,
    byPowerState: states(4, 1, 1),
    vcpuCount: 46,
    memoryGb: "164.5",
    diskTb: "4.732421875",
  };
  const cloudTechScope = [cloudTech!, vodacom!, pickNPay!];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vmsSubgraph);
    await addVm(adcock!, "adk-sql-01", 8, 24, [100, 500]);
    await addVm(adcock!, "adk-app-01", 8, 24, [100, 200]);
    await addVm(adcock!, "adk-web-01", 6, 16, [80]);
    await addVm(adcock!, "adk-file-01", 4, 12, [60, 1024]);
    await addVm(adcock!, "adk-jump-01", 4, 8, [60], PowerState.POWERED_OFF);
    await addVm(vodacom!, "vc-k8s-01", 16, 64, [200]);
    await addVm(vodacom!, "vc-k8s-02", 16, 64, [200]);
    await addVm(vodacom!, "vc-backup-01", 4, 16, [100, 4096], PowerState.POWERED_OFF);
    // Half a GB of memory shows as an exact decimal, never a rounded float.
    await createVm(subgraph.database.db, {
      organizationId: pickNPay!,
      name: "pnp-pos-01",
      vcpuCount: 4,
      memoryMib: 8704,
      disks: [{ label: "OS", capacityGb: 100, tier: StorageTier.STANDARD }],
      powerState: PowerState.POWERED_ON,
    });
    await addVm(pickNPay!, "pnp-pos-02", 4, 8, [100], PowerState.SUSPENDED);
    await addVm(cloudTech!, "ct-monitoring-01", 2, 4, [50]);
    await addVm(sanlam!, "san-crm-01", 8, 32, [250]);
  });
  afterAll(() => subgraph.close());

  it("rolls up a customer's own VMs", async () => {
    expect(await fleetOf(customerUser(adcock!, "read_only"), [{ id: adcock!, scope: [adcock!] }])).toEqual([
      adcockFleet,
    ]);
  });

  it("rolls up a reseller with its customers, for the reseller and for provider staff alike", async () => {
    const rep = [{ id: cloudTech!, scope: cloudTechScope }];
    expect(await fleetOf(resellerUser(cloudTech!, [vodacom!, pickNPay!]), rep)).toEqual([cloudTechFleet]);
    expect(await fleetOf(providerStaff(), rep)).toEqual([cloudTechFleet]);
  });

  it("rolls up the provider's whole estate", async () => {
    const everything = [provider!, cloudTech!, vodacom!, pickNPay!, adcock!, sanlam!];
    expect(await fleetOf(providerStaff({ organizationId: provider! }), [{ id: provider!, scope: everything }])).toEqual(
      [
        {
          organizationCount: 6,
          vmCount: 12,
          byPowerState: states(9, 2, 1),
          vcpuCount: 84,
          memoryGb: "280.5",
          diskTb: "7.05078125",
        },
      ],
    );
  });

  it("never counts an organisation the caller cannot see, whatever the scope says", async () => {
    const widened = [{ id: adcock!, scope: [adcock!, sanlam!, vodacom!] }];
    expect(await fleetOf(customerUser(adcock!), widened)).toEqual([adcockFleet]);
    const reseller = resellerUser(cloudTech!, [vodacom!, pickNPay!]);
    expect(await fleetOf(reseller, [{ id: cloudTech!, scope: [...cloudTechScope, adcock!] }])).toEqual([
      cloudTechFleet,
    ]);
  });

  it("gives foreign and anonymous callers nothing", async () => {
    for (const caller of [customerUser(sanlam!), resellerUser(randomUUID(), [sanlam!]), null]) {
      const result = await subgraph.request(
        FLEET,
        { reps: [{ __typename: "Organization", id: adcock, scopeOrganizationIds: [adcock] }] },
        { as: caller },
      );
      expect(result.data).toEqual({ _entities: [null] });
    }
  });

  it("answers zeros for an organisation without VMs", async () => {
    const empty = randomUUID();
    expect(await fleetOf(providerStaff(), [{ id: empty, scope: [empty] }])).toEqual([
      { organizationCount: 1, vmCount: 0, byPowerState: states(0, 0, 0), vcpuCount: 0, memoryGb: "0", diskTb: "0" },
    ]);
  });

  it("sums any number of organisations in one query", async () => {
    const many = Array.from({ length: 20 }, () => randomUUID());
    for (const id of many) await addVm(id, "app", 2, 4, [10]);
    const queriesFor = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const fleets = await fleetOf(
        providerStaff(),
        ids.map((id) => ({ id, scope: [id] })),
      );
      expect(fleets.every((fleet) => (fleet as { vmCount: number }).vmCount === 1)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await queriesFor(many.slice(0, 2)), await queriesFor(many)]).toEqual([1, 1]);
  });
});
