import { randomUUID } from "node:crypto";
import { parseScaled } from "@dcx/kit";
import type { GraphQLResponse } from "@dcx/kit/testing";
import { DEMO_BILLING_DETAILS } from "../../scripts/seed/demo-organizations";
import type { TestPlatform } from "../platform";
import type { Victim } from "./fixtures";
import { alertWriteProbes } from "./alert-probes";
import { BILLING_WRITE_PROBES } from "./billing-probes";
import { NETWORK_READ_PROBES, NETWORK_WRITE_PROBES } from "./network-probes";
import { VM_READ_PROBES, VM_WRITE_PROBES } from "./vm-probes";
import { SAVED_CARD_WRITE_PROBES } from "./saved-card-probes";
import { SSO_READ_PROBES, SSO_WRITE_PROBES } from "./sso-probes";
import {
  API_KEY,
  HOLD,
  LEDGER_ENTRY,
  LOW_BALANCE_ALERT,
  MONEY,
  ORGANIZATION,
  ORGANIZATION_LIST,
  PRODUCT,
  SESSION,
  SESSION_TOKENS,
  TOP_UP,
  TOP_UP_START,
  USER,
  VAT_RATE,
  VM,
  VM_ESTIMATE,
  VM_SIZE,
} from "./selections";

/**
 * One attempt on one public root field. Every probe reads or writes the victim's data as fully
 * as the schema allows; the suite fails when a field has no probe.
 */
export interface Probe {
  field: string;
  operation: string;
  variables(victim: Victim, tag: string): Record<string, unknown>;
  /** For writes: true when the victim is as it was (checked after every attempt). */
  unchanged?(platform: TestPlatform, victim: Victim, tag: string, answer: GraphQLResponse): Promise<boolean>;
  /** Who must see the victim's data through this probe: proves the probe can detect a leak. */
  seenBy?: "provider" | "victim";
  /** For writes: the same write by a rightful caller, which `unchanged` must notice. */
  control?: WriteControl;
}

/**
 * A rightful write, made after the attempts: proves the probe's `unchanged` check would notice
 * the change an attacker's write would have made.
 */
export interface WriteControl {
  /**
   * Provider staff, the victim's owner (`victim.ownerSession` of the prepared victim), or the owner
   * not yet signed in, from an address of their own (the attempts' wrong codes came from others).
   */
  by: "provider" | "victim" | "signing-in owner";
  /**
   * Fresh objects where the write would destroy the fixture, and the state the check compares
   * against taken anew: the victim as the write and its check see it.
   */
  prepare?(platform: TestPlatform, victim: Victim): Promise<Victim>;
  /** The write, when the probe's own cannot succeed for anyone (a wrong code, a forged token). */
  operation?: string;
  /** Its variables; the probe's own (tagged "control") when absent. */
  variables?(platform: TestPlatform, victim: Victim): Promise<Record<string, unknown>>;
  /**
   * For a check of the write's answer rather than of the victim: an answer it must pass before
   * the write. None (`{}`) when absent.
   */
  answerBefore?(platform: TestPlatform, victim: Victim): Promise<GraphQLResponse>;
  /** Puts the victim back as the following controls' checks expect it. */
  restore?(platform: TestPlatform, victim: Victim, answer: GraphQLResponse): Promise<void>;
}

