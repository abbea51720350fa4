import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vmDisks, vms, type vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import type { CreateVmInput } from "./vm.rules";
import { createVm } from "./vm.service";
import { findDisksByVmIds, insertVmWithDisks, listVmsByOrganization } from "./vm.store";
import { PowerState, StorageTier } from "./vm.type";

describe("createVm", () => {
  let database: Database<typeof vmsTables>;
  const vodacom = randomUUID();
  const adcock = randomUUID();
  const valid = (overrides: Partial<CreateVmInput> = {}): CreateVmInput => ({
    organizationId: vodacom,
    name: "web-01",
    vcpuCount: 4,
    memoryMib: 8192,
    disks: [{ label: "OS disk", capacityGb: 100, tier: StorageTier.PERFORMANCE }],
    ...overrides,
  });
  const rowCounts = async () => ({ vms: await database.db.$count(vms), disks: await database.db.$count(vmDisks) });

  beforeAll(async () => {
    database = await openTestDatabase(vmsSubgraph);
  });
  afterAll(() => database.close());

  it("creates a VM powered off by default, with its disks in the order given", async () => {
    const vm = await createVm(database.db, {
      ...valid({ name: "  db-01 " }),
      disks: [
        { label: " OS disk ", capacityGb: 80, tier: StorageTier.PERFORMANCE },
        { label: "Data", capacityGb: 2048, tier: StorageTier.STANDARD },
        { label: "Backups", capacityGb: 65_536, tier: StorageTier.ARCHIVE },
      ],
    });
    expect(vm).toMatchObject({
      organizationId: vodacom,
      name: "db-01",
      powerState: PowerState.POWERED_OFF,
      vcpuCount: 4,
    });
    const [disks] = await findDisksByVmIds(database.db, [vm.id], "all");
    expect(disks?.map(({ label, capacityGb, tier }) => [label, capacityGb, tier])).toEqual([
      ["OS disk", 80, StorageTier.PERFORMANCE],
      ["Data", 2048, StorageTier.STANDARD],
      ["Backups", 65_536, StorageTier.ARCHIVE],
    ]);
  });

  it("keeps names unique per organisation ignoring case, but lets other organisations reuse them", async () => {
    await createVm(database.db, valid({ name: "App-01", powerState: PowerState.POWERED_ON }));
    const before = await rowCounts();
    await expect(createVm(database.db, valid({ name: "app-01" }))).rejects.toMatchObject({
      message: 'This organisation already has a VM named "app-01"',
      extensions: { code: "CONFLICT" },
    });
    expect(await rowCounts()).toEqual(before);
    const elsewhere = await createVm(database.db, valid({ organizationId: adcock, name: "app-01" }));
    expect(elsewhere.organizationId).toBe(adcock);
  });

  it("lets only one of two simultaneous requests take a name", async () => {
    const results = await Promise.allSettled([
      createVm(database.db, valid({ name: "race-01" })),
      createVm(database.db, valid({ name: "RACE-01" })),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [failure] = results.filter((result) => result.status === "rejected");
    expect(failure?.reason).toMatchObject({ extensions: { code: "CONFLICT" } });
  });

  const disk = { label: "OS disk", capacityGb: 100, tier: StorageTier.STANDARD };
  it.each([
    ["organizationId", valid({ organizationId: "vodacom" }), /is not a UUID/],
    ["name", valid({ name: "   " }), /VM name must be 1–80 characters/],
    ["name", valid({ name: "x".repeat(81) }), /VM name must be 1–80 characters/],
    ["powerState", valid({ powerState: "exploded" as PowerState }), /Unknown power state exploded/],
    ["vcpuCount", valid({ vcpuCount: 0 }), /vCPU count must be a whole number from 1 to 128/],
    ["vcpuCount", valid({ vcpuCount: 129 }), /vCPU count/],
    ["vcpuCount", valid({ vcpuCount: 2.5 }), /vCPU count/],
    ["memoryMib", valid({ memoryMib: 256 }), /Memory must be a multiple of 256 MiB from 512 to 4194304 MiB/],
    ["memoryMib", valid({ memoryMib: 1000 }), /Memory must be a multiple of 256/],
    ["memoryMib", valid({ memoryMib: 4_194_560 }), /Memory must be a multiple of 256/],
    ["disks", valid({ disks: [] }), /A VM needs 1–16 disks/],
    ["disks", valid({ disks: Array.from({ length: 17 }, () => disk) }), /A VM needs 1–16 disks/],
    ["disks[1].capacityGb", valid({ disks: [disk, { ...disk, capacityGb: 0 }] }), /Disk 2 capacity must be/],
    ["disks[0].capacityGb", valid({ disks: [{ ...disk, capacityGb: 65_537 }] }), /from 1 to 65536/],
    ["disks[0].capacityGb", valid({ disks: [{ ...disk, capacityGb: 10.5 }] }), /Disk 1 capacity/],
    ["disks[0].label", valid({ disks: [{ ...disk, label: "" }] }), /Disk 1 label must be 1–80 characters/],
    ["disks[0].tier", valid({ disks: [{ ...disk, tier: "gold" as StorageTier }] }), /unknown storage tier gold/],
  ])("refuses a bad %s and writes nothing", async (field, input, message) => {
    const before = await rowCounts();
    const attempt = createVm(database.db, input);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field } });
    expect(await rowCounts()).toEqual(before);
  });

  it("accepts the limits themselves", async () => {
    const vm = await createVm(database.db, {
      ...valid({ name: "x".repeat(80), vcpuCount: 128, memoryMib: 4_194_304 }),
      disks: Array.from({ length: 16 }, (_, index) => ({ ...disk, label: `disk ${index}`, capacityGb: 1 })),
    });
    const [disks] = await findDisksByVmIds(database.db, [vm.id], "all");
    expect(disks?.map((d) => d.label)).toEqual(Array.from({ length: 16 }, (_, index) => `disk ${index}`));
  });

  it("rolls back the VM when writing a disk fails", async () => {
    const before = await rowCounts();
    // Bypasses the service's checks so that the database itself refuses the second disk.
    const write = insertVmWithDisks(database.db, {
      organizationId: vodacom,
      name: "half-written",
      powerState: PowerState.POWERED_OFF,
      vcpuCount: 1,
      memoryMib: 512,
      disks: [disk, { ...disk, capacityGb: -1 }],
    });
    await expect(write).rejects.toThrow();
    expect(await rowCounts()).toEqual(before);
  });
});

describe("listVmsByOrganization", () => {
  it("lists an organisation's VMs by name and nothing for an id that is not a UUID", async () => {
    const database = await openTestDatabase(vmsSubgraph);
    try {
      const organizationId = randomUUID();
      const disks = [{ label: "OS", capacityGb: 50, tier: StorageTier.STANDARD }];
      for (const name of ["web-02", "App-01", "db-01"]) {
        await createVm(database.db, { organizationId, name, vcpuCount: 2, memoryMib: 4096, disks });
      }
      const listed = await listVmsByOrganization(database.db, organizationId);
      expect(listed.map((vm) => vm.name)).toEqual(["App-01", "db-01", "web-02"]);
      expect(await listVmsByOrganization(database.db, randomUUID())).toEqual([]);
      expect(await listVmsByOrganization(database.db, "not-a-uuid")).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
