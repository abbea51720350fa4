import { randomUUID } from "node:crypto";

/** What the baselines need from the seeded platform. */
export interface BaselineWorld {
  /** Organisation ids by demo name ("Datacentrix", "Adcock", …). */
  organizations: Record<string, string>;
  /** An active hold, a network and a running VM with a disk that exist, so that their mutations check every other input. */
  holdId: string;
  networkId: string;
  vmId: string;
  diskId: string;
  /** A custom alert rule of Adcock's, so that updating it checks every other input. */
  alertRuleId: string;
}

/** The probe VM's name: deleteVm's baseline types it back. */
const PROBE_VM = "hostile-probe-vm";

type Send = (query: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors?: unknown }>;

/** Creates, through the gateway, what the baselines refer to. */
export async function prepareWorld(organizations: Record<string, string>, send: Send): Promise<BaselineWorld> {
  const partial = { organizations, holdId: "", networkId: "", vmId: "", diskId: "", alertRuleId: "" };
  const hold = await send(
    "mutation($expiresAt: DateTimeISO!, $idempotencyKey: String!, $reason: String!, $amount: Decimal!, $organizationId: ID!) " +
      "{ placeHold(expiresAt: $expiresAt, idempotencyKey: $idempotencyKey, reason: $reason, amount: $amount, organizationId: $organizationId) { id } }",
    BASELINES.placeHold!(partial),
  );
  const network = await send(
    "mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }",
    BASELINES.createNetwork!(partial),
  );
  const rule = await send(
    "mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { id } }",
    BASELINES.createAlertRule!(partial),
  );
  const holdId = (hold.data as { placeHold?: { id: string } } | undefined)?.placeHold?.id;
  const networkId = (network.data as { createNetwork?: { id: string } } | undefined)?.createNetwork?.id;
  const alertRuleId = (rule.data as { createAlertRule?: { id: string } } | undefined)?.createAlertRule?.id;
  if (!holdId || !networkId || !alertRuleId) {
    throw new Error(`baseline world: ${JSON.stringify([hold.errors, network.errors, rule.errors])}`);
  }
  return { organizations, holdId, networkId, alertRuleId, ...(await probeVm(organizations, send)) };
}

/** Creates the probe VM through the graph and waits for its job to make it. */
async function probeVm(organizations: Record<string, string>, send: Send): Promise<{ vmId: string; diskId: string }> {
  const created = await send("mutation($input: CreateVmInput!) { createVm(input: $input) { id } }", {
    input: {
      organizationId: organizations.Adcock,
      name: PROBE_VM,
      vcpuCount: 1,
      memoryGb: 1,
      disks: [{ capacityGb: 10, tier: "STANDARD" }],
      idempotencyKey: key(),
    },
  });
  const operationId = (created.data as { createVm?: { id: string } } | undefined)?.createVm?.id;
  if (!operationId) throw new Error(`baseline world: ${JSON.stringify(created.errors)}`);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const polled = await send("query($id: ID!) { vmOperation(id: $id) { status vm { id disks { id } } } }", {
      id: operationId,
    });
    const operation = (polled.data as { vmOperation: { status: string; vm: { id: string; disks: { id: string }[] } } })
      .vmOperation;
    if (operation.status === "SUCCEEDED") return { vmId: operation.vm.id, diskId: operation.vm.disks[0]!.id };
    if (operation.status === "FAILED") throw new Error("baseline world: the probe VM was not created");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("baseline world: the probe VM took over a minute");
}

type Baseline = (world: BaselineWorld) => Record<string, unknown>;

const tomorrow = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString();
const key = () => `hostile-${randomUUID()}`;
const network = (octet: number) => ({
  name: `Probe network ${octet}`,
  cidr: `10.${octet}.0.0/24`,
  gateway: `10.${octet}.0.1`,
  dhcpRange: { first: `10.${octet}.0.10`, last: `10.${octet}.0.99` },
  staticRange: { first: `10.${octet}.0.100`, last: `10.${octet}.0.200` },
});

/**
 * A valid call of every mutation, by name, as provider staff (ops@datacentrix.co.za). The test
 * sends each hostile value into one input of it at a time, so every other input is right and a
 * refusal can only be the hostile value's. A mutation without a baseline fails the test: a new
 * mutation cannot slip past. Each baseline is also sent as it is at the end, to prove it passes
 * input validation (it may still be NOT_FOUND, e.g. an id that does not exist).
 */