const asProvider = async <T>(platform: TestPlatform, query: string, variables: Record<string, unknown> = {}) => {
  const result = await platform.query<T>(query, variables, await platform.provider());
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const victimUsers = (platform: TestPlatform, victim: Victim) =>
  asProvider<{ organization: { users: { id: string; email: string; role: string; disabledAt: string | null }[] } }>(
    platform,
    `query($id: ID!) { organization(id: $id) { users { id email role disabledAt } } }`,
    { id: victim.organizationId },
  ).then((data) => data.organization.users);
const victimOwnerStillSignedIn = async (platform: TestPlatform, victim: Victim) =>
  (await platform.query<{ me: { id: string } | null }>("{ me { id } }", {}, victim.ownerSession)).data?.me?.id ===
  victim.ownerUserId;

/** Where the victim's owner signs in from in a control. */
export const OWNER_ADDRESS = "203.0.113.252";
const BY_PROVIDER: WriteControl = { by: "provider" };
const BY_OWNER: WriteControl = { by: "victim" };
const asOwner = async (platform: TestPlatform, victim: Victim, query: string, variables: Record<string, unknown>) => {
  const result = await platform.query(query, variables, victim.ownerSession);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
/** The victim's owner signed in once more: a session a control may end without ending the fixture's. */
const freshOwnerSession = async (platform: TestPlatform, victim: Victim): Promise<Victim> => {
  const ownerSession = await platform.signIn("it@adcock.co.za");
  const sessions = await platform.query<{ mySessions: { id: string; current: boolean }[] }>(
    "{ mySessions { id current } }",
    {},
    ownerSession,
  );
  const ownerSessionId = sessions.data!.mySessions.find((session) => session.current)!.id;
  return { ...victim, ownerSession, ownerSessionId };
};

export const READ_PROBES: Probe[] = [
  {
    field: "Query.organization",
    operation: `query($id: ID!) { organization(id: $id) { ${ORGANIZATION} } }`,
    variables: (v) => ({ id: v.organizationId }),
    seenBy: "provider",
  },
  {
    field: "Query.organizations",
    operation: `{ organizations { ${ORGANIZATION_LIST} } }`,
    variables: () => ({}),
    seenBy: "provider",
  },
  {
    field: "Query.vm",
    operation: `query($id: ID!) { vm(id: $id) { ${VM} } }`,
    variables: (v) => ({ id: v.vmId }),
    seenBy: "provider",
  },
  ...NETWORK_READ_PROBES,
  ...VM_READ_PROBES,
  ...SSO_READ_PROBES,
  { field: "Query.products", operation: `{ products { ${PRODUCT} } }`, variables: () => ({}) },
  {
    field: "Query.estimateVm",
    operation: `{ estimateVm(input: { vcpuCount: 2, memoryGb: 4, disks: [{ tier: STANDARD, capacityGb: 50 }] }) { ${VM_ESTIMATE} } }`,
    variables: () => ({}),
  },
  {
    field: "Query.topUp",
    operation: `query($id: ID!) { topUp(id: $id) { ${TOP_UP} } }`,
    variables: (v) => ({ id: v.topUpId }),
    seenBy: "provider",
  },
  { field: "Query.vatRate", operation: `{ vatRate { ${VAT_RATE} } }`, variables: () => ({}) },
  { field: "Query.upcomingVatRates", operation: `{ upcomingVatRates { ${VAT_RATE} } }`, variables: () => ({}) },
  { field: "Query.vmSizes", operation: `{ vmSizes { ${VM_SIZE} } }`, variables: () => ({}) },
  { field: "Query.vmSize", operation: `{ vmSize(name: "general.small") { ${VM_SIZE} } }`, variables: () => ({}) },
  {
    field: "Query.estimateVms",
    operation: `{ estimateVms(inputs: [{ vcpuCount: 2, memoryMib: 4096, disks: [{ tier: STANDARD, capacityGb: 50 }] }]) { ${VM_ESTIMATE} } }`,
    variables: () => ({}),
  },
  { field: "Query.me", operation: `{ me { ${USER} } }`, variables: () => ({}), seenBy: "victim" },
  { field: "Query.mySessions", operation: `{ mySessions { ${SESSION} } }`, variables: () => ({}), seenBy: "victim" },
  { field: "Query.apiKeys", operation: `{ apiKeys { ${API_KEY} } }`, variables: () => ({}), seenBy: "victim" },
];

const currentVcpuPrice = async (platform: TestPlatform) =>
  (
    await asProvider<{ products: { sku: string; unitPrice: { amount: string } }[] }>(
      platform,
      "{ products { sku unitPrice { amount } } }",
    )
  ).products.find((product) => product.sku === "compute.vcpu")?.unitPrice.amount;
const nextYear = () => new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();

/** The catalog and VAT belong to the provider: nobody else may change them. */
const CATALOG_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.createProduct",
    operation: `mutation($sku: String!) { createProduct(input: { sku: $sku, name: "Intruder", category: COMPUTE, unit: VCPU_HOUR, unitPrice: "0.01" }) { ${PRODUCT} } }`,
    variables: (_v, tag) => ({ sku: `intruder.p${tag.replace(/[^a-z0-9]/gi, "").toLowerCase()}` }),
    unchanged: async (platform, _v, tag) =>
      !(await asProvider<{ products: { sku: string }[] }>(platform, "{ products { sku } }")).products.some(
        (product) => product.sku === `intruder.p${tag.replace(/[^a-z0-9]/gi, "").toLowerCase()}`,
      ),
    control: BY_PROVIDER,
  },
  {
    field: "Mutation.setProductPrice",
    operation: `mutation($at: DateTimeISO!) { setProductPrice(sku: "compute.vcpu", unitPrice: "0.000001", effectiveFrom: $at) { sku unitPrice { ${MONEY} } effectiveFrom } }`,
    variables: () => ({ at: new Date().toISOString() }),
    unchanged: async (platform) => (await currentVcpuPrice(platform)) === "0.420000",
    control: {
      by: "provider",
      restore: async (platform) => {
        await asProvider(
          platform,
          `mutation($at: DateTimeISO!) { setProductPrice(sku: "compute.vcpu", unitPrice: "0.420000", effectiveFrom: $at) { sku } }`,
          { at: new Date().toISOString() },
        );
      },
    },
  },
  {
    field: "Mutation.setVatRate",
    operation: `mutation($at: DateTimeISO!) { setVatRate(rate: "0.01", effectiveFrom: $at) { ${VAT_RATE} } }`,
    variables: () => ({ at: nextYear() }),
    unchanged: async (platform) => {
      const at = nextYear();
      const rate = await asProvider<{ vatRate: { rate: string } }>(
        platform,
        `query($at: DateTimeISO) { vatRate(at: $at) { rate } }`,
        { at },
      );
      return parseScaled(rate.vatRate.rate, 4) === 1500n;
    },
    control: BY_PROVIDER,
  },
];

