import { ORGANIZATION_ALERT_FIELDS, VM_ALERT_FIELDS } from "./alert-probes";
import { ORGANIZATION_BILLING_FIELDS } from "./billing-probes";
import { WALLET_CARD_FIELDS } from "./saved-card-probes";

/** Full selections of every public type, so each probe reads everything a leak could expose. */
export const USER = "id email displayName role createdAt disabledAt organization { id name }";
export const MONEY = "amount currency";
export const TOP_UP = `id reference status email resultDescription createdAt settledAt saveCard amount { ${MONEY} }`;
export const TOP_UP_START = `topUp { ${TOP_UP} } redirect { url fields { name value } }`;
export const LOW_BALANCE_ALERT = `threshold { ${MONEY} } email warned`;
export const LEDGER_ENTRY = `id kind amount { ${MONEY} } description createdAt`;
export const HOLD = `id status reason expiresAt createdAt settledAt amount { ${MONEY} } captured { ${MONEY} }`;
export const WALLET = `id currency balance { ${MONEY} } available { ${MONEY} } creditLimit { ${MONEY} }
  usageRunway { dailyUsage { ${MONEY} } days }
  suspensionPolicy { enabled graceHours } arrears { since graceEndsAt vmsSuspendedAt shortfall { ${MONEY} } }
  entries(first: 5) { id kind amount { ${MONEY} } description createdAt } holds(activeOnly: false) { ${HOLD} }
  topUps(first: 5) { ${TOP_UP} } lowBalanceAlert { ${LOW_BALANCE_ALERT} } ${WALLET_CARD_FIELDS}
  breakdown { paid { ${MONEY} } granted { ${MONEY} } spent { ${MONEY} } adjusted { ${MONEY} } }
  transactions(first: 5) { totalCount edges { cursor node { ${LEDGER_ENTRY} } } pageInfo { hasNextPage endCursor } }`;
const SERIES = "unit average maximum";
/** Every series of a metric window. */
export const VM_METRICS = `since until stepMinutes resolutionMinutes ${[
  "cpu",
  "cpuReady",
  "memory",
  "memoryActive",
  "diskRead",
  "diskWrite",
  "diskReadIops",
  "diskWriteIops",
  "diskLatency",
  "networkReceive",
  "networkTransmit",
]
  .map((series) => `${series} { ${SERIES} }`)
  .join(" ")}`;
export const VM_TELEMETRY = `sampledAt stale poweredOn powerStateSince cpu cpuReady memory memoryActive diskRead diskWrite
  diskReadIops diskWriteIops diskLatency networkReceive networkTransmit uptimeSeconds`;
export const ACTOR = "kind id";
export const VM_OPERATION = `id kind status progress error { code message } requestedBy { ${ACTOR} }
  createdAt startedAt finishedAt vm { id name }`;
export const VM = `id name powerState vcpuCount memoryMib memoryGb lifecycle instanceUuid guestOs ipAddresses host
  datastore toolsStatus createdAt updatedAt nics { id portGroup macAddress ipMode ipAddress }
  operations(first: 5) { ${VM_OPERATION} }
  disks { id label capacityGb tier } organization { id name }
  estimatedMonthlyCost { lines { description sku quantity unitPrice { ${MONEY} } amount { ${MONEY} } }
    monthlyTotal { ${MONEY} } hourlyRate { ${MONEY} } }
  metrics(window: { preset: LAST_DAY }) { ${VM_METRICS} } telemetry { ${VM_TELEMETRY} }
  guestDisks { path capacityGb usedGb usedPercent sampledAt } ${VM_ALERT_FIELDS}
  monthCost { toDate { ${MONEY} } projectedMonthEnd { ${MONEY} } meteredUntil }`;
const IP_RANGE = "first last size";
export const NETWORK = `id name cidr gateway portGroup createdAt organization { id name }
  dhcpRange { ${IP_RANGE} } staticRange { ${IP_RANGE} } allocations { address holder allocatedAt } freeStaticAddressCount`;
/** A page of VMs with every field, and the same list narrowed by both filters. */
export const VM_PAGES = `vms(first: 5) { totalCount edges { cursor node { ${VM} } } pageInfo { hasNextPage endCursor } }
  filteredVms: vms(first: 5, powerState: POWERED_ON, search: "a") { totalCount edges { node { id name } } }`;
