import { randomUUID } from "node:crypto";
import { type Database, ServiceRequestError } from "@dcx/kit";
import { openTestDatabase, startTestSubgraph, testServiceKeys, type TestSubgraph } from "@dcx/kit/testing";
import { catalogSubgraph, createProduct, ProductCategory, ProductUnit } from "@dcx/catalog";
import {
  createVm,
  createWalletMoneyGate,
  holdKeyOf,
  type MoneyGate,
  PowerState,
  type ReserveRequest,
  StorageTier,
  type VmCostSpec,
  vmsSubgraph,
} from "@dcx/vms";
import { EntryKind, openWallet, postEntry, walletSubgraph } from "@dcx/wallet";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The catalog's prices for this test, ZAR a unit excluding VAT (15 % from the catalog's migration). */
const PRICES: [string, ProductCategory, ProductUnit, string][] = [
  ["compute.vcpu", ProductCategory.COMPUTE, ProductUnit.VCPU_HOUR, "0.42"],
  ["compute.ram-gb", ProductCategory.COMPUTE, ProductUnit.GB_RAM_HOUR, "0.185"],
  ["storage.performance", ProductCategory.STORAGE, ProductUnit.GB_MONTH, "2.45"],
  ["storage.standard", ProductCategory.STORAGE, ProductUnit.GB_MONTH, "1.15"],
  ["storage.archive", ProductCategory.STORAGE, ProductUnit.GB_MONTH, "0.38"],
  ["licence.windows-server", ProductCategory.LICENCE, ProductUnit.VCPU_HOUR, "0.095"],
  ["backup.vm-daily", ProductCategory.BACKUP, ProductUnit.INSTANCE_MONTH, "149"],
];

/**
 * web-01: 2 vCPU × 730 h × 0.42 = 613.20; 4 GB × 730 h × 0.185 = 540.20; 50 GB performance × 2.45
 * = 122.50; Windows 2 × 730 h × 0.095 = 138.70 → 1 414.60 + VAT 212.19 = R1 626.79 a month.
 * 24 h: 1 626.79 × 24 / 730 = 53.4835… → R53.49 (up); 1 h: 2.2285… → R2.23.
 */
const WEB_01: VmCostSpec = {
  vcpuCount: 2,
  memoryMib: 4096,
  disks: [{ capacityGb: 50, tier: StorageTier.PERFORMANCE }],
  licences: [{ sku: "licence.windows-server", quantity: 2 }],
};
const WEB_01_24H = 5_349n;
/**
 * run-01: 1 vCPU = 306.60; 1.5 GB × 730 × 0.185 = 202.575 → 202.58; 30 GB standard = 34.50 →
 * 543.68 + VAT 81.55 = R625.23 a month; 24 h: 20.5555… → R20.56.
 */
const RUN_01 = { vcpuCount: 1, memoryMib: 1536, disks: [{ label: "os", capacityGb: 30, tier: StorageTier.STANDARD }] };
const RUN_01_24H = 2_056n;
/** run-01 with 2 vCPUs: 850.28 + VAT 127.54 = R977.82; the difference, 352.59 × 24 / 730 = 11.5920… → R11.60. */
const RUN_01_GROWN_DIFFERENCE_24H = 1_160n;

type Rows<T> = { rows: T[] };

/**
 * The money gate against the real wallet and catalog subgraphs over HTTP, signing as `vms`, with
 * the VMs in a real vms database: PGlite by default, PostgreSQL with TEST_POSTGRES_URL.
 */
