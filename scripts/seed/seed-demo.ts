import { type CatalogDb, createProduct, type ProductCategory, type ProductUnit } from "@dcx/catalog";
import { setMonthlyBudget, type TelemetryDb } from "@dcx/telemetry-billing";
import {
  createOrganization,
  createUser,
  OrganizationKind,
  type TenancyDb,
  updateBillingDetails,
  type UserRole,
} from "@dcx/tenancy";
import { type Hypervisor, listVmsByOrganization, syncInventory, type VmsDb } from "@dcx/vms";
import { EntryKind, openWallet, postEntry, setLowBalanceAlert, type WalletDb } from "@dcx/wallet";
import {
  DEMO_BILLING_DETAILS,
  DEMO_DIRECT_CUSTOMERS,
  DEMO_LOW_BALANCE_ALERTS,
  DEMO_MONTHLY_BUDGETS,
  DEMO_PROVIDER,
  DEMO_RESELLERS,
  DEMO_WALLET_CENTS,
} from "./demo-organizations";
import { DEMO_PRODUCTS } from "./demo-products";
import { DEMO_USERS } from "./demo-users";
import { linkDemoFolders } from "./demo-folders";
import { seedUsageHistory } from "./demo-usage";

export interface PlatformDbs {
  tenancy: TenancyDb;
  wallet: WalletDb;
  catalog: CatalogDb;
  vms: VmsDb;
  telemetry: TelemetryDb;
}

export interface SeedReport {
  organizations: Record<string, string>;
  vms: number;
  products: number;
}

type Progress = (message: string) => void;

/**
 * Fills the demo through each subgraph's own services, so every rule that guards user input
 * also guards the demo data: there is no back door and no mock mode. The demo VMs are not
 * written here: they live in vCenter (the local simulator's demo estate), and the inventory
 * sync discovers them once each demo organisation is linked to its VM folder.
 */
export async function seedDemo(
  dbs: PlatformDbs,
  hypervisor: Hypervisor,
  progress: Progress = () => {},
  now = new Date(),
): Promise<SeedReport> {
  const organizations = await seedOrganizations(dbs.tenancy);
  for (const user of DEMO_USERS) {
    await createUser(dbs.tenancy, {
      organizationId: organizations[user.organization]!,
      email: user.email,
      displayName: user.displayName,
      role: user.role as UserRole,
    });
  }
  progress(`${Object.keys(organizations).length} organisations with ${DEMO_USERS.length} users`);

  for (const product of DEMO_PRODUCTS) {
    await createProduct(dbs.catalog, {
      ...product,
      category: product.category as ProductCategory,
      unit: product.unit as ProductUnit,
      effectiveFrom: new Date("2026-01-01T00:00:00Z"),
    });
  }
  progress(`${DEMO_PRODUCTS.length} products`);

  for (const [name, organizationId] of Object.entries(organizations)) {
    await openWallet(dbs.wallet, organizationId);
    const cents = DEMO_WALLET_CENTS[name] ?? 0n;
    if (cents > 0n) {
      await postEntry(dbs.wallet, {
        organizationId,
        amountCents: cents,
        kind: EntryKind.CREDIT_GRANT,
        description: "Opening credit",
        idempotencyKey: `demo-opening-credit-${organizationId}`,
      });
    }
    const alert = DEMO_LOW_BALANCE_ALERTS[name];
    if (alert) await setLowBalanceAlert(dbs.wallet, { organizationId, ...alert });
  }
  progress("wallets opened and funded");

  const linked = await linkDemoFolders(dbs.vms, hypervisor, organizations);
  const sync = await syncInventory(dbs.vms, hypervisor, { clock: () => now });
  progress(`${linked} organisations linked to their vCenter folders; the sync found ${sync.inserted} VMs`);

  let vmCount = 0;
  for (const organizationId of Object.values(organizations)) {
    vmCount += (await listVmsByOrganization(dbs.vms, organizationId)).length;
  }
  const billed = await seedUsageHistory(dbs.vms, dbs.telemetry, now);
  for (const [name, amountCents] of Object.entries(DEMO_MONTHLY_BUDGETS)) {
    await setMonthlyBudget(dbs.telemetry, { organizationId: organizations[name]!, amountCents }, now);
  }
  progress(`${billed} VMs billed from the start of the month; ${Object.keys(DEMO_MONTHLY_BUDGETS).length} budget set`);
  // Telemetry is not written here: the vms subgraph's collector back-fills it from vCenter on start.
  return { organizations, vms: vmCount, products: DEMO_PRODUCTS.length };
}

async function seedOrganizations(db: TenancyDb): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const provider = await createOrganization(db, { name: DEMO_PROVIDER, kind: OrganizationKind.PROVIDER });
  ids[provider.name] = provider.id;
  for (const reseller of DEMO_RESELLERS) {
    const created = await createOrganization(db, {
      name: reseller.name,
      kind: OrganizationKind.RESELLER,
      parentId: provider.id,
    });
    ids[created.name] = created.id;
    for (const customer of reseller.customers) {
      ids[customer] = (
        await createOrganization(db, { name: customer, kind: OrganizationKind.CUSTOMER, parentId: created.id })
      ).id;
    }
  }
  for (const customer of DEMO_DIRECT_CUSTOMERS) {
    ids[customer] = (
      await createOrganization(db, { name: customer, kind: OrganizationKind.CUSTOMER, parentId: provider.id })
    ).id;
  }
  // Tax invoices name both parties with address and VAT number: set through the service's rules.
  for (const [name, details] of Object.entries(DEMO_BILLING_DETAILS)) {
    await updateBillingDetails(db, ids[name]!, details);
  }
  return ids;
}
