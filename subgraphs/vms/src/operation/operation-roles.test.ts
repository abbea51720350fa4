import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser } from "@dcx/kit/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  apiKey,
  codes,
  type OperationsHarness,
  PowerState,
  rowCounts,
  seedVm,
  startOperationsHarness,
} from "./operation.test-support";

type Kind =
  "create" | "powerOn" | "powerOff" | "shutdown" | "reboot" | "suspend" | "resize" | "addDisk" | "growDisk" | "delete";
const POWER: Kind[] = ["powerOn", "powerOff", "shutdown", "reboot", "suspend"];
const ALL: Kind[] = ["create", ...POWER, "resize", "addDisk", "growDisk", "delete"];

const MUTATIONS: Record<Kind, string> = {
  create: `mutation($input: CreateVmInput!) { createVm(input: $input) { id } }`,
  powerOn: `mutation($id: ID!) { powerOnVm(id: $id) { id } }`,
  powerOff: `mutation($id: ID!) { powerOffVm(id: $id) { id } }`,
  shutdown: `mutation($id: ID!) { shutdownVm(id: $id) { id } }`,
  reboot: `mutation($id: ID!) { rebootVm(id: $id) { id } }`,
  suspend: `mutation($id: ID!) { suspendVm(id: $id) { id } }`,
  resize: `mutation($id: ID!) { resizeVm(id: $id, vcpuCount: 4, memoryGb: 8) { id } }`,
  addDisk: `mutation($id: ID!) { addVmDisk(id: $id, disk: { capacityGb: 10, tier: STANDARD }) { id } }`,
  growDisk: `mutation($id: ID!, $diskId: ID!) { growVmDisk(id: $id, diskId: $diskId, capacityGb: 60) { id } }`,
  delete: `mutation($id: ID!, $confirmName: String!) { deleteVm(id: $id, confirmName: $confirmName) { id } }`,
};

describe("who may operate VMs", () => {
  let h: OperationsHarness;
  const organization = randomUUID();
  const reseller = randomUUID();
  const foreign = randomUUID();
  const foreignReseller = randomUUID();

  /** The README's role matrix: who may do which operation, and what everyone else is told. */
  const matrix: [string, Caller | null, (kind: Kind) => string | null][] = [
    ["the organisation's owner", customerUser(organization, "owner"), () => null],
    ["the organisation's admin", customerUser(organization, "admin"), () => null],
    ["its reseller's owner", resellerUser(reseller, [organization], "owner"), () => null],
    ["its reseller's admin", resellerUser(reseller, [organization], "admin"), () => null],
    ["provider staff", providerStaff(), () => null],
    [
      "the organisation's member",
      customerUser(organization, "member"),
      (kind) => (POWER.includes(kind) ? null : "FORBIDDEN"),
    ],
    [
      "its reseller's member",
      resellerUser(reseller, [organization], "member"),
      (kind) => (POWER.includes(kind) ? null : "FORBIDDEN"),
    ],
    [
      "a writable API key",
      apiKey(customerUser(organization, "member")),
      (kind) => (POWER.includes(kind) ? null : "FORBIDDEN"),
    ],
    [
      "an API key of an admin (acts as a member)",
      apiKey(customerUser(organization, "admin")),
      (kind) => (POWER.includes(kind) ? null : "FORBIDDEN"),
    ],
    ["the organisation's billing user", customerUser(organization, "billing"), () => "FORBIDDEN"],
    ["the organisation's read-only user", customerUser(organization, "read_only"), () => "FORBIDDEN"],
    ["a read-only API key", apiKey(customerUser(organization, "member"), true), () => "FORBIDDEN"],
    ["a foreign customer's owner", customerUser(foreign, "owner"), () => "NOT_FOUND"],
    ["a foreign reseller's admin", resellerUser(foreignReseller, [foreign]), () => "NOT_FOUND"],
    ["an unauthenticated caller", null, () => "UNAUTHENTICATED"],
  ];

  /** A VM in the state the operation needs, and the variables that ask for it. */
  async function prepare(kind: Kind): Promise<Record<string, unknown>> {
    if (kind === "create") {
      return {
        input: {
          organizationId: organization,
          name: `new-${randomUUID().slice(0, 8)}`,
          vcpuCount: 1,
          memoryGb: 1,
          disks: [{ capacityGb: 10, tier: "STANDARD" }],
          idempotencyKey: randomUUID(),
        },
      };
    }
    const off = kind === "powerOn" || kind === "resize";
    const vm = await seedVm(h.subgraph, organization, {
      powerState: off ? PowerState.POWERED_OFF : PowerState.POWERED_ON,
    });
    if (kind === "growDisk") return { id: vm.id, diskId: vm.diskId };
    if (kind === "delete") return { id: vm.id, confirmName: vm.name };
    return { id: vm.id };
  }

  beforeAll(async () => {
    h = await startOperationsHarness();
  }, 120_000);
  afterAll(() => h?.close());
  beforeEach(() => h.reset());

  describe.each(matrix)("%s", (_label, caller, expected) => {
    it.each(ALL)("%s", async (kind) => {
      const code = expected(kind);
      const variables = await prepare(kind);
      const before = await rowCounts(h.subgraph);
      const result = await h.subgraph.request(MUTATIONS[kind], variables, { as: caller });
      if (!code) {
        expect(result.errors).toBeUndefined();
        expect(h.queue.enqueued).toHaveLength(1);
        return;
      }
      expect(codes(result)).toEqual([code]);
      if (caller?.readOnly) expect(result.errors?.[0]?.message).toBe("This credential is read-only");
      expect(await rowCounts(h.subgraph)).toEqual(before);
      expect(h.money.reserved).toEqual([]);
      expect(h.queue.enqueued).toEqual([]);
    });
  });
});