describe("the money gate", () => {
  const vmsKeys = testServiceKeys("vms");
  const trust = () => ({ trustedServices: new Map([[vmsKeys.service, vmsKeys.publicKey]]) });
  let wallet: TestSubgraph<typeof walletSubgraph.tables>;
  let catalog: TestSubgraph<typeof catalogSubgraph.tables>;
  let vms: Database<typeof vmsSubgraph.tables>;
  let gate: MoneyGate;
  const now = new Date();
  const gateFor = (runwayHours: number) =>
    createWalletMoneyGate({
      services: vmsKeys.client({ wallet: wallet.server.graphqlUrl, catalog: catalog.server.graphqlUrl }),
      db: vms.db,
      runwayHours,
      clock: () => now,
    });

  beforeAll(async () => {
    [wallet, catalog, vms] = await Promise.all([
      startTestSubgraph(walletSubgraph, undefined, trust()),
      startTestSubgraph(catalogSubgraph, undefined, trust()),
      openTestDatabase(vmsSubgraph),
    ]);
    for (const [sku, category, unit, unitPrice] of PRICES) {
      await createProduct(catalog.database.db, {
        sku,
        name: sku,
        category,
        unit,
        unitPrice,
        effectiveFrom: new Date("2025-01-01Z"),
      });
    }
    gate = gateFor(24);
  });
  afterAll(() => Promise.all([wallet?.close(), catalog?.close(), vms?.close()]));

  /** A new organisation whose wallet holds exactly `cents`. */
  const organizationWith = async (cents: bigint) => {
    const organizationId = randomUUID();
    await openWallet(wallet.database.db, organizationId);
    await postEntry(wallet.database.db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: cents,
      description: "Top-up",
      idempotencyKey: `top-up-${organizationId}`,
    });
    return organizationId;
  };
  const holdsOf = async (organizationId: string) => {
    const result = (await wallet.database.db.execute(
      sql`select h.id, h.amount_cents::text as amount, h.status, h.idempotency_key as key, h.expires_at as "expiresAt"
          from wallet_holds h join wallets w on w.id = h.wallet_id where w.organization_id = ${organizationId}
          order by h.created_at`,
    )) as unknown as Rows<{ id: string; amount: string; status: string; key: string; expiresAt: Date | string }>;
    return result.rows;
  };
  const createRequest = (organizationId: string, name = "web-01"): ReserveRequest => ({
    organizationId,
    operationId: randomUUID(),
    reason: `Create VM ${name}`,
    vmName: name,
    to: WEB_01,
  });
  const running = (organizationId: string, name: string, powerState = PowerState.POWERED_ON) =>
    createVm(vms.db, { organizationId, name, powerState, ...RUN_01 });

  it("holds the VM's monthly total with VAT for the runway, rounded up to the cent", async () => {
    const organizationId = await organizationWith(500_000n);
    const request = createRequest(organizationId);
    expect(await gate.reserve(request)).toEqual({ holdId: expect.any(String), amount: "53.49" });
    const [hold] = await holdsOf(organizationId);
    expect(hold).toMatchObject({ amount: String(WEB_01_24H), status: "active", key: holdKeyOf(request.operationId) });
    // Runway + 1 h, so the hold outlives the runway it covers.
    expect(new Date(hold!.expiresAt).getTime()).toBe(now.getTime() + 25 * 3_600_000);

    expect((await gateFor(1).reserve(createRequest(organizationId, "web-02")))?.amount).toBe("2.23");
    expect((await gateFor(720).reserve(createRequest(organizationId, "web-03")))?.amount).toBe("1604.51");
  });

  it("refuses with the exact shortfall in rand and writes no hold", async () => {
    const organizationId = await organizationWith(5_000n);
    const refusal = gate.reserve(createRequest(organizationId));
    await expect(refusal).rejects.toMatchObject({
      message: "Not enough funds: R 3.49 short for 24 h of web-01",
      extensions: { code: "INSUFFICIENT_FUNDS", shortfall: "3.49", amount: "53.49", keepAvailable: "0.00" },
    });
    expect(await holdsOf(organizationId)).toEqual([]);
  });

  it("keeps the runway of the VMs that run now: only ready and powered-on VMs count", async () => {
    const organizationId = await organizationWith(WEB_01_24H + RUN_01_24H - 1n);
    await running(organizationId, "run-01");
    await running(organizationId, "off-01", PowerState.POWERED_OFF);
    const provisioning = await running(organizationId, "new-01");
    const deleted = await running(organizationId, "old-01");
    await vms.db.execute(sql`update vms set lifecycle = 'provisioning' where id = ${provisioning.id}`);
    await vms.db.execute(sql`update vms set lifecycle = 'deleted' where id = ${deleted.id}`);
    // Another organisation's running VM changes nothing here.
    await running(randomUUID(), "run-01");

    await expect(gate.reserve(createRequest(organizationId))).rejects.toMatchObject({
      message: "Not enough funds: R 0.01 short for 24 h of web-01 and what already runs",
      extensions: { code: "INSUFFICIENT_FUNDS", shortfall: "0.01", keepAvailable: "20.56" },
    });
    expect(await holdsOf(organizationId)).toEqual([]);
    await postEntry(wallet.database.db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: 1n,
      description: "One cent more",
      idempotencyKey: `top-up-cent-${organizationId}`,
    });
    expect((await gate.reserve(createRequest(organizationId)))?.amount).toBe("53.49");
  });

  it("holds only the difference for a growth, and nothing for a shrink", async () => {
    const organizationId = await organizationWith(100_000n);
    await running(organizationId, "run-01");
    const from: VmCostSpec = { ...RUN_01, licences: [] };
    const grown = await gate.reserve({
      organizationId,
      operationId: randomUUID(),
      reason: "Resize VM run-01",
      vmName: "run-01",
      from,
      to: { ...from, vcpuCount: 2 },
    });
    expect(grown?.amount).toBe("11.60");
    expect(await holdsOf(organizationId)).toMatchObject([{ amount: String(RUN_01_GROWN_DIFFERENCE_24H) }]);
    const shrunk = { organizationId, operationId: randomUUID(), reason: "Resize VM run-01", to: from };
    expect(await gate.reserve({ ...shrunk, from: { ...from, vcpuCount: 2 } })).toBeNull();
    expect(await gate.reserve({ ...shrunk, from })).toBeNull();
    expect(await holdsOf(organizationId)).toHaveLength(1);
  });

  it("lets exactly 3 of 20 simultaneous reservations through a wallet that covers exactly 3", async () => {
    const organizationId = await organizationWith(3n * WEB_01_24H + RUN_01_24H);
    await running(organizationId, "run-01");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => gate.reserve(createRequest(organizationId, `web-${i}`))),
    );
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ extensions: { code: "INSUFFICIENT_FUNDS", shortfall: "53.49" } });
    }
    expect([results.length - refusals.length, refusals.length]).toEqual([3, 17]);
    const holds = await holdsOf(organizationId);
    expect(holds.map((hold) => [hold.amount, hold.status])).toEqual(Array(3).fill([String(WEB_01_24H), "active"]));
  }, 120_000);

  it("releases a hold, and releasing it again is not an error", async () => {
    const organizationId = await organizationWith(WEB_01_24H);
    const reservation = await gate.reserve(createRequest(organizationId));
    await expect(gate.reserve(createRequest(organizationId, "web-02"))).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS" },
    });
    await gate.release(reservation!.holdId);
    await gate.release(reservation!.holdId);
    expect(await holdsOf(organizationId)).toMatchObject([{ id: reservation!.holdId, status: "released" }]);
    // The money is back: the same VM fits again.
    expect((await gate.reserve(createRequest(organizationId)))?.amount).toBe("53.49");
    await expect(gate.release(randomUUID())).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });

  it("places one hold for an operation however often the same reservation is sent", async () => {
    const organizationId = await organizationWith(100_000n);
    const request = createRequest(organizationId);
    const [first, again] = [await gate.reserve(request), await gate.reserve(request)];
    expect(again).toEqual(first);
    expect(await holdsOf(organizationId)).toHaveLength(1);
  });

  it("refuses the caller's bad licence as bad input, and an organisation without a wallet as short", async () => {
    const organizationId = await organizationWith(100_000n);
    const badLicence = {
      ...createRequest(organizationId),
      to: { ...WEB_01, licences: [{ sku: "backup.vm-daily", quantity: 1 }] },
    };
    await expect(gate.reserve(badLicence)).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "licences[0].sku" },
    });
    await expect(gate.reserve(createRequest(randomUUID()))).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS", shortfall: "53.49" },
    });
    expect(await holdsOf(organizationId)).toEqual([]);
  });

  it("reads a named size from the catalog for the operations API", async () => {
    expect(await gate.findVmSize("general.small")).toEqual({
      name: "general.small",
      vcpuCount: 1,
      memoryMib: 2048,
      bootDisk: { capacityGb: 40, tier: StorageTier.STANDARD },
    });
    expect(await gate.findVmSize("general.enormous")).toBeNull();
  });

  it("answers SERVICE_UNAVAILABLE when the wallet cannot be reached or does not trust vms, holding nothing", async () => {
    const organizationId = await organizationWith(100_000n);
    const unreachable = createWalletMoneyGate({
      services: vmsKeys.client({ wallet: "http://127.0.0.1:9/graphql", catalog: catalog.server.graphqlUrl }),
      db: vms.db,
      runwayHours: 24,
      clock: () => now,
    });
    const stranger = createWalletMoneyGate({
      services: testServiceKeys("vms").client({ wallet: wallet.server.graphqlUrl, catalog: catalog.server.graphqlUrl }),
      db: vms.db,
      runwayHours: 24,
      clock: () => now,
    });
    for (const attempt of [unreachable, stranger]) {
      const refusal = await attempt.reserve(createRequest(organizationId)).catch((error: unknown) => error);
      expect(refusal).not.toBeInstanceOf(ServiceRequestError);
      expect(refusal).toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    }
    expect(await holdsOf(organizationId)).toEqual([]);
  });
});