const victimWallet = (platform: TestPlatform, victim: Victim) =>
  asProvider<{
    organization: {
      wallet: { balance: { amount: string }; creditLimit: { amount: string }; holds: { id: string; status: string }[] };
    };
  }>(
    platform,
    `query($id: ID!) { organization(id: $id) { wallet { balance { amount } creditLimit { amount } holds(activeOnly: false) { id status } } } }`,
    { id: victim.organizationId },
  ).then((data) => data.organization.wallet);
/** Undoes a control's movement of the victim's balance, so the next control starts from R25 000. */
const adjustVictimWallet = async (platform: TestPlatform, victim: Victim, amount: string) => {
  await asProvider(
    platform,
    `mutation($org: ID!, $key: String!) { adjustWallet(organizationId: $org, amount: "${amount}", reason: "control undone", idempotencyKey: $key) { id } }`,
    { org: victim.organizationId, key: `control-undo-${randomUUID()}` },
  );
};
const HOLD_INPUT = `organizationId: $org, amount: "1.00", reason: "probe", idempotencyKey: $key, expiresAt: $until`;
/** Settling the fixture's hold would end it: a control settles a hold of its own. */
const withHoldOfItsOwn =
  (key: string) =>
  async (platform: TestPlatform, v: Victim): Promise<Victim> => {
    const placed = await asProvider<{ placeHold: { id: string } }>(
      platform,
      `mutation($org: ID!, $key: String!, $until: DateTimeISO!) { placeHold(${HOLD_INPUT}) { id } }`,
      { org: v.organizationId, key, until: nextYear() },
    );
    return { ...v, holdId: placed.placeHold.id };
  };

const vmSizeNames = async (platform: TestPlatform) =>
  (await asProvider<{ vmSizes: { name: string }[] }>(platform, "{ vmSizes { name } }")).vmSizes.map((s) => s.name);
const intruderSize = (tag: string) => `intruder.s${tag.replace(/[^a-z0-9]/gi, "").toLowerCase()}`;

/** Named VM sizes are the provider's too. */
const VM_SIZE_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.createVmSize",
    operation: `mutation($name: String!) { createVmSize(input: { name: $name, description: "Intruder", vcpuCount: 1, memoryGb: 1, bootDisk: { tier: STANDARD, capacityGb: 10 } }) { ${VM_SIZE} } }`,
    variables: (_v, tag) => ({ name: intruderSize(tag) }),
    unchanged: async (platform, _v, tag) => !(await vmSizeNames(platform)).includes(intruderSize(tag)),
    control: BY_PROVIDER,
  },
  {
    field: "Mutation.retireVmSize",
    operation: `mutation { retireVmSize(name: "general.small") { ${VM_SIZE} } }`,
    variables: () => ({}),
    unchanged: async (platform) => (await vmSizeNames(platform)).includes("general.small"),
    control: BY_PROVIDER,
  },
];

