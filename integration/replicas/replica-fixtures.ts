import { randomUUID } from "node:crypto";
import { migrationsFolder, openDatabase } from "@dcx/kit";
import {
  createOrganization,
  createUser,
  OrganizationKind,
  type TenancyDb,
  tenancySubgraph,
  UserRole,
} from "@dcx/tenancy";
import { EntryKind, openWallet, postEntry, type WalletDb, walletSubgraph } from "@dcx/wallet";
import type { ReplicaDatabases } from "./replica-databases";

/**
 * A new customer of the provider with an owner and a wallet holding exactly `cents` (none for 0), written
 * through tenancy's and the wallet's own services straight into the shared databases.
 */
export async function customerWithCredit(databases: ReplicaDatabases, cents: bigint): Promise<string> {
  const tenancy = await openDatabase({
    schema: tenancySubgraph.tables,
    migrationsFolder: migrationsFolder("tenancy"),
    url: databases.urls.tenancy,
  });
  const wallet = await openDatabase({
    schema: walletSubgraph.tables,
    migrationsFolder: migrationsFolder("wallet"),
    url: databases.urls.wallet,
  });
  try {
    const [provider] = await databases.query<{ id: string }>(
      "tenancy",
      "select id from organizations where name = 'Datacentrix'",
    );
    const organization = await createOrganization(tenancy.db as unknown as TenancyDb, {
      name: `Replicas ${randomUUID().slice(0, 6)}`,
      kind: OrganizationKind.CUSTOMER,
      parentId: provider!.id,
    });
    await createUser(tenancy.db as unknown as TenancyDb, {
      organizationId: organization.id,
      email: `owner-${organization.id.slice(0, 8)}@replicas.example`,
      displayName: "Replicas owner",
      role: UserRole.OWNER,
    });
    await openWallet(wallet.db as unknown as WalletDb, organization.id);
    if (cents > 0n) {
      await postEntry(wallet.db as unknown as WalletDb, {
        organizationId: organization.id,
        amountCents: cents,
        kind: EntryKind.CREDIT_GRANT,
        description: "Opening credit",
        idempotencyKey: `replicas-credit-${organization.id}`,
      });
    }
    return organization.id;
  } finally {
    await tenancy.close();
    await wallet.close();
  }
}
