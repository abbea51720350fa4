import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ipAllocations } from "../db/network.schema";
import { vmDisks, vmNics, vmOperations, vms } from "../db/schema";
import { createNetwork } from "../network/network.service";
import {
  codes,
  fields,
  OPERATION,
  type OperationsHarness,
  rowCounts,
  seedVm,
  startOperationsHarness,
} from "./operation.test-support";

const CREATE = `mutation($input: CreateVmInput!) { createVm(input: $input) { ${OPERATION} } }`;

describe("createVm", () => {
  let h: OperationsHarness;
  const organization = randomUUID();
  const other = randomUUID();
  let networkId: string;
  let foreignNetworkId: string;
  let n = 0;
  const custom = (overrides: Record<string, unknown> = {}) => ({
    organizationId: organization,
    name: `app-${++n}`,
    vcpuCount: 2,
    memoryGb: 4,
    disks: [{ capacityGb: 40, tier: "STANDARD" }],
    idempotencyKey: `key-${randomUUID()}`,
    ...overrides,
  });
  const create = (input: Record<string, unknown>) => h.subgraph.request(CREATE, { input });

  beforeAll(async () => {
    h = await startOperationsHarness();
    const layout = (x: number) => ({
      cidr: `10.${x}.0.0/24`,
      gateway: `10.${x}.0.1`,
      dhcpRange: { first: `10.${x}.0.100`, last: `10.${x}.0.199` },
      staticRange: { first: `10.${x}.0.10`, last: `10.${x}.0.12` },
    });
    networkId = (
      await createNetwork(h.subgraph.database.db, { organizationId: organization, name: "lan", ...layout(1) })
    ).id;
    foreignNetworkId = (
      await createNetwork(h.subgraph.database.db, { organizationId: other, name: "lan", ...layout(2) })
    ).id;
    await seedVm(h.subgraph, organization, { name: "Taken-01" });
  }, 120_000);
  afterAll(() => h?.close());
  beforeEach(() => h.reset());

  const long = (length: number) => "a".repeat(length);
  const badInput: [string, Record<string, unknown>, string][] = [
    ["an organisation id that is not a UUID", { organizationId: "not-a-uuid" }, "input.organizationId"],
    ["an idempotency key of 7 characters", { idempotencyKey: "1234567" }, "idempotencyKey"],
    ["an idempotency key of 201 characters", { idempotencyKey: long(201) }, "idempotencyKey"],
    ["an idempotency key with spaces around it", { idempotencyKey: " key-12345 " }, "idempotencyKey"],
    ["a blank name", { name: "   " }, "name"],
    ["a name of 81 characters", { name: long(81) }, "name"],
    ["a name with a space", { name: "web 01" }, "name"],
    ["a name with a slash", { name: "web/01" }, "name"],
    ["a name with a newline", { name: "web\n01" }, "name"],
    ["a name with a right-to-left override", { name: "web\u202e01" }, "name"],
    ["a size and vcpuCount", { size: "general.small", memoryGb: null }, "size"],
    ["neither a size nor a custom sizing", { vcpuCount: null, memoryGb: null }, "size"],
    ["a size the catalog does not offer", { size: "general.huge", vcpuCount: null, memoryGb: null, disks: [] }, "size"],
    ["0 vCPUs", { vcpuCount: 0 }, "vcpuCount"],
    ["129 vCPUs", { vcpuCount: 129 }, "vcpuCount"],
    ["vCPUs without memory", { memoryGb: null }, "memoryGb"],
    ["0 GB of memory", { memoryGb: 0 }, "memoryGb"],
    ["4097 GB of memory", { memoryGb: 4097 }, "memoryGb"],
    ["no disk without a size", { disks: [] }, "disks"],
    ["17 disks", { disks: Array.from({ length: 17 }, () => ({ capacityGb: 10, tier: "STANDARD" })) }, "disks"],
    [
      "a size and 16 more disks",
      {
        size: "general.small",
        vcpuCount: null,
        memoryGb: null,
        disks: Array.from({ length: 16 }, () => ({ capacityGb: 10, tier: "STANDARD" })),
      },
      "disks",
    ],
    ["a disk of 0 GB", { disks: [{ capacityGb: 0, tier: "STANDARD" }] }, "disks[0].capacityGb"],
    ["a disk of 65,537 GB", { disks: [{ capacityGb: 65_537, tier: "STANDARD" }] }, "disks[0].capacityGb"],
    [
      "a disk label of 81 characters",
      { disks: [{ label: long(81), capacityGb: 10, tier: "STANDARD" }] },
      "disks[0].label",
    ],
    ["an unknown guest OS", { guestOs: "windows95Guest" }, "guestOs"],
    ["a network id that is not a UUID", { network: { networkId: "lan", ipMode: "DHCP" } }, "input.network.networkId"],
    ["an unknown network", { network: { networkId: randomUUID(), ipMode: "DHCP" } }, "network.networkId"],
    ["another organisation's network", { network: { networkId: "FOREIGN", ipMode: "DHCP" } }, "network.networkId"],
    [
      "an address with DHCP",
      { network: { networkId: "LAN", ipMode: "DHCP", ipAddress: "10.1.0.10" } },
      "network.ipAddress",
    ],
    [
      "a malformed address",
      { network: { networkId: "LAN", ipMode: "STATIC", ipAddress: "10.1.0.300" } },
      "network.ipAddress",
    ],
    [
      "an address outside the static range",
      { network: { networkId: "LAN", ipMode: "STATIC", ipAddress: "10.1.0.13" } },
      "network.ipAddress",
    ],
    ["a licence quantity of 0", { licences: [{ sku: "licence.windows-server", quantity: 0 }] }, "licences[0].quantity"],
    [
      "a licence quantity of 1025",
      { licences: [{ sku: "licence.windows-server", quantity: 1025 }] },
      "licences[0].quantity",
    ],
    ["a licence SKU with spaces", { licences: [{ sku: "windows server", quantity: 1 }] }, "licences[0].sku"],
    [
      "a licence listed twice",
      {
        licences: [
          { sku: "licence.sql", quantity: 1 },
          { sku: "licence.sql", quantity: 2 },
        ],
      },
      "licences[1].sku",
    ],
    [
      "17 licences",
      { licences: Array.from({ length: 17 }, (_, i) => ({ sku: `licence.l${i}`, quantity: 1 })) },
      "licences",
    ],
  ];

  const withNetworks = (overrides: Record<string, unknown>) => {
    const network = overrides.network as { networkId: string } | undefined;
    if (!network) return overrides;
    const id =
      network.networkId === "LAN" ? networkId : network.networkId === "FOREIGN" ? foreignNetworkId : network.networkId;
    return { ...overrides, network: { ...network, networkId: id } };
  };

  it.each(badInput)(
    "refuses %s (BAD_USER_INPUT), writing nothing and holding nothing",
    async (_label, overrides, field) => {
      const before = await rowCounts(h.subgraph);
      const result = await create(custom(withNetworks(overrides)));
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fields(result)).toEqual([field]);
      expect(await rowCounts(h.subgraph)).toEqual(before);
      expect(h.money.reserved).toEqual([]);
      expect(h.queue.enqueued).toEqual([]);
    },
  );

  it.each([
    ["a name in use, ignoring case", () => custom({ name: "taken-01" })],
    ["a taken static address", () => custom({ network: { networkId, ipMode: "STATIC", ipAddress: "10.1.0.10" } })],
  ])("refuses %s (CONFLICT), writing nothing and holding nothing", async (_label, input) => {
    if (_label.includes("static")) {
      await h.subgraph.database.db
        .insert(ipAllocations)
        .values({ networkId, address: "10.1.0.10", holder: "router" })
        .onConflictDoNothing();
    }
    const before = await rowCounts(h.subgraph);
    const result = await create(input());
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(await rowCounts(h.subgraph)).toEqual(before);
    expect(h.money.reserved).toEqual([]);
  });

  it("writes the VM, its disks, NIC, static address and the queued operation, holding first and enqueuing after", async () => {
    const input = custom({
      name: long(79) + "Z",
      vcpuCount: 128,
      memoryGb: 4096,
      disks: [
        { label: " OS ", capacityGb: 65_536, tier: "PERFORMANCE" },
        { capacityGb: 1, tier: "ARCHIVE" },
      ],
      guestOs: "rhel9_64Guest",
      network: { networkId, ipMode: "STATIC" },
      licences: [{ sku: "licence.rhel", quantity: 1024 }],
    });
    const result = await create(input);
    expect(result.errors).toBeUndefined();
    const operation = (
      result.data as { createVm: { id: string; kind: string; status: string; vm: { id: string; name: string } } }
    ).createVm;
    expect(operation).toMatchObject({ kind: "CREATE", status: "QUEUED", vm: { name: input.name } });

    const db = h.subgraph.database.db;
    const [vm] = await db.select().from(vms).where(eq(vms.id, operation.vm.id));
    expect(vm).toMatchObject({
      organizationId: organization,
      lifecycle: "provisioning",
      powerState: "powered_off",
      vcpuCount: 128,
      memoryMib: 4_194_304,
      guestOs: "rhel9_64Guest",
    });
    const disks = await db.select().from(vmDisks).where(eq(vmDisks.vmId, vm!.id)).orderBy(vmDisks.position);
    expect(disks.map((d) => [d.position, d.label, d.capacityGb, d.tier])).toEqual([
      [0, "OS", 65_536, "performance"],
      [1, "Hard disk 2", 1, "archive"],
    ]);
    const [nic] = await db.select().from(vmNics).where(eq(vmNics.vmId, vm!.id));
    const [allocation] = await db
      .select()
      .from(ipAllocations)
      .where(eq(ipAllocations.holder, `vm:${vm!.id}/nic:0`));
    expect(allocation?.address).toBeDefined();
    expect(nic).toMatchObject({
      position: 0,
      networkId,
      portGroup: expect.any(String),
      ipMode: "static",
      ipAddress: allocation!.address,
    });

    const [row] = await db.select().from(vmOperations).where(eq(vmOperations.id, operation.id));
    expect(h.money.reserved).toHaveLength(1);
    expect(h.money.reserved[0]).toMatchObject({
      organizationId: organization,
      operationId: operation.id,
      to: { vcpuCount: 128, memoryMib: 4_194_304, licences: [{ sku: "licence.rhel", quantity: 1024 }] },
    });
    expect(row).toMatchObject({ vmId: vm!.id, kind: "create", status: "queued", holdId: h.money.reserved[0]!.holdId });
    expect(row!.input).toMatchObject({
      name: input.name,
      guestId: "rhel9_64Guest",
      vcpuCount: 128,
      memoryMib: 4_194_304,
      size: null,
      disks: [
        { label: "OS", capacityGb: 65_536, tier: "performance" },
        { label: "Hard disk 2", capacityGb: 1, tier: "archive" },
      ],
      nics: [{ networkId, portGroup: nic!.portGroup, ipMode: "static", ipAddress: allocation!.address }],
      licences: [{ sku: "licence.rhel", quantity: 1024 }],
    });
    expect(h.queue.enqueued).toEqual([operation.id]);
  });

  it("takes vCPUs, memory and the boot disk from a named size, the given disks after it", async () => {
    const result = await create(
      custom({
        size: "general.small",
        vcpuCount: null,
        memoryGb: null,
        disks: [{ label: "data", capacityGb: 100, tier: "PERFORMANCE" }],
      }),
    );
    expect(result.errors).toBeUndefined();
    const { id } = (result.data as { createVm: { id: string } }).createVm;
    const [row] = await h.subgraph.database.db.select().from(vmOperations).where(eq(vmOperations.id, id));
    expect(row!.input).toMatchObject({
      size: "general.small",
      vcpuCount: 2,
      memoryMib: 4096,
      disks: [
        { label: "Hard disk 1", capacityGb: 50, tier: "standard" },
        { label: "data", capacityGb: 100, tier: "performance" },
      ],
      nics: [],
      licences: [],
    });
  });

  it("reuses the name of a deleted VM", async () => {
    await seedVm(h.subgraph, organization, { name: "gone-01", lifecycle: "deleted" });
    const result = await create(custom({ name: "GONE-01" }));
    expect(result.errors).toBeUndefined();
  });

  it("writes nothing when the wallet refuses (INSUFFICIENT_FUNDS)", async () => {
    h.money.refuse = true;
    const before = await rowCounts(h.subgraph);
    const result = await create(custom({ network: { networkId, ipMode: "STATIC" } }));
    expect(codes(result)).toEqual(["INSUFFICIENT_FUNDS"]);
    expect(await rowCounts(h.subgraph)).toEqual(before);
    expect(h.queue.enqueued).toEqual([]);
  });

  it.each([
    ["no hypervisor", "hypervisor", "HYPERVISOR_UNAVAILABLE"],
    ["no job queue", "queue", "SERVICE_UNAVAILABLE"],
    ["no wallet", "moneyGate", "SERVICE_UNAVAILABLE"],
  ] as const)("refuses with %s (%s), writing nothing", async (_label, dep, code) => {
    h.deps[dep] = null;
    const before = await rowCounts(h.subgraph);
    const result = await create(custom());
    expect(codes(result)).toEqual([code]);
    expect(await rowCounts(h.subgraph)).toEqual(before);
    expect(h.money.reserved).toEqual([]);
  });

  it("keeps the operation when the enqueue fails: it stays queued for the runner's sweep", async () => {
    h.deps.queue = { enqueue: () => Promise.reject(new Error("queue down")) };
    const result = await create(custom());
    expect(result.errors).toBeUndefined();
    const { id } = (result.data as { createVm: { id: string } }).createVm;
    const [row] = await h.subgraph.database.db.select().from(vmOperations).where(eq(vmOperations.id, id));
    expect(row?.status).toBe("queued");
    expect(h.money.released).toEqual([]);
  });
});