/** Money moves only for provider staff (and, later, the provisioning flow). */
const WALLET_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.placeHold",
    operation: `mutation($org: ID!, $key: String!, $until: DateTimeISO!) { placeHold(${HOLD_INPUT}) { ${HOLD} } }`,
    variables: (v, tag) => ({ org: v.organizationId, key: `probe-hold-${tag}`, until: nextYear() }),
    unchanged: async (platform, v) => (await victimWallet(platform, v)).holds.length === 1,
    control: BY_PROVIDER,
  },
  {
    field: "Mutation.captureHold",
    operation: `mutation($id: ID!, $key: String!) { captureHold(holdId: $id, amount: "1.00", description: "probe", idempotencyKey: $key) { ${HOLD} } }`,
    variables: (v, tag) => ({ id: v.holdId, key: `probe-capture-${tag}` }),
    unchanged: async (platform, v) => {
      const wallet = await victimWallet(platform, v);
      return wallet.balance.amount === "25000.00" && wallet.holds.every((hold) => hold.status === "ACTIVE");
    },
    control: {
      by: "provider",
      prepare: withHoldOfItsOwn("control-capture-hold"),
      restore: (platform, v) => adjustVictimWallet(platform, v, "1.00"),
    },
  },
  {
    field: "Mutation.releaseHold",
    operation: `mutation($id: ID!) { releaseHold(holdId: $id) { ${HOLD} } }`,
    variables: (v) => ({ id: v.holdId }),
    // A released hold is what this write leaves; the captureHold control's captured one is not.
    unchanged: async (platform, v) => {
      const { holds } = await victimWallet(platform, v);
      return (
        holds.find((hold) => hold.id === v.holdId)?.status === "ACTIVE" &&
        !holds.some((hold) => hold.status === "RELEASED")
      );
    },
    control: { by: "provider", prepare: withHoldOfItsOwn("control-release-hold") },
  },
  {
    field: "Mutation.grantCredit",
    operation: `mutation($org: ID!, $key: String!) { grantCredit(organizationId: $org, amount: "1000.00", description: "probe", idempotencyKey: $key) { ${LEDGER_ENTRY} } }`,
    variables: (v, tag) => ({ org: v.organizationId, key: `probe-grant-${tag}` }),
    unchanged: async (platform, v) => (await victimWallet(platform, v)).balance.amount === "25000.00",

    control: { by: "provider", restore: (platform, v) => adjustVictimWallet(platform, v, "-1000.00") },
  },
  {
    field: "Mutation.refundToWallet",
    operation: `mutation($org: ID!, $key: String!) { refundToWallet(organizationId: $org, amount: "1000.00", description: "probe", idempotencyKey: $key) { ${LEDGER_ENTRY} } }`,
    variables: (v, tag) => ({ org: v.organizationId, key: `probe-refund-${tag}` }),
    unchanged: async (platform, v) => (await victimWallet(platform, v)).balance.amount === "25000.00",

    control: { by: "provider", restore: (platform, v) => adjustVictimWallet(platform, v, "-1000.00") },
  },
  {
    field: "Mutation.postUsageCharge",
    operation: `mutation($org: ID!, $key: String!) { postUsageCharge(organizationId: $org, amount: "1000.00", description: "probe", idempotencyKey: $key) { ${LEDGER_ENTRY} } }`,
    variables: (v, tag) => ({ org: v.organizationId, key: `usage:probe-${tag}` }),
    unchanged: async (platform, v) => (await victimWallet(platform, v)).balance.amount === "25000.00",

    control: { by: "provider", restore: (platform, v) => adjustVictimWallet(platform, v, "1000.00") },
  },
  {
    field: "Mutation.adjustWallet",
    operation: `mutation($org: ID!, $key: String!) { adjustWallet(organizationId: $org, amount: "-1000.00", reason: "probe", idempotencyKey: $key) { ${LEDGER_ENTRY} } }`,
    variables: (v, tag) => ({ org: v.organizationId, key: `probe-adjust-${tag}` }),
    unchanged: async (platform, v) => (await victimWallet(platform, v)).balance.amount === "25000.00",

    control: { by: "provider", restore: (platform, v) => adjustVictimWallet(platform, v, "1000.00") },
  },
  {
    field: "Mutation.setCreditLimit",
    operation: `mutation($org: ID!) { setCreditLimit(organizationId: $org, amount: "1000000.00") { ${MONEY} } }`,
    variables: (v) => ({ org: v.organizationId }),
    unchanged: async (platform, v) => (await victimWallet(platform, v)).creditLimit.amount === "0.00",
    control: BY_PROVIDER,
  },
  {
    field: "Mutation.setSuspensionPolicy",
    operation: `mutation($org: ID!) { setSuspensionPolicy(organizationId: $org, enabled: false, graceHours: 720) { enabled graceHours } }`,
    variables: (v) => ({ org: v.organizationId }),
    unchanged: async (platform, v) => {
      const { suspensionPolicy } = await asProvider<{
        organization: { wallet: { suspensionPolicy: { enabled: boolean; graceHours: number } } };
      }>(platform, `query($id: ID!) { organization(id: $id) { wallet { suspensionPolicy { enabled graceHours } } } }`, {
        id: v.organizationId,
      }).then((data) => data.organization.wallet);
      return suspensionPolicy.enabled && suspensionPolicy.graceHours === 72;
    },
    control: BY_PROVIDER,
  },
];

