import {
  ConfigError,
  createServiceClient,
  loadPrivateKey,
  optionalUrl,
  parseEnv,
  serviceKey,
  type SubgraphConfig,
} from "@dcx/kit";
import {
  type OwnerContacts,
  tenancyBilling,
  tenancyOwners,
  type VmSuspensions,
  vmsSuspensions,
} from "./arrears-collaborators";

const KEY = serviceKey("wallet");

export interface ArrearsCollaborators {
  suspensions: VmSuspensions | null;
  owners: OwnerContacts | null;
  /** The billing users, told of automatic top-ups (WALLET_TENANCY_URL). */
  billing: OwnerContacts | null;
}

/**
 * Whom the arrears job calls, signing as `wallet` (`WALLET_SERVICE_SIGNING_KEY_FILE`, required in
 * production once either URL is set; the development key under DATA_DIR otherwise):
 * `WALLET_VMS_URL` (the vms subgraph's GraphQL URL) to suspend and lift, `WALLET_TENANCY_URL` to
 * find the owners. Without one, that part is skipped and the start log says so.
 */
export function loadArrearsCollaborators(
  config: Pick<SubgraphConfig, "dataRoot" | "nodeEnv">,
  env: Record<string, string | undefined> = process.env,
): ArrearsCollaborators {
  const { WALLET_VMS_URL: vmsUrl, WALLET_TENANCY_URL: tenancyUrl } = parseEnv(
    { WALLET_VMS_URL: optionalUrl(), WALLET_TENANCY_URL: optionalUrl() },
    env,
  );
  if (!vmsUrl && !tenancyUrl) return { suspensions: null, owners: null, billing: null };
  const production = config.nodeEnv === "production";
  const keyFile = env[KEY.privateKeyVariable] || undefined;
  if (production && !keyFile) {
    throw new ConfigError([
      `${KEY.privateKeyVariable}: required in production with WALLET_VMS_URL or WALLET_TENANCY_URL`,
    ]);
  }
  const privateKey = loadPrivateKey({ key: KEY, file: keyFile, dataDir: config.dataRoot, production });
  const targets = { vms: vmsUrl ?? "", tenancy: tenancyUrl ?? "" };
  const client = createServiceClient({ service: "wallet", privateKey, targets });
  return {
    suspensions: vmsUrl ? vmsSuspensions(client) : null,
    owners: tenancyUrl ? tenancyOwners(client) : null,
    billing: tenancyUrl ? tenancyBilling(client) : null,
  };
}
