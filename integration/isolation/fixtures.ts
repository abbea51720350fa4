import { randomUUID } from "node:crypto";
import { createUser, UserRole } from "@dcx/tenancy";
import { allocateStaticIp } from "@dcx/vms";
import { sql } from "drizzle-orm";
import { DEMO_BILLING_DETAILS } from "../../scripts/seed/demo-organizations";
import type { SignedIn, TestPlatform } from "../platform";
import { createVictimAlertRule } from "./alert-probes";
import { createVictimNetwork, victimNetworkState } from "./network-probes";
import { createVictimSavedCard } from "./saved-card-probes";

export interface Attacker {
  label: string;
  as?: SignedIn;
  /** True for credentials that may not write at all. */
  readOnly: boolean;
}

/** What belongs to the victim (Adcock): none of it may appear in an attacker's answer. */
export interface Victim {
  organizationId: string;
  /** A powered-on VM of the victim: the VM operations that need one running are tried on it. */
  vmId: string;
  /** A powered-off VM of the victim, for powering on and resizing. */
  stoppedVmId: string;
  walletId: string;
  /** An active R10 hold on the victim's wallet, placed by provider staff. */
  holdId: string;
  /** A pending R100 card top-up the victim's owner started. */
  topUpId: string;
  topUpReference: string;
  /** A card PayGate keeps for the victim, with an automatic top-up rule on it. */
  savedCardId: string;
  ownerUserId: string;
  auditorUserId: string;
  financeUserId: string;
  ownerSession: SignedIn;
  ownerSessionId: string;
  apiKeyId: string;
  apiKeySecret: string;
  /** The victim's network (10.77.0.0/24), with one static address handed out. */
  networkId: string;
  /** The victim's second network, holding no address. */
  spareNetworkId: string;
  /** The victim's networks as provider staff sees them, to compare after each write. */
  networkState: string;
  /** The name of the victim's running VM `vmId`, and the id of its first disk. */
  vmName: string;
  diskId: string;
  /** A finished power-on of the victim's running VM, requested by its owner. */
  operationId: string;
  /** The victim's VMs and operations as provider staff sees them, to compare after each write. */
  vmState: string;
  /** The victim owner's own alert rule, its newest open alert and its rules' state. */
  alertRuleId: string;
  alertId: string;
  alertState: string;
  /** A reseller (CloudTech, not the victim's): its commission is the provider's to set, not its own. */
  resellerId: string;
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

export async function createVictim(platform: TestPlatform): Promise<Victim> {
  const organizationId = platform.seed.organizations.Adcock!;
  const ownerSession = await platform.signIn("it@adcock.co.za");
  const found = await platform.query<{
    organization: {
      users: { id: string; email: string }[];
      vms: { edges: { node: { id: string; name: string; powerState: string } }[] };
      wallet: { id: string };
    };
    mySessions: { id: string; current: boolean }[];
  }>(
    `query($id: ID!) { organization(id: $id) { users { id email } vms(first: 200) { edges { node { id name powerState } } } wallet { id } } mySessions { id current } }`,
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
  const savedCardId = await createVictimSavedCard(platform, {
    organizationId,
    walletId: found.data!.organization.wallet.id,
    topUpId: topUp.data!.startTopUp.topUp.id,
    ownerSession,
  });
  const { id: networkId, portGroup } = await createVictimNetwork(platform, organizationId, ownerSession, "lan");
  const allocation = await allocateStaticIp(platform.dbs.vms, { networkId, holder: "victim-vm/nic-0" });
  const spare = await createVictimNetwork(platform, organizationId, ownerSession, "spare");
  const org = found.data!.organization;
  const vms = org.vms.edges.map((edge) => edge.node);
  const running = vms.find((vm) => vm.powerState === "POWERED_ON");
  const stopped = vms.find((vm) => vm.powerState === "POWERED_OFF");
  if (!running || !stopped) throw new Error(`the victim needs a running and a stopped VM: ${JSON.stringify(vms)}`);
  const userId = (email: string) => org.users.find((user) => user.email === email)!.id;
  const apiKey = created.data!.createApiKey;
  const ownerSessionId = found.data!.mySessions.find((session) => session.current)!.id;
  const operationId = await addFinishedOperation(platform, organizationId, running.id, userId("it@adcock.co.za"));
  const alerting = await createVictimAlertRule(platform, organizationId, ownerSession);
  // Billing learns of the VMs from the vms subgraph's outbox: the VM rankings then list them.
  await platform.billing.relayUsage();
  const vmState = JSON.parse(await victimVmState(platform, organizationId)) as {
    organization: { vms: { edges: { node: { id: string; disks: { id: string }[] } }[] } };
  };
  return {
    organizationId,
    resellerId: platform.seed.organizations.CloudTech!,
    vmId: running.id,
    stoppedVmId: stopped.id,
    vmName: running.name,
    diskId: vmState.organization.vms.edges.find((edge) => edge.node.id === running.id)!.node.disks[0]!.id,
    walletId: org.wallet.id,
    holdId: held.data!.placeHold.id,
    topUpId: topUp.data!.startTopUp.topUp.id,
    topUpReference: topUp.data!.startTopUp.topUp.reference,
    savedCardId,
    ownerUserId: userId("it@adcock.co.za"),
    auditorUserId: userId("auditor@adcock.co.za"),
    financeUserId: userId("finance@adcock.co.za"),
    ownerSession,
    ownerSessionId,
    apiKeyId: apiKey.apiKey.id,
    apiKeySecret: apiKey.secret,
    networkId,
    spareNetworkId: spare.id,
    networkState: await victimNetworkState(platform, organizationId),
    operationId,
    vmState: JSON.stringify(vmState),
    alertRuleId: alerting.alertRuleId,
    alertId: alerting.alertId,
    alertState: alerting.alertState,
    markers: [
      ...alerting.markers,
      operationId,
      networkId,
      "victim-lan",
      portGroup,
      spare.id,
      "victim-spare",
      spare.portGroup,
      "victim-vm/nic-0",
      allocation.address,
      organizationId,
      "Adcock",
      "@adcock.co.za",
      // Its billing details as seeded: the VAT number, and the address's first line.
      DEMO_BILLING_DETAILS.Adcock!.vatNumber!,
      DEMO_BILLING_DETAILS.Adcock!.billingAddress.split("\n")[0]!,
      org.wallet.id,
      held.data!.placeHold.id,
      topUp.data!.startTopUp.topUp.id,
      topUp.data!.startTopUp.topUp.reference,
      apiKey.apiKey.id,
      ownerSessionId,
      ...vms.flatMap((vm) => [vm.id, vm.name]),
      ...org.users.map((user) => user.id),
    ],
  };
}

/**
 * An operation as the job runner leaves it once done, written straight to the table: the probes
 * need one to look for, and a finished one keeps the VM free for the write probes to try.
 */
async function addFinishedOperation(platform: TestPlatform, organizationId: string, vmId: string, userId: string) {
  const id = randomUUID();
  await platform.dbs.vms.execute(sql`
    insert into vm_operations (id, organization_id, vm_id, kind, status, progress, requested_by_kind, requested_by_id,
      idempotency_key, started_at, finished_at)
    values (${id}, ${organizationId}, ${vmId}, 'power_on', 'succeeded', 100, 'user', ${userId}, 'victim-power-on', now(), now())`);
  return id;
}

/** Everything a VM write could change, as provider staff reads it. */
export async function victimVmState(platform: TestPlatform, organizationId: string): Promise<string> {
  const answer = await platform.query(
    `query($id: ID!) { organization(id: $id) {
      vms(first: 200) { totalCount edges { node { id name powerState vcpuCount memoryMib lifecycle disks { id capacityGb } } } }
      vmOperations(first: 100) { edges { node { id status } } } } }`,
    { id: organizationId },
    await platform.provider(),
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return JSON.stringify(answer.data);
}