const victimMoneySettings = (platform: TestPlatform, victim: Victim) =>
  asProvider<{
    organization: { wallet: { topUps: { id: string }[]; lowBalanceAlert: { threshold: { amount: string } } | null } };
  }>(
    platform,
    `query($id: ID!) { organization(id: $id) { wallet { topUps(first: 50) { id } lowBalanceAlert { threshold { amount } } } } }`,
    { id: victim.organizationId },
  ).then((data) => data.organization.wallet);

/** Paying in and the low-balance warning are the organisation's own (and its reseller's). */
const TOP_UP_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.startTopUp",
    operation: `mutation($org: ID!, $key: String!) { startTopUp(input: { organizationId: $org, amount: "100.00", email: "intruder@attackers.test", idempotencyKey: $key }) { ${TOP_UP_START} } }`,
    variables: (v, tag) => ({ org: v.organizationId, key: `probe-top-up-${tag}` }),
    unchanged: async (platform, v) => (await victimMoneySettings(platform, v)).topUps.length === 1,
    control: BY_OWNER,
  },
  {
    field: "Mutation.setLowBalanceAlert",
    operation: `mutation($org: ID!) { setLowBalanceAlert(organizationId: $org, threshold: "999999.00", email: "intruder@attackers.test") { ${LOW_BALANCE_ALERT} } }`,
    variables: (v) => ({ org: v.organizationId }),
    unchanged: async (platform, v) =>
      (await victimMoneySettings(platform, v)).lowBalanceAlert?.threshold.amount === "5000.00",
    control: BY_OWNER,
  },
];

/** The victim's billing details as seeded; an intruder's write would replace them. */
const VICTIM_BILLING = DEMO_BILLING_DETAILS.Adcock!;
const UPDATE_BILLING_DETAILS = `mutation($org: ID!, $address: String, $vat: String) {
  updateBillingDetails(organizationId: $org, billingAddress: $address, vatNumber: $vat) { id name billingAddress vatNumber } }`;
const victimBillingDetails = (platform: TestPlatform, victim: Victim) =>
  asProvider<{ organization: { billingAddress: string | null; vatNumber: string | null } }>(
    platform,
    `query($id: ID!) { organization(id: $id) { billingAddress vatNumber } }`,
    { id: victim.organizationId },
  ).then((data) => data.organization);

/** What tax invoices print about the victim is its own (and its reseller's or the provider's) to change. */
const BILLING_DETAILS_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.updateBillingDetails",
    operation: UPDATE_BILLING_DETAILS,
    variables: (v) => ({ org: v.organizationId, address: "1 Intruder Lane\nJohannesburg", vat: "4999999999" }),
    unchanged: async (platform, v) => {
      const details = await victimBillingDetails(platform, v);
      return details.billingAddress === VICTIM_BILLING.billingAddress && details.vatNumber === VICTIM_BILLING.vatNumber;
    },
    control: {
      by: "victim",
      restore: async (platform, v) => {
        await asOwner(platform, v, UPDATE_BILLING_DETAILS, {
          org: v.organizationId,
          address: VICTIM_BILLING.billingAddress,
          vat: VICTIM_BILLING.vatNumber,
        });
      },
    },
  },
];

