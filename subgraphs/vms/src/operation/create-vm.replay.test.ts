import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { vms } from "../db/schema";
import { createNetwork } from "../network/network.service";
import { createOperationId } from "./create-vm.service";
import {
  codes,
  OPERATION,
  type OperationsHarness,
  rowCounts,
  seedVm,
  startOperationsHarness,
} from "./operation.test-support";

const CREATE = `mutation($input: CreateVmInput!) { createVm(input: $input) { ${OPERATION} } }`;

describe("createVm: the same request twice, and requests that race", () => {
  let h: OperationsHarness;
  const organization = randomUUID();
  const other = randomUUID();
  let networkId: string;
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
    const network = await createNetwork(h.subgraph.database.db, {
      organizationId: organization,
      name: "lan",
      cidr: "10.1.0.0/24",
      gateway: "10.1.0.1",
      dhcpRange: { first: "10.1.0.100", last: "10.1.0.199" },
      staticRange: { first: "10.1.0.10", last: "10.1.0.20" },
    });
    networkId = network.id;
  }, 120_000);
  afterAll(() => h?.close());
  beforeEach(() => h.reset());

  it("answers the same operation for the same key, writing, holding and enqueuing nothing more", async () => {
    const input = custom({ network: { networkId, ipMode: "DHCP" } });
    const first = await create(input);
    const counts = await rowCounts(h.subgraph);
    const second = await create(input);
    expect(second.errors).toBeUndefined();
    expect((second.data as { createVm: { id: string } }).createVm.id).toBe(
      (first.data as { createVm: { id: string } }).createVm.id,
    );
    expect(await rowCounts(h.subgraph)).toEqual(counts);
    expect(h.money.reserved).toHaveLength(1);
    expect(h.queue.enqueued).toHaveLength(1);
  });

  it("derives the operation (and so the hold) from organisation and key, so a request cut off after its hold meets it again", async () => {
    const input = custom();
    const result = await create(input);
    const id = (result.data as { createVm: { id: string } }).createVm.id;
    expect(id).toBe(createOperationId(organization, input.idempotencyKey as string));
    expect(h.money.reserved.map((reservation) => reservation.operationId)).toEqual([id]);
    expect(createOperationId(other, input.idempotencyKey as string)).not.toBe(id);
    expect(createOperationId(organization, `${input.idempotencyKey as string}x`)).not.toBe(id);
  });

  it("refuses the same key with a different request (CONFLICT), and lets another organisation use it", async () => {
    const input = custom();
    await create(input);
    const counts = await rowCounts(h.subgraph);
    const changed = await create({ ...input, vcpuCount: 4 });
    expect(codes(changed)).toEqual(["CONFLICT"]);
    expect(changed.errors?.[0]?.message).toMatch(/already used for a different request/);
    expect(await rowCounts(h.subgraph)).toEqual(counts);
    const elsewhere = await create({ ...input, organizationId: other });
    expect(elsewhere.errors).toBeUndefined();
  });

  it("answers one operation for the same request sent five times at once", async () => {
    const input = custom();
    const results = await Promise.all(Array.from({ length: 5 }, () => create(input)));
    const ids = new Set(results.map((result) => (result.data as { createVm: { id: string } } | null)?.createVm.id));
    expect(results.flatMap(codes)).toEqual([]);
    expect(ids.size).toBe(1);
    const rows = await h.subgraph.database.db.select().from(vms).where(eq(vms.name, input.name));
    expect(rows).toHaveLength(1);
    // Every hold placed for a request that lost is given back.
    expect(h.money.reserved.length - h.money.released.length).toBe(1);
  });

  it("lets one of five simultaneous creates of one name win; the others are CONFLICT with their holds released", async () => {
    const name = `race-${randomUUID().slice(0, 6)}`;
    const results = await Promise.all(Array.from({ length: 5 }, () => create(custom({ name }))));
    expect(results.flatMap(codes).sort()).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"]);
    expect(h.money.reserved.length - h.money.released.length).toBe(1);
    expect(h.queue.enqueued).toHaveLength(1);
  });

  it("answers one operation for the same static-address request sent five times at once", async () => {
    const input = custom({ network: { networkId, ipMode: "STATIC" } });
    const results = await Promise.all(Array.from({ length: 5 }, () => create(input)));
    expect(results.flatMap(codes)).toEqual([]);
    expect(new Set(results.map((result) => (result.data as { createVm: { id: string } }).createVm.id)).size).toBe(1);
    expect(h.money.reserved.length - h.money.released.length).toBe(1);
  });

  it("releases the hold when the write fails after it: a VM took the name meanwhile (CONFLICT)", async () => {
    const input = custom();
    h.money.duringReserve = () =>
      seedVm(h.subgraph, organization, { name: String(input.name).toUpperCase() }).then(() => {});
    const before = await rowCounts(h.subgraph);
    const result = await create(input);
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(result.errors?.[0]?.message).toBe(`This organisation already has a VM named "${String(input.name)}"`);
    expect(h.money.released).toEqual([h.money.reserved[0]!.holdId]);
    expect(await rowCounts(h.subgraph)).toEqual({ ...before, vms: before.vms + 1, disks: before.disks + 1 });
    expect(h.queue.enqueued).toEqual([]);
  });
});