export const VM_OPERATIONS = `vmOperations(first: 5) { edges { cursor node { ${VM_OPERATION} } } pageInfo { hasNextPage endCursor } }`;
export const AUDIT_EVENT = `id organization { id name } vm { id name } vmName kind actor { ${ACTOR} } outcome before after
  message operationId occurredAt`;
export const VM_INVENTORY_SYNC_REPORT =
  "seen inserted changed refreshed unchanged vanished unassigned deferred skipped ms vcenterMs";
export const ORGANIZATION_USAGE = `since until stepMinutes resolutionMinutes measuredVmCount averageCpuPercent
  peakCpuPercent averageMemoryPercent peakMemoryPercent cpu { unit average maximum } memory { unit average maximum }
  topVmsByCpu { vm { id name } averageCpuPercent peakCpuPercent }`;
export const CURRENT_BILL = `month periodStart periodEnd meteredUntil
  lines { vmId vm { id name } sku description unit quantity unitPrice { ${MONEY} } vatRate amount { ${MONEY} } }
  subtotal { ${MONEY} } vatByRate { rate taxable { ${MONEY} } vat { ${MONEY} } } vat { ${MONEY} } total { ${MONEY} }
  projectedTotal { ${MONEY} }`;
/** The VMs ranked by cost this month, and by CPU (only the organisation's own VMs may appear). */
export const VM_RANKINGS = `vmRanking(by: MONTH_COST, first: 5) { totalCount withDataCount meteredUntil since until
    edges { cursor node { id name } hasData cost { ${MONEY} } cpuAveragePercent } pageInfo { hasNextPage endCursor } }
  cpuRanking: vmRanking(by: CPU_AVERAGE, first: 5) { totalCount edges { node { id name } cpuAveragePercent } }`;
export const FLEET = "organizationCount vmCount byPowerState { powerState vmCount } vcpuCount memoryGb diskTb";
export const VM_SUSPENSION = "organizationId suspendedAt reason liftedAt powerOffOperations";
export const ORGANIZATION = `id name kind createdAt billingAddress vatNumber userCount parent { id name } children { id name }
  users { ${USER} } wallet { ${WALLET} } ${VM_PAGES} ${VM_OPERATIONS} networks { ${NETWORK} } fleet { ${FLEET} }
  vmSuspension { ${VM_SUSPENSION} } ${VM_RANKINGS}
  usage(window: { preset: LAST_DAY }) { ${ORGANIZATION_USAGE} } ${ORGANIZATION_ALERT_FIELDS}
  currentBill { ${CURRENT_BILL} } ${ORGANIZATION_BILLING_FIELDS}`;
/**
 * A list of organisations, within the gateway's cost limit (a list of 50 times every nested list
 * would not be): enough of each organisation's data to show a leak; `ORGANIZATION` on
 * `organization(id)` covers every field.
 */
export const ORGANIZATION_LIST = `id name kind billingAddress vatNumber parent { id name } children { id name } users { id email }
  wallet { id } vms(first: 5) { totalCount edges { node { id name } } } networks { id name portGroup } fleet { vmCount }`;
export const PRODUCT = `id sku name description category unit unitPrice { ${MONEY} } priceEffectiveFrom
  upcomingPrices { sku unitPrice { ${MONEY} } effectiveFrom }`;
export const SESSION = "id createdAt lastRefreshedAt expiresAt clientAddress current";
export const API_KEY = "id name secretPrefix readOnly createdAt lastUsedAt revokedAt createdBy { id email }";
export const SESSION_TOKENS = `accessToken accessTokenExpiresAt refreshToken user { ${USER} }`;
export const VM_ESTIMATE = `lines { description sku quantity unitPrice { ${MONEY} } amount { ${MONEY} } }
  monthlySubtotal { ${MONEY} } hourlyRate { ${MONEY} } vat { rate effectiveFrom amount { ${MONEY} } } monthlyTotal { ${MONEY} }`;
export const VAT_RATE = "rate effectiveFrom";
export const VM_SIZE = `name description vcpuCount memoryGb bootDisk { tier capacityGb } estimate { ${VM_ESTIMATE} }`;
