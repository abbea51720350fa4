import { buildFederatedSchema } from "@dcx/kit";
import { LowBalanceAlertMutationResolver, WalletAlertResolver } from "./alerts/low-balance-alert.resolver";
import { SuspensionPolicyMutationResolver, WalletArrearsResolver } from "./arrears/arrears.resolver";
import { HoldMutationResolver } from "./hold/hold-mutation.resolver";
import { WalletHoldResolver } from "./hold/hold.resolver";
import { LedgerEntryConnectionResolver } from "./ledger/ledger-connection.resolver";
import { LedgerEntryResolver } from "./ledger/ledger-entry.resolver";
import { LedgerMutationResolver } from "./ledger/ledger-mutation.resolver";
import { UsageChargeResolver } from "./ledger/usage-charge.resolver";
import { organizationReference } from "./organization/organization.reference";
import { OrganizationWalletResolver } from "./organization/organization.resolver";
import { Organization } from "./organization/organization.type";
import { TopUpResolver, WalletTopUpsResolver } from "./top-up/top-up.resolver";
import { WalletResolver } from "./wallet/wallet.resolver";
import { SavedCardMutationResolver, WalletSavedCardsResolver } from "./saved-card/saved-card.resolver";

/**
 * The subgraph has no root query fields: it is reached through `Organization.wallet`; its
 * mutations (holds, credit limits) return no Organization, so that type is listed as orphaned.
 */
export const buildWalletSchema = () =>
  buildFederatedSchema(
    {
      resolvers: [
        OrganizationWalletResolver,
        WalletResolver,
        LedgerEntryResolver,
        LedgerEntryConnectionResolver,
        LedgerMutationResolver,
        UsageChargeResolver,
        WalletHoldResolver,
        HoldMutationResolver,
        TopUpResolver,
        WalletTopUpsResolver,
        WalletAlertResolver,
        LowBalanceAlertMutationResolver,
        WalletArrearsResolver,
        SuspensionPolicyMutationResolver,
        WalletSavedCardsResolver,
        SavedCardMutationResolver,
      ],
      orphanedTypes: [Organization],
    },
    { Organization: organizationReference },
  );