export const BASELINES: Record<string, Baseline> = {
  // catalog
  createProduct: () => ({
    input: {
      sku: "licence.hostile-probe",
      name: "Hostile probe licence",
      description: "A licence for probing",
      category: "LICENCE",
      unit: "MONTH",
      unitPrice: "12.50",
    },
  }),
  setProductPrice: () => ({ sku: "compute.vcpu", unitPrice: "1.00", effectiveFrom: tomorrow() }),
  setVatRate: () => ({ rate: "0.15", effectiveFrom: tomorrow() }),
  createVmSize: () => ({
    input: {
      name: "general.hostile",
      description: "A size for probing",
      vcpuCount: 2,
      memoryGb: 4,
      bootDisk: { tier: "STANDARD", capacityGb: 50 },
    },
  }),
  retireVmSize: () => ({ name: "general.unknown" }),
  // tenancy
  createApiKey: () => ({ name: "Probe key", readOnly: true }),
  revokeApiKey: () => ({ id: randomUUID() }),
  createOrganization: (world) => ({
    input: { name: "Hostile Probe Pty", kind: "CUSTOMER", parentId: world.organizations.Datacentrix },
  }),
  signIn: () => ({
    email: "nobody@example.com",
    code: "123456",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) Probe/1.0",
  }),
  refreshSession: () => ({ refreshToken: "dcx_refresh_unknown" }),
  signOut: () => ({}),
  revokeSession: () => ({ id: randomUUID() }),
  requestSignInCode: () => ({ email: "nobody@example.com" }),
  createUser: (world) => ({
    input: {
      organizationId: world.organizations.Adcock,
      email: "hostile.probe@adcock.co.za",
      displayName: "Hostile Probe",
      role: "READ_ONLY",
    },
  }),
  updateBillingDetails: (world) => ({
    organizationId: world.organizations.Adcock,
    billingAddress: "1 Probe Street\nMidrand\n1685",
    vatNumber: "4111 111 111",
  }),
  updateUserRole: () => ({ role: "MEMBER", userId: randomUUID() }),
  disableUser: () => ({ userId: randomUUID() }),
  // Single sign-on: an organisation that does not exist (NOT_FOUND once the input is checked), a
  // domain no organisation signs in, a sign-in this platform never started.
  setSingleSignOn: () => ({
    organizationId: randomUUID(),
    input: {
      issuer: "https://idp.example.com",
      clientId: "dcx-cloud",
      clientSecret: "probe-client-secret",
      emailDomains: ["example.com"],
      allowEmailCodes: true,
      jitProvisioning: false,
      jitDefaultRole: "MEMBER",
    },
  }),
  clearSingleSignOn: () => ({ organizationId: randomUUID() }),
  startSingleSignOn: () => ({ email: "nobody@example.com", redirectUri: "http://127.0.0.1:5173/sso/callback" }),
  completeSingleSignOn: () => ({
    callbackUrl: "http://127.0.0.1:5173/sso/callback?code=unknown&state=unknown",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) Probe/1.0",
  }),
  // vms
  // The prepared network holds 10.99.0.0/24: the baseline's own must not clash with it.
  createNetwork: (world) => ({
    input: { organizationId: world.organizations.Adcock, ...network(world.networkId ? 98 : 99) },
  }),
  updateNetworkRanges: (world) => ({
    id: world.networkId,
    dhcpRange: network(99).dhcpRange,
    staticRange: network(99).staticRange,
  }),
  deleteNetwork: () => ({ id: randomUUID() }),
  createVm: (world) => ({
    input: {
      organizationId: world.organizations.Adcock,
      name: "hostile-baseline-vm",
      size: "general.small",
      disks: [{ label: "Data", capacityGb: 20, tier: "STANDARD" }],
      guestOs: "ubuntu64Guest",
      network: { networkId: world.networkId, ipMode: "STATIC", ipAddress: "10.99.0.150" },
      licences: [{ sku: "licence.rhel", quantity: 1 }],
      idempotencyKey: key(),
    },
  }),
  // The probe VM runs: powering it on again is CONFLICT, which is not a refusal of the input.
  powerOnVm: (world) => ({ id: world.vmId }),
  powerOffVm: (world) => ({ id: world.vmId }),
  shutdownVm: (world) => ({ id: world.vmId }),
  rebootVm: (world) => ({ id: world.vmId }),
  suspendVm: (world) => ({ id: world.vmId }),
  resizeVm: (world) => ({ id: world.vmId, vcpuCount: 2, memoryGb: 2 }),
  addVmDisk: (world) => ({ id: world.vmId, disk: { label: "Extra", capacityGb: 5, tier: "ARCHIVE" } }),
  growVmDisk: (world) => ({ id: world.vmId, diskId: world.diskId, capacityGb: 20 }),
  deleteVm: (world) => ({ id: world.vmId, confirmName: PROBE_VM }),
  syncVmInventory: () => ({}),
  // telemetry-billing
  createAlertRule: (world) => ({
    input: {
      organizationId: world.organizations.Adcock,
      name: "Hostile probe rule",
      metric: "CPU",
      operator: "GREATER_THAN",
      threshold: 95,
      durationMinutes: 15,
      severity: "WARNING",
      enabled: true,
    },
  }),
  updateAlertRule: (world) => ({
    id: world.alertRuleId,
    input: {
      name: "Probe",
      operator: "LESS_THAN",
      threshold: 5,
      durationMinutes: 10,
      severity: "CRITICAL",
      enabled: true,
    },
  }),
  deleteAlertRule: () => ({ id: randomUUID() }),
  acknowledgeAlert: () => ({ id: randomUUID() }),
  setMonthlyBudget: (world) => ({ organizationId: world.organizations.Adcock, amount: "20000.00" }),
  setResellerCommission: (world) => ({
    resellerId: world.organizations.CloudTech,
    percent: "10",
    fromMonth: `${new Date().getUTCFullYear() + 1}-01`,
  }),
  // wallet
  setLowBalanceAlert: (world) => ({
    email: "finance@adcock.co.za",
    threshold: "100.00",
    organizationId: world.organizations.Adcock,
  }),
  placeHold: (world) => ({
    expiresAt: tomorrow(),
    idempotencyKey: key(),
    reason: "Probe hold",
    amount: "10.00",
    organizationId: world.organizations.Adcock,
    keepAvailable: "0.00",
  }),
  captureHold: (world) => ({ idempotencyKey: key(), description: "Probe", amount: "1.00", holdId: world.holdId }),
  releaseHold: (world) => ({ holdId: world.holdId }),
  setCreditLimit: (world) => ({ amount: "0.00", organizationId: world.organizations.Adcock }),
  setSuspensionPolicy: (world) => ({ organizationId: world.organizations.Adcock, enabled: true, graceHours: 72 }),
  grantCredit: (world) => ({
    organizationId: world.organizations.Adcock,
    amount: "10.00",
    idempotencyKey: key(),
    description: "Probe credit",
  }),
  refundToWallet: (world) => ({
    organizationId: world.organizations.Adcock,
    amount: "10.00",
    idempotencyKey: key(),
    description: "Probe refund",
  }),
  postUsageCharge: (world) => ({
    organizationId: world.organizations.Adcock,
    amount: "10.00",
    idempotencyKey: `usage:${key()}`,
    description: "Probe usage",
  }),
  adjustWallet: (world) => ({
    organizationId: world.organizations.Adcock,
    amount: "10.00",
    idempotencyKey: key(),
    reason: "Probe adjustment",
  }),
  startTopUp: (world) => ({
    input: {
      organizationId: world.organizations.Adcock,
      amount: "100.00",
      email: "finance@adcock.co.za",
      idempotencyKey: key(),
      saveCard: false,
    },
  }),
  // An unknown card: every other input is checked before the card is looked up (NOT_FOUND).
  payWithSavedCard: () => ({
    input: { cardId: randomUUID(), amount: "100.00", email: "finance@adcock.co.za", idempotencyKey: key() },
  }),
  removeSavedCard: () => ({ cardId: randomUUID() }),
  setAutoTopUp: (world) => ({
    input: {
      organizationId: world.organizations.Adcock,
      cardId: randomUUID(),
      threshold: "100.00",
      amount: "500.00",
      minHoursBetween: 24,
      monthlyCap: "2000.00",
      email: "finance@adcock.co.za",
      enabled: true,
    },
  }),
};
