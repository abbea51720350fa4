import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadSubgraphConfig, openSubgraphDatabase } from "@dcx/kit";
import { loadOrCreateSimulatorClient } from "@dcx/oidc-simulator";
import {
  configureSso,
  createSsoDeps,
  findSsoConfiguration,
  listOrganizations,
  loadTenancyConfig,
  type TenancyDb,
  tenancySubgraph,
  UserRole,
} from "@dcx/tenancy";

/** The demo organisation whose people sign in through the local IdP. */
export const DEMO_SSO_ORGANIZATION = "Adcock";
const demoSsoMarker = (dataDir: string) => path.join(dataDir, ".demo-sso");
const isLocalIssuer = (issuer: string) => /^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(issuer);

/**
 * Gives the demo organisation single sign-on against the local IdP, through tenancy's own
 * service (discovery checked, secret encrypted): once on a fresh installation, and again when
 * the IdP's port changed since. An owner who turned it off, or pointed it elsewhere, is left be.
 */
export async function pointDemoSsoAtSimulator(
  env: Record<string, string | undefined>,
  issuer: string,
  log: (line: string) => void,
): Promise<void> {
  const config = loadTenancyConfig(env);
  const dataDir = config.ssoSecretKey.dataDir;
  const database = await openSubgraphDatabase(tenancySubgraph, loadSubgraphConfig("tenancy", 4001, env));
  try {
    await database.migrate();
    const db = database.db as unknown as TenancyDb;
    const organization = (await listOrganizations(db)).find((org) => org.name === DEMO_SSO_ORGANIZATION);
    if (!organization) return log("no demo organisation: single sign-on left unconfigured");
    const client = loadOrCreateSimulatorClient(dataDir);
    const current = await findSsoConfiguration(db, organization.id);
    const settings = {
      issuer,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      emailDomains: ["adcock.co.za"],
      allowEmailCodes: true,
      jitProvisioning: true,
      jitDefaultRole: UserRole.MEMBER,
    };
    if (!current) {
      if (existsSync(demoSsoMarker(dataDir)))
        return log(`${DEMO_SSO_ORGANIZATION}'s single sign-on was turned off; left off`);
      await configureSso(db, createSsoDeps(config, log), organization.id, settings);
      writeFileSync(demoSsoMarker(dataDir), `${new Date().toISOString()}\n`);
      return log(`${DEMO_SSO_ORGANIZATION} signs in through the local IdP at ${issuer}`);
    }
    if (current.issuer === issuer || current.clientId !== client.clientId || !isLocalIssuer(current.issuer)) return;
    await configureSso(db, createSsoDeps(config, log), organization.id, {
      ...settings,
      emailDomains: current.emailDomains,
      allowEmailCodes: current.allowEmailCodes,
      jitProvisioning: current.jitProvisioning,
      jitDefaultRole: current.jitDefaultRole as UserRole,
    });
    log(`${DEMO_SSO_ORGANIZATION}'s single sign-on follows the local IdP to ${issuer}`);
  } finally {
    await database.close();
  }
}
