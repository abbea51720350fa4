import { createUser, UserRole } from "@dcx/tenancy";
import { allocateStaticIp } from "@dcx/vms";
import type { SignedIn, TestPlatform } from "../platform";

export interface Attacker {
  label: string;
  as?: SignedIn;
  /** True for credentials that may not write at all. */
  readOnly: boolean;
}

/** What belongs to the victim (Adcock): none of it may appear in an attacker's answer. */
export interface Victim {
  organizationId: string;
  vmId: string;
  walletId: string;
  /** An active R10 hold on the victim's wallet, placed by provider staff. */
  holdId: string;
  /** A pending R100 card top-up the victim's owner started. */
  topUpId: string;
  topUpReference: string;
  ownerUserId: string;
  auditorUserId: string;
  financeUserId: string;
  ownerSession: SignedIn;
  ownerSessionId: string;
  apiKeyId: string;
  apiKeySecret: string;
  /** The victim's network (10.77.0.0/24), with one static address handed out. */
  networkId: string;
  /** Strings that identify the victim's data. */
  markers: string[];
}

const ROLES = [UserRole.OWNER, UserRole.ADMIN, UserRole.BILLING, UserRole.MEMBER, UserRole.READ_ONLY];

/**
 * Foreign attackers: every role of a customer (Sanlam) and of a reseller (CloudTech, whose
 * customers do not include Adcock), plus a caller who has not signed in.
 */
export async function createAttackers(platform: TestPlatform): Promise<Attacker[]> {
  const attackers: Attacker[] = [{ label: "an anonymous caller", readOnly: true }];
  for (const [organization, kind] of [
    ["Sanlam", "foreign customer"],
    ["CloudTech", "foreign reseller"],
  ] as const) {
    for (const role of ROLES) {
      const email = `${role}.${organization.toLowerCase()}@attackers.test`;
      await createUser(platform.dbs.tenancy, {
        organizationId: platform.seed.organizations[organization]!,
        email,
        displayName: `${kind} ${role}`,
        role,
      });
      attackers.push({
        label: `a ${kind} ${role}`,
        as: await platform.signIn(email),
        readOnly: role === UserRole.READ_ONLY,
      });
    }
  }
  return attackers;
}

/** The victim's network layout; probes try to change it. */
export const VICTIM_NETWORK = {
  cidr: "10.77.0.0/24",
  gateway: "10.77.0.1",
  dhcpRange: { first: "10.77.0.100", last: "10.77.0.199" },
  staticRange: { first: "10.77.0.10", last: "10.77.0.99" },
};

export async function createVictim(platform: TestPlatform): Promise<Victim> {
  const organizationId = platform.seed.organizations.Adcock!;
  const ownerSession = await platform.signIn("it@adcock.co.za");
  const found = await platform.query<{
    organization: {
      users: { id: string; email: string }[];
      vms: { id: string; name: string }[];
      wallet: { id: string };
    };
    mySessions: { id: string; current: boolean }[];
  }>(
    `query($id: ID!) { organization(id: $id) { users { id email } vms { id name } wallet { id } } mySessions { id current } }`,
    { id: organizationId },
    ownerSession,
  );
  const created = await platform.query<{ createApiKey: { apiKey: { id: string }; secret: string } }>(
    `mutation { createApiKey(name: "Adcock monitoring") { apiKey { id } secret } }`,
    {},
    ownerSession,
  );
  const held = await platform.query<{ placeHold: { id: string } }>(
    `mutation($org: ID!, $until: DateTimeISO!) {
      placeHold(organizationId: $org, amount: "10.00", reason: "victim hold", idempotencyKey: "victim-hold", expiresAt: $until) { id }
    }`,
    { org: organizationId, until: new Date(Date.now() + 24 * 3600 * 1000).toISOString() },
    await platform.provider(),
  );
  const topUp = await platform.query<{ startTopUp: { topUp: { id: string; reference: string } } }>(
    `mutation($org: ID!) { startTopUp(input: { organizationId: $org, amount: "100.00", email: "finance@adcock.co.za", idempotencyKey: "victim-top-up" }) { topUp { id reference } } }`,
    { org: organizationId },
    ownerSession,
  );
  const network = await platform.query<{ createNetwork: { id: string; portGroup: string } }>(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id portGroup } }`,
    { input: { organizationId, name: "victim-lan", ...VICTIM_NETWORK } },
    ownerSession,
  );
  const { id: networkId, portGroup } = network.data!.createNetwork;
  const allocation = await allocateStaticIp(platform.dbs.vms, { networkId, holder: "victim-vm/nic-0" });
  const org = found.data!.organization;
  const userId = (email: string) => org.users.find((user) => user.email === email)!.id;
  const apiKey = created.data!.createApiKey;
  const ownerSessionId = found.data!.mySessions.find((session) => session.current)!.id;
  return {
    organizationId,
    vmId: org.vms[0]!.id,
    walletId: org.wallet.id,
    holdId: held.data!.placeHold.id,
    topUpId: topUp.data!.startTopUp.topUp.id,
    topUpReference: topUp.data!.startTopUp.topUp.reference,
    ownerUserId: userId("it@adcock.co.za"),
    auditorUserId: userId("auditor@adcock.co.za"),
    financeUserId: userId("finance@adcock.co.za"),
    ownerSession,
    ownerSessionId,
    apiKeyId: apiKey.apiKey.id,
    apiKeySecret: apiKey.secret,
    networkId,
    markers: [
      networkId,
      "victim-lan",
      portGroup,
      "victim-vm/nic-0",
      allocation.address,
      organizationId,
      "Adcock",
      "@adcock.co.za",
      org.wallet.id,
      held.data!.placeHold.id,
      topUp.data!.startTopUp.topUp.id,
      topUp.data!.startTopUp.topUp.reference,
      apiKey.apiKey.id,
      ownerSessionId,
      ...org.vms.flatMap((vm) => [vm.id, vm.name]),
      ...org.users.map((user) => user.id),
    ],
  };
}