/** A client that asked for no code before (TEST-NET-2, never contacted; the suite's others are TEST-NET-3). */
const FRESH_CLIENT_ADDRESS = "198.51.100.1";
const SIGN_IN_CODE_REQUEST = `mutation($email: String!) { requestSignInCode(email: $email) { accepted expiresInSeconds } }`;

export const WRITE_PROBES: Probe[] = [
  ...alertWriteProbes(),
  ...NETWORK_WRITE_PROBES,
  ...TOP_UP_WRITE_PROBES,
  ...SAVED_CARD_WRITE_PROBES,
  ...SSO_WRITE_PROBES,
  ...CATALOG_WRITE_PROBES,
  ...VM_SIZE_WRITE_PROBES,
  ...WALLET_WRITE_PROBES,
  ...BILLING_DETAILS_WRITE_PROBES,
  ...BILLING_WRITE_PROBES,
  {
    field: "Mutation.createOrganization",
    operation: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORGANIZATION} } }`,
    variables: (v, tag) => ({ input: { name: `Intruder ${tag}`, kind: "CUSTOMER", parentId: v.organizationId } }),
    unchanged: async (platform, _v, tag) =>
      !(
        await asProvider<{ organizations: { name: string }[] }>(platform, "{ organizations { name } }")
      ).organizations.some((org) => org.name === `Intruder ${tag}`),
    control: {
      by: "provider",
      // The victim is a customer, which has no organisations under it: the provider's own has.
      variables: async (platform) => ({
        input: { name: "Intruder control", kind: "CUSTOMER", parentId: platform.seed.organizations.Datacentrix },
      }),
    },
  },
  {
    field: "Mutation.createUser",
    operation: `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER} } }`,
    variables: (v, tag) => ({
      input: {
        organizationId: v.organizationId,
        email: `intruder-${tag}@evil.test`,
        displayName: "Intruder",
        role: "OWNER",
      },
    }),
    unchanged: async (platform, v, tag) =>
      !(await victimUsers(platform, v)).some((u) => u.email === `intruder-${tag}@evil.test`),
    control: BY_OWNER,
  },
  {
    field: "Mutation.updateUserRole",
    operation: `mutation($userId: ID!) { updateUserRole(userId: $userId, role: OWNER) { ${USER} } }`,
    variables: (v) => ({ userId: v.auditorUserId }),
    unchanged: async (platform, v) =>
      (await victimUsers(platform, v)).find((u) => u.id === v.auditorUserId)?.role === "READ_ONLY",
    control: {
      by: "victim",
      restore: async (platform, v) => {
        await asOwner(
          platform,
          v,
          `mutation($userId: ID!) { updateUserRole(userId: $userId, role: READ_ONLY) { id } }`,
          {
            userId: v.auditorUserId,
          },
        );
      },
    },
  },
  {
    field: "Mutation.disableUser",
    operation: `mutation($userId: ID!) { disableUser(userId: $userId) { ${USER} } }`,
    variables: (v) => ({ userId: v.financeUserId }),
    unchanged: async (platform, v) =>
      (await victimUsers(platform, v)).find((u) => u.id === v.financeUserId)?.disabledAt === null,
    control: BY_OWNER,
  },
  {
    field: "Mutation.revokeSession",
    operation: `mutation($id: ID!) { revokeSession(id: $id) }`,
    variables: (v) => ({ id: v.ownerSessionId }),
    unchanged: (platform, v) => victimOwnerStillSignedIn(platform, v),
    control: { by: "victim", prepare: freshOwnerSession },
  },
  {
    field: "Mutation.revokeApiKey",
    operation: `mutation($id: ID!) { revokeApiKey(id: $id) { ${API_KEY} } }`,
    variables: (v) => ({ id: v.apiKeyId }),
    unchanged: async (platform, v) => {
      const asKey = { accessToken: "", refreshToken: "", headers: { authorization: `Bearer ${v.apiKeySecret}` } };
      const seen = await platform.query<{ organization: { id: string } | null }>(
        `query($id: ID!) { organization(id: $id) { id } }`,
        { id: v.organizationId },
        asKey,
      );
      return seen.data?.organization?.id === v.organizationId;
    },
    control: {
      by: "victim",
      // Revoking the fixture's key would end it: a key of the control's own is revoked.
      prepare: async (platform, v) => {
        const made = (await asOwner(
          platform,
          v,
          `mutation { createApiKey(name: "control") { apiKey { id } secret } }`,
          {},
        )) as {
          createApiKey: { apiKey: { id: string }; secret: string };
        };
        return { ...v, apiKeyId: made.createApiKey.apiKey.id, apiKeySecret: made.createApiKey.secret };
      },
    },
  },
  {
    field: "Mutation.createApiKey",
    operation: `mutation($name: String!) { createApiKey(name: $name) { apiKey { ${API_KEY} } secret } }`,
    variables: (_v, tag) => ({ name: `probe ${tag}` }),
    // A key an attacker may create for its own organisation must not open the victim's.
    unchanged: async (platform, v, _tag, answer) => {
      const secret = (answer.data as { createApiKey?: { secret: string } } | null)?.createApiKey?.secret;
      if (!secret) return true;
      const asKey = { accessToken: "", refreshToken: "", headers: { authorization: `Bearer ${secret}` } };
      const seen = await platform.query(
        `query($id: ID!) { organization(id: $id) { id } }`,
        { id: v.organizationId },
        asKey,
      );
      return (seen.data as { organization: unknown } | undefined)?.organization === null;
    },
    control: BY_OWNER,
  },
  {
    field: "Mutation.signIn",
    operation: `mutation { signIn(email: "it@adcock.co.za", code: "000000") { ${SESSION_TOKENS} } }`,
    variables: () => ({}),
    unchanged: async (_p, _v, _t, answer) => answer.data === null || answer.data === undefined,
    control: {
      by: "signing-in owner",
      // The owner, with the code from the owner's inbox.
      operation: `mutation($code: String!) { signIn(email: "it@adcock.co.za", code: $code) { ${SESSION_TOKENS} } }`,
      variables: async (platform) => {
        await platform.query(
          `mutation { requestSignInCode(email: "it@adcock.co.za") { accepted } }`,
          {},
          undefined,
          "203.0.113.252",
        );
        return { code: await platform.latestCodeFor("it@adcock.co.za") };
      },
    },
  },
  {
    field: "Mutation.refreshSession",
    operation: `mutation { refreshSession(refreshToken: "dcx_rt_not-a-real-token") { ${SESSION_TOKENS} } }`,
    variables: () => ({}),
    unchanged: async (_p, _v, _t, answer) => answer.data === null || answer.data === undefined,
    control: {
      by: "victim",
      // A refresh token of the owner's own, from a sign-in of the control's own.
      operation: `mutation($token: String!) { refreshSession(refreshToken: $token) { ${SESSION_TOKENS} } }`,
      variables: async (platform) => ({ token: (await platform.signIn("it@adcock.co.za")).refreshToken }),
    },
  },
  {
    field: "Mutation.requestSignInCode",
    operation: SIGN_IN_CODE_REQUEST,
    variables: () => ({ email: "auditor@adcock.co.za" }),
    // The answer for an existing address must equal the answer for one that does not exist, asked
    // as often (the same number of requests per e-mail) from a client of its own.
    unchanged: async (platform, _v, _t, answer) => {
      const unknown = await platform.query(
        `mutation { requestSignInCode(email: "nobody@adcock.co.za") { accepted expiresInSeconds } }`,
        {},
        undefined,
        "203.0.113.253",
      );
      const shape = (result: GraphQLResponse) =>
        JSON.stringify({ data: result.data ?? null, codes: (result.errors ?? []).map((e) => e.extensions?.code) });
      return shape(unknown) === shape(answer);
    },
    control: {
      by: "signing-in owner",
      // Every accepted request is answered alike (what the check asserts), so no rightful request
      // can make a difference: the same request asking for less of the answer stands in for one
      // that differs, and the same request from a client of its own must pass first.
      operation: `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`,
      answerBefore: (platform) =>
        platform.query(SIGN_IN_CODE_REQUEST, { email: "auditor@adcock.co.za" }, undefined, FRESH_CLIENT_ADDRESS),
    },
  },
  {
    field: "Mutation.signOut",
    operation: "mutation { signOut }",
    variables: () => ({}),
    unchanged: (platform, v) => victimOwnerStillSignedIn(platform, v),
    control: { by: "victim", prepare: freshOwnerSession },
  },
  // Last: a VM made by a control holds money on the victim's wallet, which the wallet probes check.
  ...VM_WRITE_PROBES,
];
