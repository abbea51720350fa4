import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

const HOUR_MS = 3_600_000;
const BILL = `query($id: ID!) { organization(id: $id) { currentBill {
  month periodStart periodEnd meteredUntil
  lines { vm { id } sku description unit quantity unitPrice { amount } vatRate amount { amount } }
  subtotal { amount } vat { amount } total { amount } projectedTotal { amount } } } }`;
const VMS = `query($id: ID!) { organization(id: $id) { vms(first: 50) { edges { node { id name powerState } } } } }`;
const ESTIMATE = `query($input: VmEstimateInput!) { estimateVm(input: $input) { monthlySubtotal { amount } } }`;

interface Line {
  vm: { id: string };
  sku: string;
  unit: string;
  quantity: string;
  amount: { amount: string };
}
interface Bill {
  month: string;
  periodStart: string;
  periodEnd: string;
  meteredUntil: string | null;
  lines: Line[];
  subtotal: { amount: string };
  total: { amount: string };
}

const cents = (amount: string) => Math.round(Number(amount) * 100);

/**
 * Billing as a customer meets it: the vms subgraph's outbox delivers every VM's state to
 * telemetry-billing, which copies the catalog's prices, meters the hours and answers the month's
 * bill through the gateway.
 */
describe("metering and the current bill through the graph", () => {
  let platform: TestPlatform;
  let owner: SignedIn;
  let adcock: string;
  let bill: Bill;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adcock = platform.seed.organizations.Adcock!;
    owner = await platform.signIn("it@adcock.co.za");
  });
  afterAll(() => platform?.close());

  const currentBill = async (organizationId: string) => {
    const answer = await platform.query<{ organization: { currentBill: Bill } }>(BILL, { id: organizationId }, owner);
    expect(answer.errors).toBeUndefined();
    return answer.data!.organization.currentBill;
  };

  it("delivers the seeded VMs' states from the vms outbox, once", async () => {
    const first = await platform.billing.relayUsage();
    expect(first.delivered).toBeGreaterThanOrEqual(12);
    expect(first.stored).toBe(first.delivered);
    const again = await platform.billing.relayUsage();
    expect(again.delivered).toBe(0);
  });

  it("bills each of the organisation's VMs for the hours metered: compute while on, disks always", async () => {
    const report = await platform.billing.meter(new Date(Date.now() + 2 * HOUR_MS));
    expect(report.prices?.prices).toBeGreaterThan(0);
    expect(report.metering.hoursMetered).toBeGreaterThanOrEqual(2);
    bill = await currentBill(adcock);
    const vms = await platform.query<{
      organization: { vms: { edges: { node: { id: string; powerState: string } }[] } };
    }>(VMS, { id: adcock }, owner);
    const fleet = vms.data!.organization.vms.edges.map((edge) => edge.node);
    const billed = new Set(bill.lines.map((line) => line.vm.id));
    // Every VM of Adcock's, and nobody else's.
    expect([...billed].sort()).toEqual(fleet.map((vm) => vm.id).sort());
    for (const vm of fleet) {
      const skus = bill.lines.filter((line) => line.vm.id === vm.id).map((line) => line.sku);
      expect(skus.some((sku) => sku.startsWith("storage."))).toBe(true);
      expect(skus.includes("compute.vcpu"), `${vm.id} ${vm.powerState}`).toBe(vm.powerState === "POWERED_ON");
    }
    const sum = bill.lines.reduce((total, line) => total + cents(line.amount.amount), 0);
    expect(sum).toBe(cents(bill.subtotal.amount));
    expect(cents(bill.total.amount)).toBeGreaterThan(cents(bill.subtotal.amount));
  });

  it("charges each wholly metered day to the wallet once, the charges adding up to what billing fixed", async () => {
    const WALLET = `query($id: ID!) { organization(id: $id) { wallet { balance { amount }
      transactions(first: 100) { edges { node { kind description amount { amount } } } } } } }`;
    type Wallet = {
      balance: { amount: string };
      transactions: { edges: { node: { kind: string; description: string; amount: { amount: string } } }[] };
    };
    const wallet = async () =>
      (await platform.query<{ organization: { wallet: Wallet } }>(WALLET, { id: adcock }, owner)).data!.organization
        .wallet;
    const usage = (of: Wallet) =>
      of.transactions.edges.map((edge) => edge.node).filter((node) => node.description.startsWith("VM usage"));
    const charged = await wallet();
    const fixed = (await platform.dbs.telemetry.execute(
      sql`select count(*)::int as days, coalesce(sum(amount_cents), 0)::text as cents from usage_charges
          where organization_id = ${adcock}::uuid and posted_at is not null`,
    )) as unknown as { rows: [{ days: number; cents: string }] };
    const { days, cents: fixedCents } = fixed.rows[0];
    // The demo ran since the month began: every whole (24-hour, South African) day metered is charged.
    const meteredUntil = Math.floor((Date.now() + 2 * HOUR_MS) / HOUR_MS) * HOUR_MS;
    expect(days).toBe(Math.floor((meteredUntil - Date.parse(bill.periodStart)) / (24 * HOUR_MS)));
    expect(usage(charged)).toHaveLength(days);
    expect(usage(charged).every((entry) => entry.kind === "CHARGE")).toBe(true);
    const total = usage(charged).reduce((sum, entry) => sum + cents(entry.amount.amount), 0);
    expect(total).toBe(-Number(fixedCents));
    expect(cents(charged.balance.amount)).toBe(2_500_000 + total);
    // Metering and charging again charges nothing twice.
    await platform.billing.meter(new Date(Date.now() + 2 * 3_600_000));
    expect(usage(await wallet())).toHaveLength(days);
  });

  it("bills a whole month at one configuration exactly as estimateVm prices it", async () => {
    const vmId = randomUUID();
    const periodStart = new Date(new Date(bill.periodEnd).getTime() - 1);
    const monthStart = new Date(Date.parse(`${bill.month}-01T00:00:00Z`) - 2 * HOUR_MS);
    expect(periodStart > monthStart).toBe(true);
    // A VM of Adcock's that ran the whole month, its state arriving late (the month is partly metered).
    const receipt = await platform.billing.deliver([
      {
        changeId: `test:${vmId}`,
        vmId,
        organizationId: adcock,
        occurredAt: monthStart.toISOString(),
        exists: true,
        poweredOn: true,
        vcpuCount: 4,
        memoryMib: 6144,
        disks: [
          { diskId: randomUUID(), tier: "performance", capacityGb: 60 },
          { diskId: randomUUID(), tier: "standard", capacityGb: 250 },
        ],
        licences: [],
        publicIpCount: 0,
      },
    ]);
    expect(receipt).toEqual({ stored: 1, alreadyStored: 0 });
    await platform.billing.meter(new Date(bill.periodEnd));
    const full = await currentBill(adcock);
    expect(full.meteredUntil).toBe(bill.periodEnd);
    const billed = full.lines
      .filter((line) => line.vm.id === vmId)
      .reduce((total, line) => total + cents(line.amount.amount), 0);
    const estimate = await platform.query<{ estimateVm: { monthlySubtotal: { amount: string } } }>(
      ESTIMATE,
      {
        input: {
          vcpuCount: 4,
          memoryMib: 6144,
          disks: [
            { tier: "PERFORMANCE", capacityGb: 60 },
            { tier: "STANDARD", capacityGb: 250 },
          ],
        },
      },
      owner,
    );
    expect(estimate.errors).toBeUndefined();
    expect(billed).toBe(cents(estimate.data!.estimateVm.monthlySubtotal.amount));
  });

  it("shows another organisation's bill to nobody outside it", async () => {
    const other = await platform.signIn("cloud@vodacom.co.za");
    const answer = await platform.query<{ organization: { currentBill: Bill } | null }>(BILL, { id: adcock }, other);
    expect(answer.data?.organization?.currentBill ?? null).toBeNull();
  });
});
