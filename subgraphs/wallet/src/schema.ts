import { buildFederatedSchema } from "@dcx/kit";
import { LedgerEntryResolver } from "./ledger/ledger-entry.resolver";
import { organizationReference } from "./organization/organization.reference";
import { OrganizationWalletResolver } from "./organization/organization.resolver";
import { Organization } from "./organization/organization.type";
import { WalletResolver } from "./wallet/wallet.resolver";

/**
 * The subgraph has no root fields: it is reached only through `Organization.wallet`. Without a
 * root field nothing refers to Organization, so it is listed as an orphaned type to be emitted.
 */
export const buildWalletSchema = () =>
  buildFederatedSchema(
    {
      resolvers: [OrganizationWalletResolver, WalletResolver, LedgerEntryResolver],
      orphanedTypes: [Organization],
    },
    { Organization: organizationReference },
  );
