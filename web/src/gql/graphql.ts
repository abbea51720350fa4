/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number serialised as a string, e.g. "1234.56". */
  Decimal: { input: string; output: string; }
  /** Numbers, one per bucket of the window, null where the bucket has no sample; a JSON array. */
  MetricValues: { input: Array<number | null>; output: Array<number | null>; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** Who acted: a user, an API key, the platform, or a suspension for unpaid usage. */
export type Actor = {
  __typename?: 'Actor';
  /** The user's, API key's or suspension's id; null for the platform. */
  id?: Maybe<Scalars['ID']['output']>;
  kind: ActorKind;
};

/** A signed-in user, a partner's API key, the platform, or the platform acting on the organisation's suspension for unpaid usage. */
export type ActorKind =
  | 'API_KEY'
  | 'SUSPENSION'
  | 'SYSTEM'
  | 'USER';

/** Who acknowledged an alert, and when. */
export type AlertAcknowledgement = {
  __typename?: 'AlertAcknowledgement';
  /** The user's or the API key's id. */
  actorId: Scalars['ID']['output'];
  actorKind: AlertActorKind;
  at: Scalars['DateTimeISO']['output'];
};

export type AlertActorKind =
  | 'API_KEY'
  | 'USER';

/** What a rule watches: a VM metric (as in `VmMetrics`), GUEST_DISK_USED (the fullest file system inside the guest, % used) or NO_SAMPLES (a powered-on VM that sends nothing). */
export type AlertMetric =
  | 'CPU'
  | 'CPU_READY'
  | 'DISK_LATENCY'
  | 'DISK_READ'
  | 'DISK_READ_IOPS'
  | 'DISK_WRITE'
  | 'DISK_WRITE_IOPS'
  | 'GUEST_DISK_USED'
  | 'MEMORY'
  | 'MEMORY_ACTIVE'
  | 'NETWORK_RECEIVE'
  | 'NETWORK_TRANSMIT'
  | 'NO_SAMPLES';

export type AlertOperator =
  | 'GREATER_THAN'
  | 'GREATER_THAN_OR_EQUAL'
  | 'LESS_THAN'
  | 'LESS_THAN_OR_EQUAL';

/** Why an alert stopped: its condition cleared, the VM was powered off, or its rule was changed, disabled or deleted. */
export type AlertResolution =
  | 'CONDITION_CLEARED'
  | 'RULE_CHANGED'
  | 'RULE_DELETED'
  | 'RULE_DISABLED'
  | 'VM_POWERED_OFF';

/** A condition on a VM's samples that fires an alert once it has held for `durationMinutes`. Every organisation has the default rules (changeable, not deletable) and may add its own. */
export type AlertRule = {
  __typename?: 'AlertRule';
  createdAt: Scalars['DateTimeISO']['output'];
  /** How long the condition must hold: a multiple of 5 (one sample each); 0 fires on one sample. */
  durationMinutes: Scalars['Int']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** One of the platform's default rules: it can be changed or disabled, not deleted. */
  isDefault: Scalars['Boolean']['output'];
  metric: AlertMetric;
  name: Scalars['String']['output'];
  /** Ignored for NO_SAMPLES: silence longer than the duration fires. */
  operator: AlertOperator;
  organization: Organization;
  severity: AlertSeverity;
  /** In `unit`, 2 decimals; null for NO_SAMPLES. */
  threshold?: Maybe<Scalars['Float']['output']>;
  /** Unit of the threshold and of alert values: %, ms, KB/s, IOPS, MB, or min for NO_SAMPLES. */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** How much a firing alert lowers the VM's health: CRITICAL 40 points, WARNING 15. */
export type AlertSeverity =
  | 'CRITICAL'
  | 'WARNING';

export type AlertState =
  | 'FIRING'
  | 'RESOLVED';

/** A partner's credential for the caller's organisation. The secret itself is never shown again. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who created the key. */
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** When the gateway last looked the key up (it reuses the answer for its caller-cache time, 30 s by default). */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** A read-only key can read but never change anything. */
  readOnly: Scalars['Boolean']['output'];
  /** When the key was revoked; a revoked key is refused. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The secret's first 12 characters ("dcx_key_" and 4 more), to tell keys apart. */
  secretPrefix: Scalars['String']['output'];
};

/** Who did what to which VM, and how it ended. Never changed once written. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  actor: Actor;
  /** What changed, after, as JSON text. */
  after?: Maybe<Scalars['String']['output']>;
  /** What changed, before, as JSON text, e.g. `{"powerState":"powered_off"}`. */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** `vm.<operation kind>` (e.g. `vm.power_on`), `drift.vm_appeared`, `drift.vm_changed`, `drift.vm_vanished`, or `suspension.started`, `suspension.lifted` (the organisation's VMs suspended for unpaid usage, and lifted). */
  kind: Scalars['String']['output'];
  message?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The operation this event records, when there is one. */
  operationId?: Maybe<Scalars['ID']['output']>;
  /** The organisation whose trail holds the event. */
  organization: Organization;
  outcome: AuditOutcome;
  /** The VM, while it exists; `vmName` keeps its name after. */
  vm?: Maybe<Vm>;
  /** The VM's name when it happened (it may since be renamed or deleted). */
  vmName?: Maybe<Scalars['String']['output']>;
};

/** A page of an organisation's audit trail, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

/** One audit event in a page, with the cursor that points just after it. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque; pass it as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** How it ended: an operation SUCCEEDED or FAILED; DETECTED is a change found in vCenter, made outside the platform. */
export type AuditOutcome =
  | 'DETECTED'
  | 'FAILED'
  | 'SUCCEEDED';

/** When available falls below `threshold`, top up `amount` from `card`, at most once per `minHoursBetween` hours and at most `monthlyCap` per calendar month (South African time). */
export type AutoTopUpRule = {
  __typename?: 'AutoTopUpRule';
  amount: Money;
  card: SavedCard;
  /** Failures in a row; the third turns the rule off. */
  consecutiveFailures: Scalars['Int']['output'];
  /** Why the wallet turned the rule off, e.g. after three failures. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** Told of every attempt, besides the billing users. */
  email: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  /** The rule's latest attempt. */
  lastAttempt?: Maybe<CardCharge>;
  minHoursBetween: Scalars['Int']['output'];
  monthlyCap: Money;
  threshold: Money;
  /** Charged (or being charged) by the rule this calendar month. */
  usedThisMonth: Money;
};

/** One product's use by one VM at one price: what a bill line charges. */
export type BillLine = {
  __typename?: 'BillLine';
  /** Quantity × unit price, rounded to the cent, excluding VAT. */
  amount: Money;
  /** The product's name. */
  description: Scalars['String']['output'];
  /** Units billed, 4 decimals; a month counts 730 hours whatever its length. */
  quantity: Scalars['Decimal']['output'];
  /** Catalog SKU, e.g. compute.vcpu. */
  sku: Scalars['String']['output'];
  /** What the price is per: vcpu_hour, gb_ram_hour, gb_month… */
  unit: Scalars['String']['output'];
  /** Price per unit excluding VAT (6 decimals). */
  unitPrice: Money;
  /** VAT rate on the line, e.g. "0.1500". */
  vatRate: Scalars['Decimal']['output'];
  /** Null once the VM is deleted (its usage is still billed). */
  vm?: Maybe<Vm>;
  /** The VM, also once it is deleted. */
  vmId: Scalars['ID']['output'];
};

/** VAT charged at one rate. */
export type BillVat = {
  __typename?: 'BillVat';
  rate: Scalars['Decimal']['output'];
  /** The lines' amounts at this rate. */
  taxable: Money;
  vat: Money;
};

/** ACTUAL: the bill so far reached the threshold; FORECAST: only its month-end projection did. */
export type BudgetBasis =
  | 'ACTUAL'
  | 'FORECAST';

/** A share of the budget reached this month; each is e-mailed once a month. */
export type BudgetThreshold = {
  __typename?: 'BudgetThreshold';
  basis: BudgetBasis;
  /** When the e-mail went out; null while it waits. */
  emailedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 50, 80 or 100. */
  percent: Scalars['Int']['output'];
  reachedAt: Scalars['DateTimeISO']['output'];
};

/** A top-up charged to a saved card through PayGate's PayHost, credited only on PayGate's word. */
export type CardCharge = {
  __typename?: 'CardCharge';
  amount: Money;
  /** Started by the automatic top-up rule rather than a person. */
  automatic: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Our reference at PayGate for this attempt. */
  reference: Scalars['String']['output'];
  /** PayGate's reason, e.g. Auth Done, Card Expired. */
  resultDescription?: Maybe<Scalars['String']['output']>;
  settledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: CardChargeStatus;
};

/** Where a saved-card top-up stands. */
export type CardChargeStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'FAILED'
  | 'PROCESSING'
  | 'QUEUED'
  | 'UNKNOWN';

/** One customer's part of a commission statement; amounts exclude VAT. */
export type CommissionLine = {
  __typename?: 'CommissionLine';
  /** What the reseller invoiced the customer for the month. */
  billed: Money;
  customerId: Scalars['ID']['output'];
  /** As on the reseller's invoice to the customer. */
  customerName: Scalars['String']['output'];
  /** Billed less margin: what the provider invoices the reseller for it. */
  due: Money;
  /** The reseller's invoice to the customer. */
  invoiceNumber: Scalars['String']['output'];
  /** The reseller's commission: its percentage of billed, rounded per customer. */
  margin: Money;
};

/** A reseller's commission for a billing month, per customer; amounts exclude VAT. */
export type CommissionStatement = {
  __typename?: 'CommissionStatement';
  billed: Money;
  due: Money;
  id: Scalars['ID']['output'];
  /** The provider's invoice to the reseller that charges the amounts due. */
  invoiceNumber: Scalars['String']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  lines: Array<CommissionLine>;
  margin: Money;
  month: Scalars['String']['output'];
  /** The commission percentage in force for the month. */
  percent: Scalars['Decimal']['output'];
};

/** A page of a reseller's commission statements, newest first. */
export type CommissionStatementConnection = {
  __typename?: 'CommissionStatementConnection';
  edges: Array<CommissionStatementEdge>;
  pageInfo: PageInfo;
};

export type CommissionStatementEdge = {
  __typename?: 'CommissionStatementEdge';
  cursor: Scalars['String']['output'];
  node: CommissionStatement;
};

/** One priced part of a VM's monthly cost. */
export type CostLine = {
  __typename?: 'CostLine';
  /** quantity × unitPrice rounded half away from zero to the cent. */
  amount: Money;
  /** What is charged, e.g. "4 vCPU × 730 h". */
  description: Scalars['String']['output'];
  /** Exact count of the product's units, e.g. vCPU-hours or GB-months. */
  quantity: Scalars['Decimal']['output'];
  /** The catalog product whose price applies. */
  sku: Scalars['String']['output'];
  /** Price per unit excluding VAT, at 6 decimals, e.g. "0.152300". */
  unitPrice: Money;
};

export type CreateAlertRuleInput = {
  /** 0–1440, a multiple of 5; NO_SAMPLES: 15–1440. */
  durationMinutes: Scalars['Int']['input'];
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  metric: AlertMetric;
  /** 1–80 characters. */
  name: Scalars['String']['input'];
  /** Default GREATER_THAN. */
  operator?: InputMaybe<AlertOperator>;
  organizationId: Scalars['ID']['input'];
  /** Default WARNING. */
  severity?: InputMaybe<AlertSeverity>;
  /** Required except for NO_SAMPLES; in the metric's unit, at most 2 decimals, 0–100 for percentages. */
  threshold?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateNetworkInput = {
  /** IPv4 subnet in CIDR form, /8 to /29, e.g. 10.20.0.0/24. */
  cidr: Scalars['String']['input'];
  dhcpRange: IpRangeInput;
  /** A usable address of the subnet, outside both ranges. */
  gateway: Scalars['String']['input'];
  /** 1–80 characters, unique in the organisation ignoring case. */
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  staticRange: IpRangeInput;
};

export type CreateOrganizationInput = {
  /** RESELLER or CUSTOMER. */
  kind: OrganizationKind;
  /** 2–100 characters, unique regardless of case. */
  name: Scalars['String']['input'];
  /** Where it sits; defaults to the caller's own organisation. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new catalog product with its first price (in force now or earlier). */
export type CreateProductInput = {
  category: ProductCategory;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** e.g. "licence.rhel". */
  sku: Scalars['String']['input'];
  unit: ProductUnit;
  /** Rand per unit excluding VAT, up to 6 decimals. */
  unitPrice: Scalars['Decimal']['input'];
};

export type CreateUserInput = {
  /** 1–100 characters. */
  displayName: Scalars['String']['input'];
  /** Unique across the platform; the user signs in with it. */
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role: UserRole;
};

/** A new VM: a named size, or vcpuCount and memoryGb. */
export type CreateVmInput = {
  /** Without a size: 1–16 disks, the first boots. With a size: extra disks after its boot disk. */
  disks?: InputMaybe<Array<VmDiskInput>>;
  /** A vSphere guest id of the allow-list; ubuntu64Guest by default. */
  guestOs?: InputMaybe<Scalars['String']['input']>;
  /** 8–200 characters, chosen by the caller: sending the same key again answers the same operation. */
  idempotencyKey: Scalars['String']['input'];
  licences?: InputMaybe<Array<VmLicenceInput>>;
  /** Whole GB, 1–4096, without a size. */
  memoryGb?: InputMaybe<Scalars['Int']['input']>;
  /** 1–80 letters, digits, '-', '_' or '.'; unique in the organisation ignoring case. */
  name: Scalars['String']['input'];
  network?: InputMaybe<VmNetworkInput>;
  organizationId: Scalars['ID']['input'];
  /** A catalog size, e.g. "general.small" (its boot disk comes with it). */
  size?: InputMaybe<Scalars['String']['input']>;
  /** 1–128, without a size. */
  vcpuCount?: InputMaybe<Scalars['Int']['input']>;
};

/** A new named VM size. */
export type CreateVmSizeInput = {
  bootDisk: DiskSpecInput;
  /** 1 to 200 characters. */
  description: Scalars['String']['input'];
  /** Whole GB of RAM, 1 to 4096. */
  memoryGb: Scalars['Int']['input'];
  /** Lower case, family dot size, e.g. "general.small"; unique. */
  name: Scalars['String']['input'];
  /** 1 to 128. */
  vcpuCount: Scalars['Int']['input'];
};

/** A new API key and its secret. The secret is shown this once: only its hash is kept. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** Send as `Authorization: Bearer <secret>`. Starts with "dcx_key_". */
  secret: Scalars['String']['output'];
};

/** An organisation's VMs' charges for the billing month so far (South African time). */
export type CurrentBill = {
  __typename?: 'CurrentBill';
  /** Per VM and product, ordered by VM. */
  lines: Array<BillLine>;
  /** Usage up to this hour is included; null before any. */
  meteredUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The month, e.g. "2026-11". */
  month: Scalars['ID']['output'];
  periodEnd: Scalars['DateTimeISO']['output'];
  periodStart: Scalars['DateTimeISO']['output'];
  /** Month-end total if the last metered day's spending continues for the rest of the month, VAT included. */
  projectedTotal: Money;
  /** Sum of the lines, excluding VAT. */
  subtotal: Money;
  /** Subtotal plus VAT. */
  total: Money;
  vat: Money;
  vatByRate: Array<BillVat>;
};

/** A disk of the VM to estimate. */
export type DiskSpecInput = {
  /** Whole GB, 1 to 65 536. */
  capacityGb: Scalars['Int']['input'];
  tier: StorageTier;
};

/** Top-ups, credit grants and refunds add money, charges take it, adjustments go either way. */
export type EntryKind =
  /** A correction by an operator, positive or negative. */
  | 'ADJUSTMENT'
  /** Money spent on services. */
  | 'CHARGE'
  /** Credit given by the provider or a reseller. */
  | 'CREDIT_GRANT'
  /** A charge given back. */
  | 'REFUND'
  /** Money paid in by the organisation. */
  | 'TOP_UP';

/** The VMs of an organisation and every organisation under it that the caller may see (a reseller's customers, the provider's whole estate), summed in the database. */
export type Fleet = {
  __typename?: 'Fleet';
  /** VM count for every power state, zeros included. */
  byPowerState: Array<FleetPowerStateCount>;
  /** Total provisioned disk in TB (GB / 1024), exact, e.g. "1.5". */
  diskTb: Scalars['Decimal']['output'];
  /** Total memory in GB (MiB / 1024), exact, e.g. "84". */
  memoryGb: Scalars['Decimal']['output'];
  /** Organisations summed: the organisation itself and those under it. */
  organizationCount: Scalars['Int']['output'];
  /** Total vCPUs (CPU cores). */
  vcpuCount: Scalars['Int']['output'];
  vmCount: Scalars['Int']['output'];
};

/** How many VMs of a fleet are in one power state. */
export type FleetPowerStateCount = {
  __typename?: 'FleetPowerStateCount';
  powerState: PowerState;
  vmCount: Scalars['Int']['output'];
};

/** One field of the form the browser posts to PayGate. */
export type FormField = {
  __typename?: 'FormField';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** A guest file system's use as VMware Tools report it. */
export type GuestDiskSampleInput = {
  capacityMb: Scalars['Int']['input'];
  freeMb: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
  path: Scalars['String']['input'];
  sampledAt: Scalars['DateTimeISO']['input'];
  vmId: Scalars['ID']['input'];
};

/** A guest file system's use as VMware Tools last reported it. */
export type GuestDiskUsage = {
  __typename?: 'GuestDiskUsage';
  capacityGb: Scalars['Float']['output'];
  /** Mount point or drive, e.g. `/data` or `C:\`. */
  path: Scalars['String']['output'];
  sampledAt: Scalars['DateTimeISO']['output'];
  usedGb: Scalars['Float']['output'];
  usedPercent: Scalars['Float']['output'];
};

/** An active hold reserves money; the other states are final. */
export type HoldStatus =
  | 'ACTIVE'
  | 'CAPTURED'
  | 'EXPIRED'
  | 'RELEASED';

/** A credential's caller, for the gateway only. */
export type InternalCaller = {
  __typename?: 'InternalCaller';
  /** True for provider staff, who see every organisation. */
  allOrganizations: Scalars['Boolean']['output'];
  /** The user's or the API key's id. */
  id: Scalars['ID']['output'];
  /** "user" or "api_key". */
  kind: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  /** "provider", "reseller" or "customer". */
  organizationKind: Scalars['String']['output'];
  /** True for the read-only role and for read-only API keys. */
  readOnly: Scalars['Boolean']['output'];
  /** "owner", "admin", "billing", "member" or "read_only"; "member" for API keys. */
  role: Scalars['String']['output'];
  /** The session, for a signed-in user. */
  sessionId?: Maybe<Scalars['ID']['output']>;
  /** The organisations the caller may see (its own one for provider staff). */
  visibleOrganizationIds: Array<Scalars['ID']['output']>;
};

/** A closed monthly bill: a full South African tax invoice, numbered without gaps per issuer, never changed once issued. */
export type Invoice = {
  __typename?: 'Invoice';
  /** The lines as CSV: /documents/invoices/<id>.csv */
  csvUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The supplier: the provider, or the reseller of a reseller's customer. */
  issuer: InvoicePartyDetails;
  /** Grouped by VM, then services resold. */
  lines: Array<InvoiceLine>;
  /** The billing month, e.g. "2026-10". */
  month: Scalars['String']['output'];
  /** e.g. "DCX-2026-000123": the issuer's prefix, the year, the sequence. */
  number: Scalars['String']['output'];
  /** The PDF, relative to the gateway: /documents/invoices/<id>.pdf */
  pdfUrl: Scalars['String']['output'];
  periodEnd: Scalars['DateTimeISO']['output'];
  periodStart: Scalars['DateTimeISO']['output'];
  recipient: InvoicePartyDetails;
  /** Excluding VAT. */
  subtotal: Money;
  /** "Tax Invoice". */
  title: Scalars['String']['output'];
  total: Money;
  vat: Money;
  vatByRate: Array<BillVat>;
};

/** A page of an organisation's invoices, newest first. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque; pass it as `after` to continue after this invoice. */
  cursor: Scalars['String']['output'];
  node: Invoice;
};

/** One line of a tax invoice; amounts exclude VAT. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  amount: Money;
  /** For services resold: the reseller's customer. */
  customerId?: Maybe<Scalars['ID']['output']>;
  description: Scalars['String']['output'];
  /** The heading the line is shown under: "VM <id>" or the services resold. */
  group: Scalars['String']['output'];
  kind: InvoiceLineKind;
  /** 4 decimals. */
  quantity: Scalars['Decimal']['output'];
  /** Catalog SKU; null for services resold. */
  sku?: Maybe<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
  /** Excluding VAT (6 decimals). */
  unitPrice: Money;
  /** The month whose usage the line bills, e.g. "2026-10" (earlier for an adjustment). */
  usageMonth: Scalars['String']['output'];
  /** e.g. "0.1500". */
  vatRate: Scalars['Decimal']['output'];
  /** The VM billed (its name comes from the vms subgraph). */
  vm?: Maybe<Vm>;
  vmId?: Maybe<Scalars['ID']['output']>;
};

/** Usage of the invoice's month, late usage of an earlier month, or services resold to a customer. */
export type InvoiceLineKind =
  | 'ADJUSTMENT'
  | 'RESOLD'
  | 'USAGE';

/** An organisation as a tax invoice names it. Trusted services only. */
export type InvoiceParty = {
  __typename?: 'InvoiceParty';
  /** 1–6 lines separated by line breaks (\n). */
  billingAddress?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  /** The organisation above it; null for the provider. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** 10 digits; null when not VAT-registered. */
  vatNumber?: Maybe<Scalars['String']['output']>;
};

/** A party's details as they were when the invoice was issued. */
export type InvoicePartyDetails = {
  __typename?: 'InvoicePartyDetails';
  address?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  /** Null when the party is not registered for VAT. */
  vatNumber?: Maybe<Scalars['String']['output']>;
};

/** A static address handed to a VM's NIC. */
export type IpAllocation = {
  __typename?: 'IpAllocation';
  address: Scalars['String']['output'];
  allocatedAt: Scalars['DateTimeISO']['output'];
  /** What holds the address, e.g. a VM's NIC. */
  holder: Scalars['String']['output'];
};

/** How a network adapter gets its address: from the port group's DHCP, or a static address handed out. */
export type IpMode =
  | 'DHCP'
  | 'STATIC';

/** An inclusive range of IPv4 addresses. */
export type IpRange = {
  __typename?: 'IpRange';
  first: Scalars['String']['output'];
  last: Scalars['String']['output'];
  /** How many addresses the range holds. */
  size: Scalars['Int']['output'];
};

/** An inclusive range of IPv4 addresses, first ≤ last. */
export type IpRangeInput = {
  first: Scalars['String']['input'];
  last: Scalars['String']['input'];
};

/** One movement of money in a wallet. Entries are never changed or removed. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** Signed: negative for charges and downward adjustments. */
  amount: Money;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EntryKind;
};

/** A page of a wallet's ledger, newest first. */
export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  edges: Array<LedgerEntryEdge>;
  pageInfo: PageInfo;
  /** How many entries the wallet has in all, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** One entry in a page, with the cursor that points just after it. */
export type LedgerEntryEdge = {
  __typename?: 'LedgerEntryEdge';
  /** Opaque; pass it as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  node: LedgerEntry;
};

/** A licence product and how many of its units (vCPUs, core packs, VMs). */
export type LicenceSpecInput = {
  /** 1 to 1024 units of the product. */
  quantity: Scalars['Int']['input'];
  /** A product of category licence, e.g. "licence.windows-server". */
  sku: Scalars['String']['input'];
};

/** E-mail a warning when the available balance falls below `threshold` (once per crossing). */
export type LowBalanceAlert = {
  __typename?: 'LowBalanceAlert';
  email: Scalars['String']['output'];
  threshold: Money;
  /** True while the balance is below the threshold and the warning has gone out. */
  warned: Scalars['Boolean']['output'];
};

/** One metric over a window, columnar: slot i is the bucket starting at since + i × stepMinutes. A bucket without samples is null, never zero. */
export type MetricSeries = {
  __typename?: 'MetricSeries';
  /** Mean of the bucket's samples, 2 decimals. */
  average: Scalars['MetricValues']['output'];
  /** Highest sample of the bucket, 2 decimals. */
  maximum: Scalars['MetricValues']['output'];
  /** Unit of every value: %, MB, KB/s, IOPS or ms. */
  unit: Scalars['String']['output'];
};

/** A time window cut into buckets of equal width, aligned to `since`: a preset (default LAST_DAY) or since/until. At most 2000 buckets. */
export type MetricWindowInput = {
  /** Instead of since/until. */
  preset?: InputMaybe<MetricWindowPreset>;
  /** Start of the window (inclusive). Default: 24 hours before `until`. */
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Bucket width in minutes, 5–1440. Default: the preset's step, or 60. */
  stepMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** End of the window (exclusive). Default: now. */
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A window ending with the bucket that holds now: 1 hour (5-minute steps), 24 hours (60), 7 days (120), 30 days (1440). */
export type MetricWindowPreset =
  | 'LAST_DAY'
  | 'LAST_HOUR'
  | 'LAST_MONTH'
  | 'LAST_WEEK';

/** An exact amount of money in a currency. */
export type Money = {
  __typename?: 'Money';
  /** Exact amount, e.g. "1234.56". */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code, e.g. ZAR. */
  currency: Scalars['String']['output'];
};

/** The organisation's monthly budget (VAT included) against this month's bill: owners, admins and billing users are e-mailed at 50 %, 80 % and 100 % of it, by the bill so far or by its month-end forecast. */
export type MonthlyBudget = {
  __typename?: 'MonthlyBudget';
  amount: Money;
  /** The bill's month-end projection at the last day's rate. */
  forecast: Money;
  /** The billing month, e.g. "2026-11". */
  month: Scalars['ID']['output'];
  /** This month's bill so far, VAT included. */
  spent: Money;
  /** Lowest first. */
  thresholdsReached: Array<BudgetThreshold>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks an alert as being dealt with (owners, admins, members); the first acknowledgement is kept. */
  acknowledgeAlert: VmAlert;
  /** Adds a disk to a VM (owners and admins). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. */
  addVmDisk: VmOperation;
  /** Corrects the balance (provider staff): an ADJUSTMENT entry, signed and non-zero, with the reason as its description. Not limited by the balance. Idempotent. */
  adjustWallet: LedgerEntry;
  /** Charges all or part of an active hold and releases the rest (provider staff, or the VMs service). */
  captureHold: WalletHold;
  /** Removes the organisation's single sign-on; its users sign in with e-mail codes again. */
  clearSingleSignOn: Scalars['Boolean']['output'];
  /** Finishes single sign-on with the URL the IdP redirected to and starts a session exactly as signIn does. UNAUTHENTICATED for a wrong, used or expired state, an answer that does not validate, an address the organisation does not vouch for, an unknown person without just-in-time provisioning, or a disabled user. */
  completeSingleSignOn: SessionTokens;
  /** Adds a custom alert rule (owners and admins). */
  createAlertRule: AlertRule;
  /** A new API key for the caller's organisation (owners and admins, signed in as users). The secret is in this answer only. Name: 1–80 characters. */
  createApiKey: CreatedApiKey;
  /** A new IPv4 network for an organisation, with its port group in vCenter. BAD_USER_INPUT (with `field`) for a bad subnet, gateway or range; CONFLICT for a name in use or a subnet overlapping another network of the organisation; HYPERVISOR_UNAVAILABLE when vCenter could not make the port group (nothing is written). */
  createNetwork: Network;
  /** Provider staff (owners, admins) create resellers and customers; a reseller's owners and admins create customers under it. NOT_FOUND for a parent the caller does not manage; FORBIDDEN for other roles and read-only credentials. */
  createOrganization: Organization;
  /** Provider owners and admins only. */
  createProduct: Product;
  /** Invites a user to an organisation; they sign in with a code e-mailed to their address. */
  createUser: User;
  /** Queues a new VM (owners and admins). The same idempotencyKey answers the same operation. Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. ORGANIZATION_SUSPENDED (with `organizationId`, `suspendedAt`) while the organisation is suspended for unpaid usage. */
  createVm: VmOperation;
  /** Adds a named VM size. Provider owners and admins only. */
  createVmSize: VmSize;
  /** Deletes a custom alert rule and resolves its open alerts (owners and admins); default rules are CONFLICT. */
  deleteAlertRule: Scalars['ID']['output'];
  /** Deletes a network and its port group in vCenter, and answers its id. CONFLICT while any of its addresses is allocated or a VM in vCenter still uses the port group; HYPERVISOR_UNAVAILABLE when vCenter could not be reached (the network stays). */
  deleteNetwork: Scalars['ID']['output'];
  /** Deletes a VM and its disks; confirmName must be the VM's name exactly (owners and admins). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. */
  deleteVm: VmOperation;
  /** Disables a user and ends their sessions; CONFLICT for the organisation's last owner. */
  disableUser: User;
  /** Gives the organisation credit (provider staff): a positive CREDIT_GRANT entry, kept apart from money paid in. The same idempotency key with the same request returns the same entry; with another request, CONFLICT. */
  grantCredit: LedgerEntry;
  /** Grows one of a VM's disks; disks never shrink (owners and admins). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. */
  growVmDisk: VmOperation;
  /** Trusted service `wallet` only (@inaccessible). Ends the active suspension; null when there was none. VMs stay off: their users power them on. */
  liftVmSuspension?: Maybe<VmSuspension>;
  /** Tops up the wallet from a saved card through PayGate's PayHost (no card page). Credited only on PayGate's word; the same idempotency key never charges twice. */
  payWithSavedCard: CardCharge;
  /** Reserves money against the available balance (provider staff, or the VMs service). INSUFFICIENT_FUNDS (with `shortfall`, rand) when the amount plus keepAvailable does not fit. */
  placeHold: WalletHold;
  /** Posts a day's metered usage (VAT included) to the organisation's wallet: a positive amount is a charge, a negative one gives back an earlier over-charge. Idempotent per key. Provider staff, or the billing service. */
  postUsageCharge: LedgerEntry;
  /** Powers a running VM off at once (members may). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. */
  powerOffVm: VmOperation;
  /** Powers a VM on (members may). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. ORGANIZATION_SUSPENDED (with `organizationId`, `suspendedAt`) while the organisation is suspended for unpaid usage. */
  powerOnVm: VmOperation;
  /** Asks a running VM's guest to reboot (members may). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. */
  rebootVm: VmOperation;
  /** Stores a collector delivery (the vms service only). Idempotent per VM and instant. */
  recordVmPerformance: RecordVmPerformanceResult;
  /** Stores VM state changes for metering (the vms service only). Idempotent per change id. */
  recordVmUsageChanges: RecordVmUsageChangesResult;
  /** Trades a refresh token for a new access token and a new refresh token. A refresh token works once: presenting it again ends the session. UNAUTHENTICATED for an unknown, used, expired or revoked token. */
  refreshSession: SessionTokens;
  /** Gives money back to the organisation's wallet (provider staff): a positive REFUND entry. Idempotent. */
  refundToWallet: LedgerEntry;
  /** Gives the held money back to the available balance (provider staff, or the VMs service). */
  releaseHold: WalletHold;
  /** Forgets a saved card (owners, admins, billing users); automatic top-ups that use it are turned off. */
  removeSavedCard: SavedCard;
  /** E-mails a one-time sign-in code to the address if it belongs to a user. Answers the same for unknown addresses. While the address's newest code is alive and under a minute old no new one is sent: the last e-mail's code works. RATE_LIMITED (with extensions.retryAfterSeconds) after 20 requests from one client in 15 minutes. */
  requestSignInCode: SignInCodeRequest;
  /** Changes a powered-off VM's vCPUs and memory (owners and admins). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. */
  resizeVm: VmOperation;
  /** Stops offering a named VM size (its name is not reused; estimates already given stand). Provider owners and admins only. */
  retireVmSize: VmSize;
  /** Revokes a key of the caller's organisation: the gateway refuses it from then on (after its caller cache). */
  revokeApiKey: ApiKey;
  /** Ends one of the caller's own sessions; NOT_FOUND for any other session. */
  revokeSession: Scalars['Boolean']['output'];
  /** Sets the automatic top-up (owners, admins, billing users): when available falls below the threshold, top up the amount from the card, at most once per minHoursBetween hours and monthlyCap per month. */
  setAutoTopUp: AutoTopUpRule;
  /** Sets how far below zero the organisation's available balance may go (provider staff). */
  setCreditLimit: Money;
  /** Sets the low-balance warning (owners, admins, billing); a null threshold turns it off. */
  setLowBalanceAlert?: Maybe<LowBalanceAlert>;
  /** Sets the monthly budget, VAT included (owners, admins, billing users); a null amount removes it and answers null. A threshold already passed this month is e-mailed at once. */
  setMonthlyBudget?: Maybe<MonthlyBudget>;
  /** Adds a price from effectiveFrom (now or later, after the latest price). Provider owners and admins only. */
  setProductPrice: ScheduledProductPrice;
  /** Sets a reseller's commission percentage (0–100, 2 decimals) from a billing month on, not before the current one (provider owners and admins). Earlier settings are kept; the newest for a month applies. */
  setResellerCommission: ResellerCommission;
  /** Sets the organisation's single sign-on (its owners, or the provider's owners and admins). The IdP's discovery is checked first: BAD_USER_INPUT on `issuer` when it does not answer for that issuer; CONFLICT when another organisation holds one of the domains. Nothing is written on any error. */
  setSingleSignOn: SingleSignOn;
  /** Turns suspension for unpaid usage on or off for an organisation and sets its grace period (provider staff). Off ends an episode at once and lifts a suspension already made. */
  setSuspensionPolicy: SuspensionPolicy;
  /** Schedules a VAT rate from effectiveFrom (now or later; never the past). Provider owners and admins only. */
  setVatRate: VatRate;
  /** Asks a running VM's guest to shut down (members may). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. */
  shutdownVm: VmOperation;
  /** Signs in with the code e-mailed by requestSignInCode and starts a session. UNAUTHENTICATED for a wrong, expired or used code; a code dies after 5 wrong guesses. RATE_LIMITED (with extensions.retryAfterSeconds) while the calling client, after wrong codes, has to wait. */
  signIn: SessionTokens;
  /** Ends the session this request is made with. */
  signOut: Scalars['Boolean']['output'];
  /** Starts single sign-on for the address's organisation; the IdP sends the browser back to `redirectUri` (registered with the IdP), where completeSingleSignOn finishes. */
  startSingleSignOn: SingleSignOnStart;
  /** Starts a card top-up through PayGate and returns the payment page to send the browser to. The wallet is credited only when PayGate confirms the payment. */
  startTopUp: TopUpStart;
  /** Trusted service `wallet` only (@inaccessible). Idempotent: an organisation already suspended returns its active suspension (and queues power-off for any VM that is on again). */
  suspendOrganizationVms: VmSuspension;
  /** Suspends a running VM (members may). Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE. */
  suspendVm: VmOperation;
  /** Reads every VM from vCenter now and reconciles the inventory (as the scheduled sync does). Provider owners and admins only (FORBIDDEN otherwise); HYPERVISOR_UNAVAILABLE when no vCenter is configured or it cannot be read. */
  syncVmInventory: VmInventorySyncReport;
  /** Changes an alert rule, default or custom (owners and admins). Changing its condition or disabling it resolves its open alerts. */
  updateAlertRule: AlertRule;
  /** Sets the organisation's billing address (1–6 lines, at most 400 characters) and South African VAT number (10 digits starting with 4; spaces allowed). An argument left out keeps its value; null clears it. Owners and admins of the organisation or of one above it; NOT_FOUND for an organisation the caller does not manage, FORBIDDEN for other roles and read-only credentials. */
  updateBillingDetails: Organization;
  /** Moves a network's DHCP/static split. CONFLICT when an allocated address would fall outside the new static range. */
  updateNetworkRanges: Network;
  /** Changes a user's role; CONFLICT for the organisation's last owner. */
  updateUserRole: User;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddVmDiskArgs = {
  disk: VmDiskInput;
  id: Scalars['ID']['input'];
};


export type MutationAdjustWalletArgs = {
  amount: Scalars['Decimal']['input'];
  idempotencyKey: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCaptureHoldArgs = {
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
  holdId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationClearSingleSignOnArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationCompleteSingleSignOnArgs = {
  callbackUrl: Scalars['String']['input'];
  userAgent?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateAlertRuleArgs = {
  input: CreateAlertRuleInput;
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  readOnly?: Scalars['Boolean']['input'];
};


export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateVmArgs = {
  input: CreateVmInput;
};


export type MutationCreateVmSizeArgs = {
  input: CreateVmSizeInput;
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteVmArgs = {
  confirmName: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDisableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationGrantCreditArgs = {
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationGrowVmDiskArgs = {
  capacityGb: Scalars['Int']['input'];
  diskId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationLiftVmSuspensionArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationPayWithSavedCardArgs = {
  input: PayWithSavedCardInput;
};


export type MutationPlaceHoldArgs = {
  amount: Scalars['Decimal']['input'];
  expiresAt: Scalars['DateTimeISO']['input'];
  idempotencyKey: Scalars['String']['input'];
  keepAvailable?: InputMaybe<Scalars['Decimal']['input']>;
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationPostUsageChargeArgs = {
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationPowerOffVmArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPowerOnVmArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRebootVmArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordVmPerformanceArgs = {
  guestDisks: Array<GuestDiskSampleInput>;
  samples: Array<VmPerformanceSampleInput>;
  vms: Array<PolledVmInput>;
};


export type MutationRecordVmUsageChangesArgs = {
  changes: Array<VmUsageChangeInput>;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefundToWalletArgs = {
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationReleaseHoldArgs = {
  holdId: Scalars['ID']['input'];
};


export type MutationRemoveSavedCardArgs = {
  cardId: Scalars['ID']['input'];
};


export type MutationRequestSignInCodeArgs = {
  email: Scalars['String']['input'];
};


export type MutationResizeVmArgs = {
  id: Scalars['ID']['input'];
  memoryGb: Scalars['Int']['input'];
  vcpuCount: Scalars['Int']['input'];
};


export type MutationRetireVmSizeArgs = {
  name: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetAutoTopUpArgs = {
  input: SetAutoTopUpInput;
};


export type MutationSetCreditLimitArgs = {
  amount: Scalars['Decimal']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationSetLowBalanceAlertArgs = {
  email?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  threshold?: InputMaybe<Scalars['Decimal']['input']>;
};


export type MutationSetMonthlyBudgetArgs = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type MutationSetProductPriceArgs = {
  effectiveFrom: Scalars['DateTimeISO']['input'];
  sku: Scalars['String']['input'];
  unitPrice: Scalars['Decimal']['input'];
};


export type MutationSetResellerCommissionArgs = {
  fromMonth: Scalars['String']['input'];
  percent: Scalars['Decimal']['input'];
  resellerId: Scalars['ID']['input'];
};


export type MutationSetSingleSignOnArgs = {
  input: SingleSignOnInput;
  organizationId: Scalars['ID']['input'];
};


export type MutationSetSuspensionPolicyArgs = {
  enabled: Scalars['Boolean']['input'];
  graceHours?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type MutationSetVatRateArgs = {
  effectiveFrom: Scalars['DateTimeISO']['input'];
  rate: Scalars['Decimal']['input'];
};


export type MutationShutdownVmArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
  userAgent?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStartSingleSignOnArgs = {
  email: Scalars['String']['input'];
  redirectUri: Scalars['String']['input'];
};


export type MutationStartTopUpArgs = {
  input: StartTopUpInput;
};


export type MutationSuspendOrganizationVmsArgs = {
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSuspendVmArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAlertRuleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAlertRuleInput;
};


export type MutationUpdateBillingDetailsArgs = {
  billingAddress?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  vatNumber?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateNetworkRangesArgs = {
  dhcpRange: IpRangeInput;
  id: Scalars['ID']['input'];
  staticRange: IpRangeInput;
};


export type MutationUpdateUserRoleArgs = {
  role: UserRole;
  userId: Scalars['ID']['input'];
};

/** An organisation's IPv4 network (a vSphere port group): a subnet, its gateway, a DHCP range and a static range that do not overlap. */
export type Network = {
  __typename?: 'Network';
  /** Static addresses handed out, by address. */
  allocations: Array<IpAllocation>;
  /** The subnet in CIDR form, e.g. "10.20.0.0/24". */
  cidr: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Addresses the network's DHCP server leases. */
  dhcpRange: IpRange;
  /** Addresses of the static range not yet handed out. */
  freeStaticAddressCount: Scalars['Int']['output'];
  gateway: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The organisation the network belongs to. */
  organization: Organization;
  /** The vSphere port group NICs on this network attach to. */
  portGroup: Scalars['String']['output'];
  /** Addresses handed to NICs with a static IP, lowest free first. */
  staticRange: IpRange;
};

/** A tenant: the provider, a reseller or a customer. */
export type Organization = {
  __typename?: 'Organization';
  /** The organisation's alert rules: the defaults in a fixed order, then its own by age. Null only with an error. */
  alertRules?: Maybe<Array<AlertRule>>;
  /** The address tax invoices show: 1–6 lines separated by line breaks (\n). */
  billingAddress?: Maybe<Scalars['String']['output']>;
  /** The organisation's closed monthly bills (tax invoices), newest first: `first` (default 12, at most 60) after the `after` cursor. Null for an organisation the caller cannot see. */
  bills?: Maybe<InvoiceConnection>;
  /** The monthly budget and this month's spending against it; null without one or when not visible. */
  budget?: Maybe<MonthlyBudget>;
  /** The organisations directly under this one that the caller may see, by name. */
  children: Array<Organization>;
  /** A reseller's monthly commission statements, newest first: `first` (default 12, at most 60) after the `after` cursor. Provider staff and the reseller's own users only; null for anyone else. */
  commissionStatements?: Maybe<CommissionStatementConnection>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** This month's charges so far for the organisation's own VMs, with a projection to the month's end. Null for an organisation the caller cannot see. */
  currentBill?: Maybe<CurrentBill>;
  /** VM count by power state, vCPUs, memory and disk of the organisation and every organisation under it that the caller may see. Null only with an error. */
  fleet?: Maybe<Fleet>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  /** The organisation's networks, by name. Null only with an error. */
  networks?: Maybe<Array<Network>>;
  /** Alerts firing now on the organisation's VMs, newest first. Null only with an error. */
  openAlerts?: Maybe<Array<VmAlert>>;
  /** The organisation this one sits under; null when the caller may not see it. */
  parent?: Maybe<Organization>;
  /** Every commission percentage set for the reseller, newest month first. Provider staff and the reseller's own users only. */
  resellerCommissions?: Maybe<Array<ResellerCommission>>;
  /** Alerts of the organisation's VMs that have stopped firing, the latest resolved first: `first` (default 20, at most 100) after the `after` cursor. Null for an organisation the caller cannot see. */
  resolvedAlerts?: Maybe<VmAlertConnection>;
  /** The organisation and every organisation under it that the caller may see. */
  scopeOrganizationIds: Array<Scalars['ID']['output']>;
  /** The organisation's single sign-on: null when it has none, and for every caller but its own owners and admins and the provider's. */
  singleSignOn?: Maybe<SingleSignOn>;
  /** CPU and memory of the organisation's VMs and those of every organisation under it the caller may see, over a window (default LAST_DAY). Null only with an error. */
  usage?: Maybe<OrganizationUsage>;
  /** How many users of the organisation are not disabled. */
  userCount: Scalars['Int']['output'];
  /** The organisation's users (disabled ones included), by e-mail address; empty unless visible. */
  users: Array<User>;
  /** The South African VAT number, 10 digits; null when the organisation is not VAT-registered. */
  vatNumber?: Maybe<Scalars['String']['output']>;
  /** The organisation's VM operations, newest first, a page at a time. Empty for one the caller cannot see. */
  vmOperations: VmOperationConnection;
  /** The organisation's own VMs (as `vms` lists them) ranked by cost this month or by CPU, highest first, a page at a time; VMs without data last. Null only with an error. */
  vmRanking?: Maybe<VmRankingConnection>;
  /** The organisation's active suspension, null when none (or not visible). */
  vmSuspension?: Maybe<VmSuspension>;
  /** The organisation's VMs (deleted ones never), by name ignoring case (A→Z unless `order` says Z→A), a page at a time. Null only with an error. */
  vms?: Maybe<VmConnection>;
  /** The prepaid wallet. An organisation without one yet shows an empty wallet (same id); its first top-up, credit or setting opens it. */
  wallet?: Maybe<Wallet>;
};


/** A tenant: the provider, a reseller or a customer. */
export type OrganizationBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant: the provider, a reseller or a customer. */
export type OrganizationCommissionStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant: the provider, a reseller or a customer. */
export type OrganizationOpenAlertsArgs = {
  first?: Scalars['Int']['input'];
};


/** A tenant: the provider, a reseller or a customer. */
export type OrganizationResolvedAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant: the provider, a reseller or a customer. */
export type OrganizationUsageArgs = {
  window?: InputMaybe<MetricWindowInput>;
};


/** A tenant: the provider, a reseller or a customer. */
export type OrganizationVmOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant: the provider, a reseller or a customer. */
export type OrganizationVmRankingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by: VmRankingOrder;
  first?: InputMaybe<Scalars['Int']['input']>;
  vmIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  window?: InputMaybe<MetricWindowInput>;
};


/** A tenant: the provider, a reseller or a customer. */
export type OrganizationVmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<VmOrder>;
  powerState?: InputMaybe<PowerState>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** provider → reseller → customer; a customer may also sit directly under the provider. */
export type OrganizationKind =
  | 'CUSTOMER'
  | 'PROVIDER'
  | 'RESELLER';

/** How hard an organisation's VMs (its own and those of every organisation under it the caller may see) worked over a window. Sizes (vCPUs, RAM, disk, VMs by power state) are `Organization.fleet`. Null figures mean no VM sent a sample. */
export type OrganizationUsage = {
  __typename?: 'OrganizationUsage';
  /** Mean CPU of every sample in the window, %. */
  averageCpuPercent?: Maybe<Scalars['Float']['output']>;
  /** Mean memory of every sample in the window, %. */
  averageMemoryPercent?: Maybe<Scalars['Float']['output']>;
  /** CPU per bucket across all the VMs. */
  cpu: MetricSeries;
  /** VMs that sent at least one sample in the window. */
  measuredVmCount: Scalars['Int']['output'];
  /** Memory per bucket across all the VMs. */
  memory: MetricSeries;
  /** Highest CPU sample in the window, %. */
  peakCpuPercent?: Maybe<Scalars['Float']['output']>;
  /** Highest memory sample in the window, %. */
  peakMemoryPercent?: Maybe<Scalars['Float']['output']>;
  /** The stored resolution that answered. */
  resolutionMinutes: Scalars['Int']['output'];
  since: Scalars['DateTimeISO']['output'];
  stepMinutes: Scalars['Int']['output'];
  /** The five VMs with the highest mean CPU. */
  topVmsByCpu: Array<VmCpuUsage>;
  until: Scalars['DateTimeISO']['output'];
};

/** Where a page ends, and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last edge's cursor: pass it as `after` for the next page. Null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type PayWithSavedCardInput = {
  /** Rand, e.g. "500.00": R10.00 to R500 000.00. */
  amount: Scalars['Decimal']['input'];
  cardId: Scalars['ID']['input'];
  /** Where the receipt goes. */
  email: Scalars['String']['input'];
  /** Chosen by the client; repeating it never charges twice. */
  idempotencyKey: Scalars['String']['input'];
};

/** Where to send the browser: POST `fields` to `url` (PayGate's payment page). */
export type PaymentRedirect = {
  __typename?: 'PaymentRedirect';
  fields: Array<FormField>;
  url: Scalars['String']['output'];
};

/** A VM the collector looked at, powered on or not. */
export type PolledVmInput = {
  /** The VM's name, for alert e-mails. */
  name?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  polledAt: Scalars['DateTimeISO']['input'];
  poweredOn: Scalars['Boolean']['input'];
  vmId: Scalars['ID']['input'];
};

/** Power state of a VM as vCenter reports it. */
export type PowerState =
  | 'POWERED_OFF'
  | 'POWERED_ON'
  | 'SUSPENDED';

/** Every price and VAT rate in force at some moment of a period: the one in force at its start, then each change before its end. */
export type PriceSchedule = {
  __typename?: 'PriceSchedule';
  /** By SKU, each product's prices oldest first. */
  prices: Array<ScheduledPrice>;
  /** Oldest first. */
  vatRates: Array<ScheduledVatRate>;
};

/** A priced item of the catalog, with the price in force now. */
export type Product = {
  __typename?: 'Product';
  category: ProductCategory;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When the price in force now took effect. */
  priceEffectiveFrom: Scalars['DateTimeISO']['output'];
  /** Stable identifier, e.g. "compute.vcpu". */
  sku: Scalars['String']['output'];
  unit: ProductUnit;
  /** Price per unit excluding VAT, at the stored precision of 6 decimals, e.g. "0.350000". */
  unitPrice: Money;
  /** Prices scheduled to take effect after now, the soonest first (empty when none is). */
  upcomingPrices: Array<ScheduledProductPrice>;
};

/** What kind of thing a product sells. */
export type ProductCategory =
  | 'BACKUP'
  | 'COMPUTE'
  | 'LICENCE'
  | 'NETWORK'
  | 'STORAGE'
  | 'SUPPORT';

/** The quantity a unit price is for, e.g. one vCPU for one hour or one GB for one month. */
export type ProductUnit =
  | 'CORE_PACK_HOUR'
  | 'GB_MONTH'
  | 'GB_RAM_HOUR'
  | 'GB_TRANSFER'
  | 'INSTANCE_MONTH'
  | 'IP_MONTH'
  | 'MONTH'
  | 'VCPU_HOUR';

export type Query = {
  __typename?: 'Query';
  /** The API keys of the caller's organisation, newest first (owners and admins). */
  apiKeys: Array<ApiKey>;
  /** An organisation's audit trail, newest first. Owners and admins (of it, its reseller or the provider) only; empty for an organisation the caller cannot see. */
  auditEvents: AuditEventConnection;
  /** Prices a VM specification (a named size or vCPUs and RAM, plus extras) at the prices and VAT rate in force now. Any signed-in caller, or the VMs service. */
  estimateVm: VmEstimate;
  /** Prices up to 5000 specifications at one instant, each as estimateVm would, in order; a bad one refuses the call naming it (inputs[i].field). Any signed-in caller, or the VMs service. */
  estimateVms: Array<VmEstimate>;
  /** The caller of an API key; null unless the key exists and is not revoked. Records its use. */
  internalApiKeyCaller?: Maybe<InternalCaller>;
  /** The caller of a live session; null unless the session is live and its user not disabled. */
  internalSessionCaller?: Maybe<InternalCaller>;
  /** The signed-in user; null for an API key. */
  me?: Maybe<User>;
  /** The caller's live sessions, newest first (none for an API key). */
  mySessions: Array<Session>;
  /** One network by id. */
  network?: Maybe<Network>;
  /** One organisation by id; null unless the caller may see it. */
  organization?: Maybe<Organization>;
  /** E-mail addresses of the organisation's users with one of the roles, not disabled, sorted; empty for an unknown organisation. Trusted services only. */
  organizationContacts: Array<Scalars['String']['output']>;
  /** Name, kind, parent, billing address and VAT number of each organisation asked for (at most 5000), in the order asked; unknown ids are left out. Trusted services only. */
  organizationInvoiceParties: Array<InvoiceParty>;
  /** The organisations the caller may see, optionally of one kind, by name: a reseller's or the provider's managed organisations. */
  organizations: Array<Organization>;
  /** Every product's price and the VAT rate in force at `since`, then each change before `until` (at most 400 days later). The telemetry-billing service only. */
  priceSchedule: PriceSchedule;
  /** The catalog at the prices in force now, optionally one category, by SKU. */
  products: Array<Product>;
  /** How an address may sign in: single sign-on when its domain belongs to an organisation's IdP, and whether e-mail codes are allowed. Says nothing about whether the address has an account. */
  signInOptions: SignInOptions;
  /** For a session signed in by single sign-on: the IdP's end-session URL (with id_token_hint and postLogoutRedirectUri) to send the browser to after signOut; null otherwise. */
  singleSignOnLogoutUrl?: Maybe<Scalars['String']['output']>;
  /** A card top-up; null when unknown or not yours to see. */
  topUp?: Maybe<TopUp>;
  /** VAT rates scheduled to take effect after now, the soonest first. Any signed-in caller. */
  upcomingVatRates: Array<VatRate>;
  /** The VAT rate in force at `at` (default now). Any signed-in caller. */
  vatRate: VatRate;
  /** One VM by id. */
  vm?: Maybe<Vm>;
  /** One VM operation by id: poll it for progress. */
  vmOperation?: Maybe<VmOperation>;
  /** One size on offer by name (its vCPUs, RAM and boot disk); null when unknown or retired. Any signed-in caller, or the VMs service. */
  vmSize?: Maybe<VmSize>;
  /** The named VM sizes on offer: general, compute and memory families, each from the smallest up. Any signed-in caller, or the VMs service. */
  vmSizes: Array<VmSize>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
  vmId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEstimateVmArgs = {
  input: VmEstimateInput;
};


export type QueryEstimateVmsArgs = {
  inputs: Array<VmEstimateInput>;
};


export type QueryInternalApiKeyCallerArgs = {
  secret: Scalars['String']['input'];
};


export type QueryInternalSessionCallerArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationContactsArgs = {
  organizationId: Scalars['ID']['input'];
  roles: Array<UserRole>;
};


export type QueryOrganizationInvoicePartiesArgs = {
  organizationIds: Array<Scalars['ID']['input']>;
};


export type QueryOrganizationsArgs = {
  kind?: InputMaybe<OrganizationKind>;
};


export type QueryPriceScheduleArgs = {
  since: Scalars['DateTimeISO']['input'];
  until: Scalars['DateTimeISO']['input'];
};


export type QueryProductsArgs = {
  category?: InputMaybe<ProductCategory>;
};


export type QuerySignInOptionsArgs = {
  email: Scalars['String']['input'];
};


export type QuerySingleSignOnLogoutUrlArgs = {
  postLogoutRedirectUri: Scalars['String']['input'];
};


export type QueryTopUpArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVatRateArgs = {
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryVmArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVmOperationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVmSizeArgs = {
  name: Scalars['String']['input'];
};

/** What a delivery changed. */
export type RecordVmPerformanceResult = {
  __typename?: 'RecordVmPerformanceResult';
  /** Samples that were already stored (a resent or overlapping poll). */
  samplesAlreadyStored: Scalars['Int']['output'];
  samplesWritten: Scalars['Int']['output'];
};

/** What a delivery of usage changes stored. */
export type RecordVmUsageChangesResult = {
  __typename?: 'RecordVmUsageChangesResult';
  /** Changes received before (a resend). */
  alreadyStored: Scalars['Int']['output'];
  stored: Scalars['Int']['output'];
};

/** A reseller's commission percentage from a billing month on (every setting is kept). */
export type ResellerCommission = {
  __typename?: 'ResellerCommission';
  /** The first billing month it applies to, e.g. "2026-10". */
  fromMonth: Scalars['String']['output'];
  /** Of what the reseller invoices its customers, e.g. "12.50". */
  percent: Scalars['Decimal']['output'];
  resellerId: Scalars['ID']['output'];
  setAt: Scalars['DateTimeISO']['output'];
};

/** A card PayGate keeps for the organisation, saved from an approved top-up. Only what a person may see of it: PayGate's token and the full number never leave the wallet. */
export type SavedCard = {
  __typename?: 'SavedCard';
  /** e.g. Visa, MasterCard. */
  brand: Scalars['String']['output'];
  /** True once the expiry month has ended: PayGate will refuse it. */
  expired: Scalars['Boolean']['output'];
  expiryMonth: Scalars['Int']['output'];
  expiryYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** As PayGate masked it, e.g. 400000******0002. */
  maskedNumber: Scalars['String']['output'];
  savedAt: Scalars['DateTimeISO']['output'];
  /** The e-mail address of whoever paid the top-up that saved it. */
  savedBy: Scalars['String']['output'];
};

/** A product's unit price from the moment it took effect. */
export type ScheduledPrice = {
  __typename?: 'ScheduledPrice';
  effectiveFrom: Scalars['DateTimeISO']['output'];
  /** The product's display name, an invoice line's description. */
  name: Scalars['String']['output'];
  sku: Scalars['String']['output'];
  /** The unit the price is per, as stored: vcpu_hour, gb_ram_hour, gb_month, ip_month, gb_transfer, instance_month, month or core_pack_hour. */
  unit: Scalars['String']['output'];
  /** Rand excluding VAT, six decimals, e.g. "0.420000". */
  unitPrice: Scalars['Decimal']['output'];
};

/** A price scheduled for a product. */
export type ScheduledProductPrice = {
  __typename?: 'ScheduledProductPrice';
  effectiveFrom: Scalars['DateTimeISO']['output'];
  sku: Scalars['String']['output'];
  unitPrice: Money;
};

/** A VAT rate from the moment it took effect. */
export type ScheduledVatRate = {
  __typename?: 'ScheduledVatRate';
  effectiveFrom: Scalars['DateTimeISO']['output'];
  /** A fraction, four decimals, e.g. "0.1500". */
  rate: Scalars['Decimal']['output'];
};

/** One of the caller's signed-in devices. */
export type Session = {
  __typename?: 'Session';
  /** The network address of the sign-in or the latest refresh. */
  clientAddress: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** True for the session this request is made with. */
  current: Scalars['Boolean']['output'];
  /** The session ends then at the latest: 30 days after signing in. */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The latest refresh; null until the first one. */
  lastRefreshedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  signInMethod: SignInMethod;
  /** The browser's User-Agent at sign-in (at most 512 characters); null when none was sent. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** What signing in or refreshing gives: a short-lived access token for the Authorization header and a one-use refresh token for the next refresh. */
export type SessionTokens = {
  __typename?: 'SessionTokens';
  /** Send as `Authorization: Bearer <accessToken>`; valid 10 minutes. */
  accessToken: Scalars['String']['output'];
  /** Refresh a little before this time (the web app: 5 minutes before). */
  accessTokenExpiresAt: Scalars['DateTimeISO']['output'];
  /** Works once: refreshSession answers a new one. Presenting a used one again ends the whole session. Valid 7 days, never past the session's 30 days. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

export type SetAutoTopUpInput = {
  /** How much each top-up adds: R10.00 to R500 000.00. */
  amount: Scalars['Decimal']['input'];
  cardId: Scalars['ID']['input'];
  /** Told of every attempt, besides the billing users. */
  email: Scalars['String']['input'];
  /** False turns the rule off and keeps it. */
  enabled?: Scalars['Boolean']['input'];
  /** At most one top-up per this many hours: 1 to 720. */
  minHoursBetween: Scalars['Int']['input'];
  /** At most this much per calendar month; at least `amount`. */
  monthlyCap: Scalars['Decimal']['input'];
  organizationId: Scalars['ID']['input'];
  /** Top up when available falls below this (rand, 0 or more). */
  threshold: Scalars['Decimal']['input'];
};

/** The answer to a sign-in code request: the same whether or not the address has an account. */
export type SignInCodeRequest = {
  __typename?: 'SignInCodeRequest';
  /** Always true: the request was taken. */
  accepted: Scalars['Boolean']['output'];
  /** How long a code sent by this request stays valid. */
  expiresInSeconds: Scalars['Int']['output'];
};

/** How a session was signed in. */
export type SignInMethod =
  | 'EMAIL_CODE'
  | 'SINGLE_SIGN_ON';

/** How a person with this e-mail address may sign in. */
export type SignInOptions = {
  __typename?: 'SignInOptions';
  /** False when that organisation allows single sign-on only. */
  emailCode: Scalars['Boolean']['output'];
  /** True when the address's domain belongs to an organisation's single sign-on. */
  singleSignOn: Scalars['Boolean']['output'];
};

/** An organisation's OpenID Connect identity provider. The client secret is never answered: only whether one is set. */
export type SingleSignOn = {
  __typename?: 'SingleSignOn';
  /** Whether the organisation's users may still sign in with an e-mail code. */
  allowEmailCodes: Scalars['Boolean']['output'];
  clientId: Scalars['String']['output'];
  /** True when a client secret is stored (encrypted; it is never shown again). */
  clientSecretSet: Scalars['Boolean']['output'];
  /** The e-mail domains this IdP vouches for, lower-case, sorted. */
  emailDomains: Array<Scalars['String']['output']>;
  /** The IdP's issuer identifier, as its discovery document states it. */
  issuer: Scalars['String']['output'];
  /** The role of users created at their first sign-in. */
  jitDefaultRole: UserRole;
  /** Whether a first sign-in of an unknown person with a verified address creates their user. */
  jitProvisioning: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Single sign-on for an organisation; the IdP's discovery is checked before saving. */
export type SingleSignOnInput = {
  allowEmailCodes?: Scalars['Boolean']['input'];
  clientId: Scalars['String']['input'];
  /** Required the first time; null keeps the stored secret. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** 1–20 e-mail domains; no other organisation may hold one of them. */
  emailDomains: Array<Scalars['String']['input']>;
  /** https URL of the IdP's issuer (its /.well-known/openid-configuration). */
  issuer: Scalars['String']['input'];
  /** Any role but OWNER. */
  jitDefaultRole?: UserRole;
  jitProvisioning?: Scalars['Boolean']['input'];
};

/** Where to send the browser to sign in at the organisation's identity provider. */
export type SingleSignOnStart = {
  __typename?: 'SingleSignOnStart';
  /** The IdP's authorization URL (code flow with PKCE, state and nonce); valid for 10 minutes, once. */
  authorizationUrl: Scalars['String']['output'];
};

export type StartTopUpInput = {
  /** Rand, e.g. "500.00": R10.00 to R500 000.00. */
  amount: Scalars['Decimal']['input'];
  /** The payer's e-mail address: PayGate's and the receipt's. */
  email: Scalars['String']['input'];
  /** Chosen by the client; repeating it never starts a second payment. */
  idempotencyKey: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  /** Ask PayGate to keep the card (PayWeb3 VAULT=1): once approved it is listed in Wallet.savedCards. */
  saveCard?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Disk storage tier; each tier has its own price per GB in the catalog. */
export type StorageTier =
  | 'ARCHIVE'
  | 'PERFORMANCE'
  | 'STANDARD';

/** Whether unpaid usage suspends the organisation's VMs, and after how long. Set by provider staff. */
export type SuspensionPolicy = {
  __typename?: 'SuspensionPolicy';
  /** Off: unpaid usage is e-mailed about by no one and suspends nothing. */
  enabled: Scalars['Boolean']['output'];
  /** Hours from the first e-mail to powering the VMs off (24–720, default 72). */
  graceHours: Scalars['Int']['output'];
};

/** A card top-up through PayGate. The wallet is credited only on PayGate's own word. */
export type TopUp = {
  __typename?: 'TopUp';
  amount: Money;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Where the receipt goes. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Our reference at PayGate, as it appears on the card statement. */
  reference: Scalars['String']['output'];
  /** PayGate's reason, e.g. Approved, Insufficient Funds. */
  resultDescription?: Maybe<Scalars['String']['output']>;
  /** The payer asked to save the card. */
  saveCard: Scalars['Boolean']['output'];
  /** When PayGate's final answer arrived. */
  settledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: TopUpStatus;
};

export type TopUpStart = {
  __typename?: 'TopUpStart';
  /** Null once the top-up is no longer pending. */
  redirect?: Maybe<PaymentRedirect>;
  topUp: TopUp;
};

/** Where a card top-up stands. */
export type TopUpStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'FAILED'
  | 'INITIATING'
  | 'PENDING';

/** Only the fields given change. The metric of a rule cannot change: add another rule. */
export type UpdateAlertRuleInput = {
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  operator?: InputMaybe<AlertOperator>;
  severity?: InputMaybe<AlertSeverity>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
};

/** How long the available money lasts at the rate metered usage is charged. */
export type UsageRunway = {
  __typename?: 'UsageRunway';
  /** The average of the last 3 days' usage charges (VAT included). */
  dailyUsage: Money;
  /** Available ÷ daily usage, 1 decimal; 0 when nothing is available, null when nothing is used. */
  days?: Maybe<Scalars['Float']['output']>;
};

/** A person who signs in; belongs to exactly one organisation. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the user was disabled; a disabled user cannot sign in. */
  disabledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  displayName: Scalars['String']['output'];
  /** Lower-case e-mail address, unique across the platform. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The organisation the user belongs to. */
  organization: Organization;
  role: UserRole;
};

/** What a user may do in their organisation. */
export type UserRole =
  /** Manages the organisation's users and resources. */
  | 'ADMIN'
  /** Wallet, payments and bills. */
  | 'BILLING'
  /** Uses the organisation's resources. */
  | 'MEMBER'
  /** Everything, including managing admins. */
  | 'OWNER'
  /** Sees, never changes. */
  | 'READ_ONLY';

/** The VAT on an estimate's subtotal. */
export type VatCharge = {
  __typename?: 'VatCharge';
  /** monthlySubtotal × rate rounded half away from zero to the cent. */
  amount: Money;
  /** When that rate took effect. */
  effectiveFrom: Scalars['DateTimeISO']['output'];
  /** The rate in force, as a fraction, e.g. "0.1500". */
  rate: Scalars['Decimal']['output'];
};

/** A VAT rate and the moment it takes effect. */
export type VatRate = {
  __typename?: 'VatRate';
  effectiveFrom: Scalars['DateTimeISO']['output'];
  /** A fraction, e.g. "0.1500". */
  rate: Scalars['Decimal']['output'];
};

/** A virtual machine in an organisation's inventory. */
export type Vm = {
  __typename?: 'Vm';
  /** Alerts whose time (from conditionSince until resolved, or now) overlaps the window, newest first, at most 100. */
  alerts?: Maybe<Array<VmAlert>>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The datastore holding the VM's files. */
  datastore?: Maybe<Scalars['String']['output']>;
  /** The VM's disks, in the order they were attached. */
  disks: Array<VmDisk>;
  /** What the VM costs a month at the catalog's prices in force now, excluding VAT. Null only with an error. */
  estimatedMonthlyCost?: Maybe<VmCostEstimate>;
  /** Each guest file system's use as VMware Tools last reported it. */
  guestDisks?: Maybe<Array<GuestDiskUsage>>;
  /** The guest operating system, e.g. "Ubuntu Linux (64-bit)". */
  guestOs?: Maybe<Scalars['String']['output']>;
  /** Health score per bucket of the window (default: the last 24 hours in 60-minute buckets), derived from the alert rules. */
  health?: Maybe<VmHealth>;
  /** The ESXi host the VM runs on. */
  host?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** vCenter's instance UUID (config.instanceUuid); null until the VM exists in vCenter. */
  instanceUuid?: Maybe<Scalars['String']['output']>;
  /** Every address the guest reports, the primary first; empty while it reports none. */
  ipAddresses: Array<Scalars['String']['output']>;
  lifecycle: VmLifecycle;
  /** Memory in GB (memoryMib / 1024), for display. */
  memoryGb: Scalars['Float']['output'];
  /** Memory in MiB, as vCenter reports it (memory_size_mib). */
  memoryMib: Scalars['Int']['output'];
  /** Every metric over a window (default: LAST_DAY in 60-minute buckets), columnar. Null only with an error. */
  metrics?: Maybe<VmMetrics>;
  /** This month's metered cost and its month-end forecast. Null without a caller; zero for a VM the caller cannot see. */
  monthCost?: Maybe<VmMonthCost>;
  name: Scalars['String']['output'];
  /** The VM's network adapters, in the order vCenter lists them. */
  nics: Array<VmNic>;
  /** How many alerts are firing on the VM now. */
  openAlertCount?: Maybe<Scalars['Int']['output']>;
  /** The VM's operations, newest first. */
  operations: Array<VmOperation>;
  /** The organisation whose inventory holds the VM. */
  organization: Organization;
  powerState: PowerState;
  /** The newest measurements, or when the VM last had any (never zeros for missing data). */
  telemetry?: Maybe<VmTelemetry>;
  /** VMware Tools as vCenter reports it, e.g. guestToolsRunning. */
  toolsStatus?: Maybe<Scalars['String']['output']>;
  /** When the platform last changed the VM's record (an operation or the inventory sync). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Number of virtual CPUs. */
  vcpuCount: Scalars['Int']['output'];
};


/** A virtual machine in an organisation's inventory. */
export type VmAlertsArgs = {
  window?: InputMaybe<MetricWindowInput>;
};


/** A virtual machine in an organisation's inventory. */
export type VmHealthArgs = {
  window?: InputMaybe<MetricWindowInput>;
};


/** A virtual machine in an organisation's inventory. */
export type VmMetricsArgs = {
  window?: InputMaybe<MetricWindowInput>;
};


/** A virtual machine in an organisation's inventory. */
export type VmOperationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One firing of a rule on a VM, from when its condition began (`conditionSince`) through when it had held for the rule's duration (`firedAt`) until it resolved. It keeps the rule's condition as it was when it fired. */
export type VmAlert = {
  __typename?: 'VmAlert';
  acknowledgement?: Maybe<AlertAcknowledgement>;
  /** The first breaching sample (NO_SAMPLES: the last sample before the silence). */
  conditionSince: Scalars['DateTimeISO']['output'];
  durationMinutes: Scalars['Int']['output'];
  firedAt: Scalars['DateTimeISO']['output'];
  /** The value that fired it, in `unit` (null for NO_SAMPLES). */
  firedValue?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  metric: AlertMetric;
  operator: AlertOperator;
  organization: Organization;
  /** The worst value while firing: the highest for GREATER_THAN…, the lowest for LESS_THAN…. */
  peakValue?: Maybe<Scalars['Float']['output']>;
  resolution?: Maybe<AlertResolution>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The rule as it is now; null once it was deleted. */
  rule?: Maybe<AlertRule>;
  ruleName: Scalars['String']['output'];
  severity: AlertSeverity;
  state: AlertState;
  threshold?: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  vm: Vm;
};

/** A page of alerts. */
export type VmAlertConnection = {
  __typename?: 'VmAlertConnection';
  edges: Array<VmAlertEdge>;
  pageInfo: PageInfo;
};

export type VmAlertEdge = {
  __typename?: 'VmAlertEdge';
  /** Opaque; pass it as `after` to continue after this alert. */
  cursor: Scalars['String']['output'];
  node: VmAlert;
};

/** A page of an organisation's VMs, by name ignoring case. */
export type VmConnection = {
  __typename?: 'VmConnection';
  edges: Array<VmEdge>;
  pageInfo: PageInfo;
  /** How many VMs match the filters, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** What a VM costs a month (730 hours) at the prices in force now, excluding VAT. */
export type VmCostEstimate = {
  __typename?: 'VmCostEstimate';
  /** monthlyTotal / 730 rounded half away from zero to the cent. */
  hourlyRate: Money;
  lines: Array<CostLine>;
  /** The sum of the rounded lines. */
  monthlyTotal: Money;
};

/** A VM's CPU over the window, for a top list. */
export type VmCpuUsage = {
  __typename?: 'VmCpuUsage';
  averageCpuPercent: Scalars['Float']['output'];
  peakCpuPercent: Scalars['Float']['output'];
  vm: Vm;
};

/** A virtual disk attached to a VM. */
export type VmDisk = {
  __typename?: 'VmDisk';
  /** Provisioned capacity in GB. */
  capacityGb: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Label shown to users, e.g. "OS disk". */
  label: Scalars['String']['output'];
  tier: StorageTier;
};

/** A disk to attach. */
export type VmDiskInput = {
  /** Whole GB, 1–65,536. */
  capacityGb: Scalars['Int']['input'];
  /** 1–80 characters; "Hard disk <n>" when left out. */
  label?: InputMaybe<Scalars['String']['input']>;
  tier: StorageTier;
};

/** One VM in a page, with the cursor that points just after it. */
export type VmEdge = {
  __typename?: 'VmEdge';
  /** Opaque; pass it as `after` to continue after this VM. */
  cursor: Scalars['String']['output'];
  node: Vm;
};

/** What a VM specification costs a month (730 hours) at the prices in force now. */
export type VmEstimate = {
  __typename?: 'VmEstimate';
  /** monthlySubtotal / 730 rounded half away from zero to the cent, excl. VAT. */
  hourlyRate: Money;
  lines: Array<CostLine>;
  /** The sum of the rounded lines, excluding VAT. */
  monthlySubtotal: Money;
  /** monthlySubtotal + VAT. */
  monthlyTotal: Money;
  vat: VatCharge;
};

/** A VM specification to price before creating it. */
export type VmEstimateInput = {
  /** Up to 16 disks. */
  disks?: Array<DiskSpecInput>;
  /** Up to 16 licences. */
  licences?: Array<LicenceSpecInput>;
  /** Whole GB of RAM, 1 to 4096; required without a size, refused with one. */
  memoryGb?: InputMaybe<Scalars['Int']['input']>;
  /** RAM in MiB, 1 to 4 194 304, instead of memoryGb (for a VM whose memory is not whole GB, e.g. 1536). Refused with a size or with memoryGb. */
  memoryMib?: InputMaybe<Scalars['Int']['input']>;
  /** 0 to 16 public IPv4 addresses. */
  publicIpCount?: Scalars['Int']['input'];
  /** A named size from vmSizes, e.g. "general.small": its vCPUs, RAM and boot disk (the first disk). Then leave out vcpuCount and memoryGb; disks are extra disks. */
  size?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 128; required without a size, refused with one. */
  vcpuCount?: InputMaybe<Scalars['Int']['input']>;
};

/** A VM's health over a window, columnar like `VmMetrics`: slot i is the bucket starting at since + i × stepMinutes. Each bucket scores 100 minus 40 for every CRITICAL and 15 for every WARNING rule whose alert covered it (at least 0); a bucket without samples has no score (null). */
export type VmHealth = {
  __typename?: 'VmHealth';
  /** Per bucket, the names of the rules that lowered it (CRITICAL first), also for a bucket without a score. */
  reasons: Array<Array<Scalars['String']['output']>>;
  /** 0–100 per bucket; null where the VM sent no samples. */
  score: Array<Maybe<Scalars['Int']['output']>>;
  since: Scalars['DateTimeISO']['output'];
  stepMinutes: Scalars['Int']['output'];
  until: Scalars['DateTimeISO']['output'];
};

/** What one inventory sync saw in vCenter and did. Every VM seen counts once in inserted, changed, refreshed, unchanged, unassigned, deferred or skipped. */
export type VmInventorySyncReport = {
  __typename?: 'VmInventorySyncReport';
  /** VMs changed outside the platform, updated with a drift.vm_changed event. */
  changed: Scalars['Int']['output'];
  /** VMs left to an operation that is creating or changing them. */
  deferred: Scalars['Int']['output'];
  /** VMs new to the platform, recorded with a drift.vm_appeared event. */
  inserted: Scalars['Int']['output'];
  /** How long the sync took, in milliseconds. */
  ms: Scalars['Int']['output'];
  /** VMs where only IPs, VMware Tools or the host changed: updated without an event. */
  refreshed: Scalars['Int']['output'];
  /** VMs and templates vCenter listed. */
  seen: Scalars['Int']['output'];
  /** VMs that could not be recorded as they are (e.g. a name in use); each is logged. */
  skipped: Scalars['Int']['output'];
  /** Templates and VMs outside every organisation's folder. */
  unassigned: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  /** Ready VMs gone from vCenter, now deleted, each with a drift.vm_vanished event. */
  vanished: Scalars['Int']['output'];
  /** Of which reading the inventory from vCenter, in milliseconds. */
  vcenterMs: Scalars['Int']['output'];
};

/** A catalog licence and how many units of it. */
export type VmLicenceInput = {
  /** 1–1024. */
  quantity: Scalars['Int']['input'];
  /** The catalog SKU, e.g. "licence.windows-server". */
  sku: Scalars['String']['input'];
};

/** PROVISIONING until its create job has made the VM in vCenter, READY while it exists, DELETING while it is removed. */
export type VmLifecycle =
  | 'DELETING'
  | 'PROVISIONING'
  | 'READY';

/** A VM's utilisation over a window, every metric as a columnar series. */
export type VmMetrics = {
  __typename?: 'VmMetrics';
  /** CPU use in percent of the allocated vCPUs. */
  cpu: MetricSeries;
  /** Percent of time a vCPU was ready to run but not scheduled (contention on the host). */
  cpuReady: MetricSeries;
  /** Highest latency of the VM's disks, ms. */
  diskLatency: MetricSeries;
  /** Disk read throughput, KB/s. */
  diskRead: MetricSeries;
  /** Disk reads per second. */
  diskReadIops: MetricSeries;
  /** Disk write throughput, KB/s. */
  diskWrite: MetricSeries;
  /** Disk writes per second. */
  diskWriteIops: MetricSeries;
  /** Memory use in percent of the allocated RAM. */
  memory: MetricSeries;
  /** Memory the guest touched recently, MB. */
  memoryActive: MetricSeries;
  /** Network receive rate, KB/s. */
  networkReceive: MetricSeries;
  /** Network transmit rate, KB/s. */
  networkTransmit: MetricSeries;
  /** The stored resolution that answered: 5 (raw samples), 30, 120 or 1440 minutes. */
  resolutionMinutes: Scalars['Int']['output'];
  since: Scalars['DateTimeISO']['output'];
  stepMinutes: Scalars['Int']['output'];
  until: Scalars['DateTimeISO']['output'];
};

/** What a VM has cost this billing month, and its forecast for the whole month (VAT included). */
export type VmMonthCost = {
  __typename?: 'VmMonthCost';
  /** Usage up to this hour is included; null before any. */
  meteredUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Month to date plus the VM's last metered day carried over the hours left in the month. */
  projectedMonthEnd: Money;
  /** Metered usage this month so far, priced as on the bill. */
  toDate: Money;
};

/** The network a new VM's NIC joins. */
export type VmNetworkInput = {
  /** STATIC only: an address of the network's static range; the lowest free one when left out. */
  ipAddress?: InputMaybe<Scalars['String']['input']>;
  ipMode: IpMode;
  /** A network of the same organisation. */
  networkId: Scalars['ID']['input'];
};

/** A network adapter of a VM, as vCenter reports it. */
export type VmNic = {
  __typename?: 'VmNic';
  id: Scalars['ID']['output'];
  /** The static address handed out, or for DHCP what the guest reports (null while it reports none). */
  ipAddress?: Maybe<Scalars['String']['output']>;
  ipMode: IpMode;
  macAddress?: Maybe<Scalars['String']['output']>;
  /** The vSphere port group the adapter is connected to. */
  portGroup?: Maybe<Scalars['String']['output']>;
};

/** A requested change to a VM, run as a durable job: poll it for progress. */
export type VmOperation = {
  __typename?: 'VmOperation';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the operation FAILED. */
  error?: Maybe<VmOperationError>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kind: VmOperationKind;
  /** 0–100. */
  progress: Scalars['Int']['output'];
  requestedBy: Actor;
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: VmOperationStatus;
  /** The VM operated on; null once it is deleted. */
  vm?: Maybe<Vm>;
};

/** A page of an organisation's VM operations, newest first. */
export type VmOperationConnection = {
  __typename?: 'VmOperationConnection';
  edges: Array<VmOperationEdge>;
  pageInfo: PageInfo;
};

/** One operation in a page, with the cursor that points just after it. */
export type VmOperationEdge = {
  __typename?: 'VmOperationEdge';
  /** Opaque; pass it as `after` to continue after this operation. */
  cursor: Scalars['String']['output'];
  node: VmOperation;
};

/** Why an operation failed. */
export type VmOperationError = {
  __typename?: 'VmOperationError';
  /** Stable, e.g. INSUFFICIENT_RESOURCES or TIMEOUT. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** What an operation does to its VM. */
export type VmOperationKind =
  | 'ADD_DISK'
  | 'CREATE'
  | 'DELETE'
  | 'GROW_DISK'
  | 'POWER_OFF'
  | 'POWER_ON'
  | 'REBOOT'
  | 'RESIZE'
  | 'SHUTDOWN'
  | 'SUSPEND';

/** QUEUED until the job runner picks it up, RUNNING while it acts, then SUCCEEDED or FAILED. */
export type VmOperationStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** By name ignoring case, then id: NAME_ASC A→Z (the default), NAME_DESC Z→A. */
export type VmOrder =
  | 'NAME_ASC'
  | 'NAME_DESC';

/** One 5-minute sample, in vCenter's units; null where vCenter gave no value. */
export type VmPerformanceSampleInput = {
  /** cpu.ready.summation as basis points of the interval per vCPU. */
  cpuReadyBp?: InputMaybe<Scalars['Int']['input']>;
  /** cpu.usage.average, basis points (1/100 %). */
  cpuUsageBp?: InputMaybe<Scalars['Int']['input']>;
  /** disk.maxTotalLatency.latest, ms. */
  diskLatencyMs?: InputMaybe<Scalars['Int']['input']>;
  /** disk.numberReadAveraged.average. */
  diskReadIops?: InputMaybe<Scalars['Int']['input']>;
  /** disk.read.average, KB/s. */
  diskReadKbps?: InputMaybe<Scalars['Int']['input']>;
  /** disk.numberWriteAveraged.average. */
  diskWriteIops?: InputMaybe<Scalars['Int']['input']>;
  /** disk.write.average, KB/s. */
  diskWriteKbps?: InputMaybe<Scalars['Int']['input']>;
  /** mem.active.average, KB. */
  memoryActiveKb?: InputMaybe<Scalars['Int']['input']>;
  /** mem.usage.average, basis points. */
  memoryUsageBp?: InputMaybe<Scalars['Int']['input']>;
  /** net.received.average, KB/s. */
  networkReceiveKbps?: InputMaybe<Scalars['Int']['input']>;
  /** net.transmitted.average, KB/s. */
  networkTransmitKbps?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  sampledAt: Scalars['DateTimeISO']['input'];
  /** sys.uptime.latest, seconds. */
  uptimeSeconds?: InputMaybe<Scalars['Int']['input']>;
  vmId: Scalars['ID']['input'];
};

/** A page of an organisation's VMs ranked by cost or CPU, highest first, then by id; VMs without data follow, by id. */
export type VmRankingConnection = {
  __typename?: 'VmRankingConnection';
  edges: Array<VmRankingEdge>;
  /** Costs: usage before this hour is included (null before any this month). Null for CPU. */
  meteredUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  pageInfo: PageInfo;
  /** CPU: the window's start. Null for costs. */
  since?: Maybe<Scalars['DateTimeISO']['output']>;
  /** VMs ranked, with data or without, on every page. */
  totalCount: Scalars['Int']['output'];
  /** CPU: the window's end (exclusive). Null for costs. */
  until?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Of those, the VMs with data (ranked first). */
  withDataCount: Scalars['Int']['output'];
};

/** One VM of a ranking, the figure it is ranked by, and the cursor that points just after it. */
export type VmRankingEdge = {
  __typename?: 'VmRankingEdge';
  /** MONTH_COST or MONTH_FORECAST: the amount ranked, VAT included. Null otherwise or without data. */
  cost?: Maybe<Money>;
  /** CPU_AVERAGE: the mean CPU of every sample in the window, %. Null otherwise or without data. */
  cpuAveragePercent?: Maybe<Scalars['Float']['output']>;
  /** Opaque; pass it as `after` to continue after this VM. */
  cursor: Scalars['String']['output'];
  /** False when the VM has nothing to rank by (not metered this month, or no sample in the window): it comes after every VM with data. */
  hasData: Scalars['Boolean']['output'];
  /** The VM; null only with an error (one the vms subgraph no longer has). */
  node?: Maybe<Vm>;
};

/** MONTH_COST: this billing month so far (as `Vm.monthCost.toDate`); MONTH_FORECAST: its month-end forecast (`projectedMonthEnd`); CPU_AVERAGE: mean CPU over the window. Highest first; VMs without data last. */
export type VmRankingOrder =
  | 'CPU_AVERAGE'
  | 'MONTH_COST'
  | 'MONTH_FORECAST';

/** A named VM size: a specification, never a price. `estimate` prices it at the prices in force now, so a price change reaches every size at once. */
export type VmSize = {
  __typename?: 'VmSize';
  bootDisk: VmSizeBootDisk;
  description: Scalars['String']['output'];
  /** The size alone (no extra disks, licences or IPs) at the prices and VAT rate in force now, priced like estimateVm. */
  estimate: VmEstimate;
  /** Whole GB of RAM. */
  memoryGb: Scalars['Int']['output'];
  /** e.g. "general.small": the family, a dot, the size. */
  name: Scalars['String']['output'];
  vcpuCount: Scalars['Int']['output'];
};

/** The boot disk of a named VM size. */
export type VmSizeBootDisk = {
  __typename?: 'VmSizeBootDisk';
  capacityGb: Scalars['Int']['output'];
  tier: StorageTier;
};

/** An organisation's VMs suspended for unpaid usage: running VMs are powered off, and none may be powered on or created until it is lifted. Nothing is deleted. */
export type VmSuspension = {
  __typename?: 'VmSuspension';
  /** When a top-up lifted it; null while it lasts. */
  liftedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  organizationId: Scalars['ID']['output'];
  /** Power-off operations queued because of this suspension so far. */
  powerOffOperations: Scalars['Int']['output'];
  /** Why, as billing put it. */
  reason: Scalars['String']['output'];
  suspendedAt: Scalars['DateTimeISO']['output'];
};

/** A VM's newest measurements. When the newest sample is older than 15 minutes (or there is none), `stale` is true and every value is null: the VM has no data since `sampledAt`, which is never shown as zero. */
export type VmTelemetry = {
  __typename?: 'VmTelemetry';
  /** CPU use, %. */
  cpu?: Maybe<Scalars['Float']['output']>;
  /** CPU ready, %. */
  cpuReady?: Maybe<Scalars['Float']['output']>;
  /** Highest disk latency, ms. */
  diskLatency?: Maybe<Scalars['Float']['output']>;
  /** Disk reads, KB/s. */
  diskRead?: Maybe<Scalars['Float']['output']>;
  /** Disk reads per second. */
  diskReadIops?: Maybe<Scalars['Float']['output']>;
  /** Disk writes, KB/s. */
  diskWrite?: Maybe<Scalars['Float']['output']>;
  /** Disk writes per second. */
  diskWriteIops?: Maybe<Scalars['Float']['output']>;
  /** Memory use, %. */
  memory?: Maybe<Scalars['Float']['output']>;
  /** Active memory, MB. */
  memoryActive?: Maybe<Scalars['Float']['output']>;
  /** Network receive, KB/s. */
  networkReceive?: Maybe<Scalars['Float']['output']>;
  /** Network transmit, KB/s. */
  networkTransmit?: Maybe<Scalars['Float']['output']>;
  /** Since when the collector has seen the VM in that power state. */
  powerStateSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The power state the collector last saw; null before it saw the VM. */
  poweredOn?: Maybe<Scalars['Boolean']['output']>;
  /** When the newest sample was taken; null when none ever was. */
  sampledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** True when there is no sample from the last 15 minutes. */
  stale: Scalars['Boolean']['output'];
  /** Seconds since the guest booted. */
  uptimeSeconds?: Maybe<Scalars['Int']['output']>;
};

/** A VM's whole billable state right after a change. */
export type VmUsageChangeInput = {
  /** The sender's id for the change; a resend carries the same one. */
  changeId: Scalars['String']['input'];
  disks: Array<VmUsageDiskInput>;
  /** False before the VM is ready and once it is deleted. */
  exists: Scalars['Boolean']['input'];
  licences: Array<VmUsageLicenceInput>;
  memoryMib: Scalars['Int']['input'];
  occurredAt: Scalars['DateTimeISO']['input'];
  organizationId: Scalars['ID']['input'];
  poweredOn: Scalars['Boolean']['input'];
  publicIpCount: Scalars['Int']['input'];
  vcpuCount: Scalars['Int']['input'];
  vmId: Scalars['ID']['input'];
};

/** A disk as billed: its storage tier and size. */
export type VmUsageDiskInput = {
  capacityGb: Scalars['Int']['input'];
  diskId: Scalars['ID']['input'];
  /** performance, standard or archive. */
  tier: Scalars['String']['input'];
};

/** A licence the VM carries: a catalog SKU and how many of its units. */
export type VmUsageLicenceInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

/** An organisation's prepaid wallet; its balance is the sum of its ledger. */
export type Wallet = {
  __typename?: 'Wallet';
  /** The current episode of unpaid usage; null when available money is at or above minus the credit limit. */
  arrears?: Maybe<WalletArrears>;
  /** The automatic top-up rule; null when none is set. */
  autoTopUp?: Maybe<AutoTopUpRule>;
  /** Balance minus active holds. Holds and charges stop at minus the credit limit; only metered usage, already consumed, is charged beyond it. */
  available: Money;
  /** The sum of every ledger entry. */
  balance: Money;
  /** Where the balance came from: paid, granted, spent and adjusted, summed from the ledger. */
  breakdown: WalletBreakdown;
  /** Top-ups charged to saved cards, newest first; at most 50. */
  cardCharges: Array<CardCharge>;
  /** How far below zero holds and charges may take `available`; set by provider staff. */
  creditLimit: Money;
  /** Always ZAR. */
  currency: Scalars['String']['output'];
  /** The latest entries, newest first; at most 100. */
  entries: Array<LedgerEntry>;
  /** Holds, newest first; only active unexpired ones by default. */
  holds: Array<WalletHold>;
  id: Scalars['ID']['output'];
  /** Null when no warning is set. */
  lowBalanceAlert?: Maybe<LowBalanceAlert>;
  /** Cards PayGate keeps for the organisation, newest first. */
  savedCards: Array<SavedCard>;
  suspensionPolicy: SuspensionPolicy;
  /** Card top-ups, newest first; at most 50. */
  topUps: Array<TopUp>;
  /** The ledger page by page, newest first: `first` entries (default 20, at most 100) older than the `after` cursor. Entries written meanwhile never shift later pages. A malformed cursor is BAD_USER_INPUT. */
  transactions: LedgerEntryConnection;
  /** How many days the available money lasts at the recent daily usage charges; null before any. */
  usageRunway?: Maybe<UsageRunway>;
};


/** An organisation's prepaid wallet; its balance is the sum of its ledger. */
export type WalletCardChargesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation's prepaid wallet; its balance is the sum of its ledger. */
export type WalletEntriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation's prepaid wallet; its balance is the sum of its ledger. */
export type WalletHoldsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An organisation's prepaid wallet; its balance is the sum of its ledger. */
export type WalletTopUpsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation's prepaid wallet; its balance is the sum of its ledger. */
export type WalletTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Unpaid usage: available money is below minus the credit limit. The owners are e-mailed at the start and 24 hours before the grace period ends; then the organisation's running VMs are powered off (nothing is deleted) until a top-up brings available money back to minus the credit limit. */
export type WalletArrears = {
  __typename?: 'WalletArrears';
  /** When the VMs are powered off if nothing is paid. */
  graceEndsAt: Scalars['DateTimeISO']['output'];
  /** What a top-up must add to end it. */
  shortfall: Money;
  since: Scalars['DateTimeISO']['output'];
  /** When the VMs were suspended; null before. */
  vmsSuspendedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Where the balance came from, summed from the ledger by kind: balance = paid + granted − spent + adjusted. Provider credit (granted) is kept apart from money the organisation paid. */
export type WalletBreakdown = {
  __typename?: 'WalletBreakdown';
  /** Operator corrections, signed. */
  adjusted: Money;
  /** Credit granted by the provider (credit grants). */
  granted: Money;
  /** Money the organisation paid in (top-ups) or was given back (refunds). */
  paid: Money;
  /** Money spent on services (charges), as a positive amount. */
  spent: Money;
};

/** Money reserved against a wallet's available balance, then captured or released. */
export type WalletHold = {
  __typename?: 'WalletHold';
  /** The amount reserved. */
  amount: Money;
  /** The amount charged when the hold was captured; zero otherwise. */
  captured: Money;
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** When the hold was captured, released or expired. */
  settledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: HoldStatus;
};

export type Join__Graph =
  | 'CATALOG'
  | 'TELEMETRY_BILLING'
  | 'TENANCY'
  | 'VMS'
  | 'WALLET';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutation = { __typename?: 'Mutation', acknowledgeAlert: { __typename?: 'VmAlert', id: string, acknowledgement?: { __typename?: 'AlertAcknowledgement', at: string, actorKind: AlertActorKind, actorId: string } | null } };

export type AlertRuleForm_AlertRuleFragmentFragment = { __typename?: 'AlertRule', id: string, name: string, metric: AlertMetric, operator: AlertOperator, threshold?: number | null, durationMinutes: number, severity: AlertSeverity, enabled: boolean, isDefault: boolean } & { ' $fragmentName'?: 'AlertRuleForm_AlertRuleFragmentFragment' };

export type CreateAlertRuleMutationVariables = Exact<{
  input: CreateAlertRuleInput;
}>;


export type CreateAlertRuleMutation = { __typename?: 'Mutation', createAlertRule: { __typename?: 'AlertRule', id: string } };

export type UpdateAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateAlertRuleInput;
}>;


export type UpdateAlertRuleMutation = { __typename?: 'Mutation', updateAlertRule: { __typename?: 'AlertRule', id: string, name: string, operator: AlertOperator, threshold?: number | null, durationMinutes: number, severity: AlertSeverity, enabled: boolean } };

export type AlertRuleRow_AlertRuleFragmentFragment = { __typename?: 'AlertRule', id: string, name: string, metric: AlertMetric, unit: string, operator: AlertOperator, threshold?: number | null, durationMinutes: number, severity: AlertSeverity, enabled: boolean, isDefault: boolean } & { ' $fragmentName'?: 'AlertRuleRow_AlertRuleFragmentFragment' };

export type AlertRulesQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type AlertRulesQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, alertRules?: Array<(
      { __typename?: 'AlertRule', id: string }
      & { ' $fragmentRefs'?: { 'AlertRuleRow_AlertRuleFragmentFragment': AlertRuleRow_AlertRuleFragmentFragment;'AlertRuleForm_AlertRuleFragmentFragment': AlertRuleForm_AlertRuleFragmentFragment } }
    )> | null } | null };

export type DeleteAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAlertRuleMutation = { __typename?: 'Mutation', deleteAlertRule: string };

export type FiringAlertRow_VmAlertFragmentFragment = { __typename?: 'VmAlert', id: string, severity: AlertSeverity, ruleName: string, metric: AlertMetric, unit: string, operator: AlertOperator, threshold?: number | null, durationMinutes: number, conditionSince: string, peakValue?: number | null, vm: { __typename?: 'Vm', id: string, name: string }, acknowledgement?: { __typename?: 'AlertAcknowledgement', at: string, actorKind: AlertActorKind, actorId: string } | null } & { ' $fragmentName'?: 'FiringAlertRow_VmAlertFragmentFragment' };

export type FiringAlertsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type FiringAlertsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, openAlerts?: Array<(
      { __typename?: 'VmAlert', id: string }
      & { ' $fragmentRefs'?: { 'FiringAlertRow_VmAlertFragmentFragment': FiringAlertRow_VmAlertFragmentFragment } }
    )> | null, users: Array<{ __typename?: 'User', id: string, displayName: string }> } | null };

export type ResolvedAlertRow_VmAlertFragmentFragment = { __typename?: 'VmAlert', id: string, severity: AlertSeverity, ruleName: string, metric: AlertMetric, unit: string, operator: AlertOperator, threshold?: number | null, durationMinutes: number, firedAt: string, resolvedAt?: string | null, resolution?: AlertResolution | null, peakValue?: number | null, vm: { __typename?: 'Vm', id: string, name: string } } & { ' $fragmentName'?: 'ResolvedAlertRow_VmAlertFragmentFragment' };

export type ResolvedAlertsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolvedAlertsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, resolvedAlerts?: { __typename?: 'VmAlertConnection', edges: Array<{ __typename?: 'VmAlertEdge', cursor: string, node: (
          { __typename?: 'VmAlert', id: string }
          & { ' $fragmentRefs'?: { 'ResolvedAlertRow_VmAlertFragmentFragment': ResolvedAlertRow_VmAlertFragmentFragment } }
        ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };

export type AuditEventRow_AuditEventFragment = { __typename?: 'AuditEvent', id: string, kind: string, outcome: AuditOutcome, message?: string | null, before?: string | null, after?: string | null, occurredAt: string, vmName?: string | null, vm?: { __typename?: 'Vm', id: string, name: string } | null, actor: { __typename?: 'Actor', kind: ActorKind, id?: string | null } } & { ' $fragmentName'?: 'AuditEventRow_AuditEventFragment' };

export type AuditLogQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  vmId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: (
        { __typename?: 'AuditEvent', id: string }
        & { ' $fragmentRefs'?: { 'AuditEventRow_AuditEventFragment': AuditEventRow_AuditEventFragment } }
      ) }> } };

export type AuditVmOptionsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  vmId: Scalars['ID']['input'];
  withVm: Scalars['Boolean']['input'];
}>;


export type AuditVmOptionsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, vms?: { __typename?: 'VmConnection', totalCount: number, edges: Array<{ __typename?: 'VmEdge', node: { __typename?: 'Vm', id: string, name: string } }> } | null } | null, vm?: { __typename?: 'Vm', id: string, name: string } | null };

export type AuditActorsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  ownOrganizationId: Scalars['ID']['input'];
  withOwn: Scalars['Boolean']['input'];
}>;


export type AuditActorsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, users: Array<{ __typename?: 'User', id: string, displayName: string }> } | null, own?: { __typename?: 'Organization', id: string, users: Array<{ __typename?: 'User', id: string, displayName: string }> } | null, apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, secretPrefix: string }> };

export type RequestSignInCodeMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestSignInCodeMutation = { __typename?: 'Mutation', requestSignInCode: { __typename?: 'SignInCodeRequest', accepted: boolean, expiresInSeconds: number } };

export type SignInOptionsQueryVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type SignInOptionsQuery = { __typename?: 'Query', signInOptions: { __typename?: 'SignInOptions', singleSignOn: boolean, emailCode: boolean } };

export type StartSingleSignOnMutationVariables = Exact<{
  email: Scalars['String']['input'];
  redirectUri: Scalars['String']['input'];
}>;


export type StartSingleSignOnMutation = { __typename?: 'Mutation', startSingleSignOn: { __typename?: 'SingleSignOnStart', authorizationUrl: string } };

export type SingleSignOnLogoutUrlQueryVariables = Exact<{
  postLogoutRedirectUri: Scalars['String']['input'];
}>;


export type SingleSignOnLogoutUrlQuery = { __typename?: 'Query', singleSignOnLogoutUrl?: string | null };

export type AccountStanding_OrganizationFragmentFragment = { __typename?: 'Organization', vmSuspension?: { __typename?: 'VmSuspension', suspendedAt: string, reason: string, liftedAt?: string | null } | null, wallet?: { __typename?: 'Wallet', id: string, available: { __typename?: 'Money', amount: string, currency: string }, arrears?: { __typename?: 'WalletArrears', since: string, graceEndsAt: string, vmsSuspendedAt?: string | null, shortfall: { __typename?: 'Money', amount: string, currency: string } } | null, usageRunway?: { __typename?: 'UsageRunway', days?: number | null, dailyUsage: { __typename?: 'Money', amount: string, currency: string } } | null } | null } & { ' $fragmentName'?: 'AccountStanding_OrganizationFragmentFragment' };

export type BillLinesTable_BillLineFragmentFragment = { __typename?: 'BillLine', vmId: string, sku: string, description: string, unit: string, quantity: string, vm?: { __typename?: 'Vm', id: string, name: string } | null, amount: { __typename?: 'Money', amount: string, currency: string } } & { ' $fragmentName'?: 'BillLinesTable_BillLineFragmentFragment' };

export type UpdateBillingDetailsMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  billingAddress?: InputMaybe<Scalars['String']['input']>;
  vatNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateBillingDetailsMutation = { __typename?: 'Mutation', updateBillingDetails: { __typename?: 'Organization', id: string, billingAddress?: string | null, vatNumber?: string | null } };

export type BillingDetailsPanel_OrganizationFragmentFragment = { __typename?: 'Organization', name: string, billingAddress?: string | null, vatNumber?: string | null } & { ' $fragmentName'?: 'BillingDetailsPanel_OrganizationFragmentFragment' };

export type BillingMonthQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type BillingMonthQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, currentBill?: (
      { __typename?: 'CurrentBill' }
      & { ' $fragmentRefs'?: { 'CurrentBillPanel_CurrentBillFragmentFragment': CurrentBillPanel_CurrentBillFragmentFragment } }
    ) | null, budget?: (
      { __typename?: 'MonthlyBudget' }
      & { ' $fragmentRefs'?: { 'BudgetPanel_MonthlyBudgetFragmentFragment': BudgetPanel_MonthlyBudgetFragmentFragment } }
    ) | null } | null };

export type BillingAccountQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type BillingAccountQuery = { __typename?: 'Query', organization?: (
    { __typename?: 'Organization', id: string }
    & { ' $fragmentRefs'?: { 'AccountStanding_OrganizationFragmentFragment': AccountStanding_OrganizationFragmentFragment;'BillingDetailsPanel_OrganizationFragmentFragment': BillingDetailsPanel_OrganizationFragmentFragment } }
  ) | null };

export type SetMonthlyBudgetMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Decimal']['input']>;
}>;


export type SetMonthlyBudgetMutation = { __typename?: 'Mutation', setMonthlyBudget?: { __typename?: 'MonthlyBudget', month: string } | null };

export type BudgetPanel_MonthlyBudgetFragmentFragment = { __typename?: 'MonthlyBudget', amount: { __typename?: 'Money', amount: string, currency: string }, spent: { __typename?: 'Money', amount: string, currency: string }, forecast: { __typename?: 'Money', amount: string, currency: string }, thresholdsReached: Array<{ __typename?: 'BudgetThreshold', percent: number, basis: BudgetBasis, reachedAt: string, emailedAt?: string | null }> } & { ' $fragmentName'?: 'BudgetPanel_MonthlyBudgetFragmentFragment' };

export type ResellerCommissionQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type ResellerCommissionQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, resellerCommissions?: Array<{ __typename?: 'ResellerCommission', fromMonth: string, percent: string, setAt: string }> | null, commissionStatements?: { __typename?: 'CommissionStatementConnection', edges: Array<{ __typename?: 'CommissionStatementEdge', node: (
          { __typename?: 'CommissionStatement', id: string }
          & { ' $fragmentRefs'?: { 'CommissionStatementRow_CommissionStatementFragmentFragment': CommissionStatementRow_CommissionStatementFragmentFragment } }
        ) }> } | null } | null };

export type CommissionStatementRow_CommissionStatementFragmentFragment = { __typename?: 'CommissionStatement', month: string, percent: string, invoiceNumber: string, billed: { __typename?: 'Money', amount: string, currency: string }, margin: { __typename?: 'Money', amount: string, currency: string }, due: { __typename?: 'Money', amount: string, currency: string }, lines: Array<{ __typename?: 'CommissionLine', customerId: string, customerName: string, invoiceNumber: string, billed: { __typename?: 'Money', amount: string, currency: string }, margin: { __typename?: 'Money', amount: string, currency: string }, due: { __typename?: 'Money', amount: string, currency: string } }> } & { ' $fragmentName'?: 'CommissionStatementRow_CommissionStatementFragmentFragment' };

export type CurrentBillPanel_CurrentBillFragmentFragment = { __typename?: 'CurrentBill', month: string, meteredUntil?: string | null, lines: Array<(
    { __typename?: 'BillLine' }
    & { ' $fragmentRefs'?: { 'BillLinesTable_BillLineFragmentFragment': BillLinesTable_BillLineFragmentFragment } }
  )>, subtotal: { __typename?: 'Money', amount: string, currency: string }, vatByRate: Array<{ __typename?: 'BillVat', rate: string, vat: { __typename?: 'Money', amount: string, currency: string } }>, total: { __typename?: 'Money', amount: string, currency: string }, projectedTotal: { __typename?: 'Money', amount: string, currency: string } } & { ' $fragmentName'?: 'CurrentBillPanel_CurrentBillFragmentFragment' };

export type BillingInvoicesQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BillingInvoicesQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, bills?: { __typename?: 'InvoiceConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', id: string, number: string, month: string, issuedAt: string, pdfUrl: string, csvUrl: string, total: { __typename?: 'Money', amount: string, currency: string } } }> } | null } | null };

export type DashboardPageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type DashboardPageQuery = { __typename?: 'Query', organization?: (
    { __typename?: 'Organization', id: string, wallet?: (
      { __typename?: 'Wallet', id: string }
      & { ' $fragmentRefs'?: { 'WalletBalance_WalletFragmentFragment': WalletBalance_WalletFragmentFragment } }
    ) | null, currentBill?: (
      { __typename?: 'CurrentBill' }
      & { ' $fragmentRefs'?: { 'MonthCost_CurrentBillFragmentFragment': MonthCost_CurrentBillFragmentFragment } }
    ) | null, usage?: (
      { __typename?: 'OrganizationUsage' }
      & { ' $fragmentRefs'?: { 'FleetUsage_OrganizationUsageFragmentFragment': FleetUsage_OrganizationUsageFragmentFragment } }
    ) | null, openAlerts?: Array<(
      { __typename?: 'VmAlert', id: string }
      & { ' $fragmentRefs'?: { 'OpenAlertsPanel_VmAlertFragmentFragment': OpenAlertsPanel_VmAlertFragmentFragment } }
    )> | null, vms?: { __typename?: 'VmConnection', totalCount: number, edges: Array<{ __typename?: 'VmEdge', node: (
          { __typename?: 'Vm', id: string }
          & { ' $fragmentRefs'?: { 'FleetSummary_VmFragmentFragment': FleetSummary_VmFragmentFragment;'VmRow_VmFragmentFragment': VmRow_VmFragmentFragment } }
        ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null }
    & { ' $fragmentRefs'?: { 'OrgHeader_OrganizationFragmentFragment': OrgHeader_OrganizationFragmentFragment } }
  ) | null };

export type FleetSummary_VmFragmentFragment = { __typename?: 'Vm', id: string, vcpuCount: number, memoryMib: number, disks: Array<{ __typename?: 'VmDisk', id: string, capacityGb: number }>, estimatedMonthlyCost?: { __typename?: 'VmCostEstimate', monthlyTotal: { __typename?: 'Money', amount: string, currency: string } } | null } & { ' $fragmentName'?: 'FleetSummary_VmFragmentFragment' };

export type FleetUsage_OrganizationUsageFragmentFragment = { __typename?: 'OrganizationUsage', measuredVmCount: number, averageCpuPercent?: number | null, peakCpuPercent?: number | null, averageMemoryPercent?: number | null, peakMemoryPercent?: number | null } & { ' $fragmentName'?: 'FleetUsage_OrganizationUsageFragmentFragment' };

export type HealthBadge_VmHealthFragmentFragment = { __typename?: 'VmHealth', score: Array<number | null> } & { ' $fragmentName'?: 'HealthBadge_VmHealthFragmentFragment' };

export type ManagedOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, userCount: number, wallet?: { __typename?: 'Wallet', id: string, balance: { __typename?: 'Money', amount: string, currency: string } } | null, vms?: { __typename?: 'VmConnection', totalCount: number } | null }> };

export type MonthCost_CurrentBillFragmentFragment = { __typename?: 'CurrentBill', meteredUntil?: string | null, total: { __typename?: 'Money', amount: string, currency: string }, projectedTotal: { __typename?: 'Money', amount: string, currency: string } } & { ' $fragmentName'?: 'MonthCost_CurrentBillFragmentFragment' };

export type OpenAlertsPanel_VmAlertFragmentFragment = { __typename?: 'VmAlert', id: string, severity: AlertSeverity, ruleName: string, unit: string, conditionSince: string, peakValue?: number | null, vm: { __typename?: 'Vm', id: string, name: string } } & { ' $fragmentName'?: 'OpenAlertsPanel_VmAlertFragmentFragment' };

export type OrgHeader_OrganizationFragmentFragment = { __typename?: 'Organization', name: string, kind: OrganizationKind, parent?: { __typename?: 'Organization', id: string, name: string } | null } & { ' $fragmentName'?: 'OrgHeader_OrganizationFragmentFragment' };

export type TelemetryNow_VmTelemetryFragmentFragment = { __typename?: 'VmTelemetry', stale: boolean, sampledAt?: string | null, cpu?: number | null, memory?: number | null } & { ' $fragmentName'?: 'TelemetryNow_VmTelemetryFragmentFragment' };

export type UsageSparkline_VmMetricsFragmentFragment = { __typename?: 'VmMetrics', since: string, stepMinutes: number, cpu: { __typename?: 'MetricSeries', unit: string, average: Array<number | null> }, memory: { __typename?: 'MetricSeries', unit: string, average: Array<number | null> } } & { ' $fragmentName'?: 'UsageSparkline_VmMetricsFragmentFragment' };

export type VmRow_VmFragmentFragment = { __typename?: 'Vm', id: string, name: string, powerState: PowerState, vcpuCount: number, memoryGb: number, openAlertCount?: number | null, disks: Array<{ __typename?: 'VmDisk', id: string, capacityGb: number, tier: StorageTier }>, estimatedMonthlyCost?: { __typename?: 'VmCostEstimate', monthlyTotal: { __typename?: 'Money', amount: string, currency: string } } | null, metrics?: (
    { __typename?: 'VmMetrics' }
    & { ' $fragmentRefs'?: { 'UsageSparkline_VmMetricsFragmentFragment': UsageSparkline_VmMetricsFragmentFragment } }
  ) | null, telemetry?: (
    { __typename?: 'VmTelemetry' }
    & { ' $fragmentRefs'?: { 'TelemetryNow_VmTelemetryFragmentFragment': TelemetryNow_VmTelemetryFragmentFragment } }
  ) | null, health?: (
    { __typename?: 'VmHealth' }
    & { ' $fragmentRefs'?: { 'HealthBadge_VmHealthFragmentFragment': HealthBadge_VmHealthFragmentFragment } }
  ) | null } & { ' $fragmentName'?: 'VmRow_VmFragmentFragment' };

export type WalletBalance_WalletFragmentFragment = { __typename?: 'Wallet', id: string, balance: { __typename?: 'Money', amount: string, currency: string }, usageRunway?: { __typename?: 'UsageRunway', days?: number | null, dailyUsage: { __typename?: 'Money', amount: string, currency: string } } | null, arrears?: { __typename?: 'WalletArrears', graceEndsAt: string, vmsSuspendedAt?: string | null, shortfall: { __typename?: 'Money', amount: string, currency: string } } | null } & { ' $fragmentName'?: 'WalletBalance_WalletFragmentFragment' };

export type DashboardMoreVmsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type DashboardMoreVmsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, vms?: { __typename?: 'VmConnection', totalCount: number, edges: Array<{ __typename?: 'VmEdge', node: (
          { __typename?: 'Vm', id: string }
          & { ' $fragmentRefs'?: { 'FleetSummary_VmFragmentFragment': FleetSummary_VmFragmentFragment;'VmRow_VmFragmentFragment': VmRow_VmFragmentFragment } }
        ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } };

export type CustomerRow_OrganizationFragmentFragment = { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, wallet?: { __typename?: 'Wallet', id: string, balance: { __typename?: 'Money', amount: string, currency: string } } | null, fleet?: { __typename?: 'Fleet', vmCount: number, vcpuCount: number, memoryGb: string } | null, currentBill?: { __typename?: 'CurrentBill', total: { __typename?: 'Money', amount: string, currency: string } } | null } & { ' $fragmentName'?: 'CustomerRow_OrganizationFragmentFragment' };

export type CustomersPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersPageQuery = { __typename?: 'Query', organizations: Array<(
    { __typename?: 'Organization', id: string, name: string, parent?: { __typename?: 'Organization', id: string } | null }
    & { ' $fragmentRefs'?: { 'CustomerRow_OrganizationFragmentFragment': CustomerRow_OrganizationFragmentFragment } }
  )> };

export type AllocationVmQueryVariables = Exact<{
  vmId: Scalars['ID']['input'];
}>;


export type AllocationVmQuery = { __typename?: 'Query', vm?: { __typename?: 'Vm', id: string, name: string } | null };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { __typename?: 'Mutation', createNetwork: { __typename?: 'Network', id: string, name: string } };

export type DeleteNetworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNetworkMutation = { __typename?: 'Mutation', deleteNetwork: string };

export type UpdateNetworkRangesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  dhcpRange: IpRangeInput;
  staticRange: IpRangeInput;
}>;


export type UpdateNetworkRangesMutation = { __typename?: 'Mutation', updateNetworkRanges: { __typename?: 'Network', id: string, freeStaticAddressCount: number, dhcpRange: { __typename?: 'IpRange', first: string, last: string, size: number }, staticRange: { __typename?: 'IpRange', first: string, last: string, size: number } } };

export type NetworkPageQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
}>;


export type NetworkPageQuery = { __typename?: 'Query', network?: { __typename?: 'Network', id: string, name: string, cidr: string, gateway: string, portGroup: string, createdAt: string, freeStaticAddressCount: number, dhcpRange: { __typename?: 'IpRange', first: string, last: string, size: number }, staticRange: { __typename?: 'IpRange', first: string, last: string, size: number }, allocations: Array<{ __typename?: 'IpAllocation', address: string, holder: string, allocatedAt: string }>, organization: { __typename?: 'Organization', id: string } } | null };

export type NetworkTable_NetworkFragmentFragment = { __typename?: 'Network', id: string, name: string, cidr: string, gateway: string, freeStaticAddressCount: number, dhcpRange: { __typename?: 'IpRange', first: string, last: string, size: number }, staticRange: { __typename?: 'IpRange', first: string, last: string, size: number }, allocations: Array<{ __typename?: 'IpAllocation', address: string }> } & { ' $fragmentName'?: 'NetworkTable_NetworkFragmentFragment' };

export type NetworksPageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type NetworksPageQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, networks?: Array<(
      { __typename?: 'Network', id: string }
      & { ' $fragmentRefs'?: { 'NetworkTable_NetworkFragmentFragment': NetworkTable_NetworkFragmentFragment } }
    )> | null } | null };

export type CreateVmNetworksQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type CreateVmNetworksQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, networks?: Array<{ __typename?: 'Network', id: string, name: string, cidr: string }> | null } | null };

export type CreateVmMutationVariables = Exact<{
  input: CreateVmInput;
}>;


export type CreateVmMutation = { __typename?: 'Mutation', createVm: { __typename?: 'VmOperation', id: string, status: VmOperationStatus } };

export type NewVmOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NewVmOptionsQuery = { __typename?: 'Query', vmSizes: Array<{ __typename?: 'VmSize', name: string, description: string, vcpuCount: number, memoryGb: number, bootDisk: { __typename?: 'VmSizeBootDisk', tier: StorageTier, capacityGb: number }, estimate: { __typename?: 'VmEstimate', monthlyTotal: { __typename?: 'Money', amount: string, currency: string } } }>, products: Array<{ __typename?: 'Product', sku: string, name: string, unit: ProductUnit }> };

export type NewVmEstimateQueryVariables = Exact<{
  input: VmEstimateInput;
}>;


export type NewVmEstimateQuery = { __typename?: 'Query', estimateVm: (
    { __typename?: 'VmEstimate' }
    & { ' $fragmentRefs'?: { 'VmEstimatePanel_VmEstimateFragmentFragment': VmEstimatePanel_VmEstimateFragmentFragment } }
  ) };

export type VmEstimatePanel_VmEstimateFragmentFragment = { __typename?: 'VmEstimate', lines: Array<{ __typename?: 'CostLine', description: string, sku: string, quantity: string, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, monthlySubtotal: { __typename?: 'Money', amount: string, currency: string }, hourlyRate: { __typename?: 'Money', amount: string, currency: string }, vat: { __typename?: 'VatCharge', rate: string, amount: { __typename?: 'Money', amount: string, currency: string } }, monthlyTotal: { __typename?: 'Money', amount: string, currency: string } } & { ' $fragmentName'?: 'VmEstimatePanel_VmEstimateFragmentFragment' };

export type ProviderCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderCatalogQuery = { __typename?: 'Query', products: Array<(
    { __typename?: 'Product', id: string, sku: string, name: string, upcomingPrices: Array<{ __typename?: 'ScheduledProductPrice', effectiveFrom: string, unitPrice: { __typename?: 'Money', amount: string, currency: string } }> }
    & { ' $fragmentRefs'?: { 'PricesTable_ProductFragmentFragment': PricesTable_ProductFragmentFragment } }
  )>, vatRate: (
    { __typename?: 'VatRate' }
    & { ' $fragmentRefs'?: { 'VatPanel_VatRateFragmentFragment': VatPanel_VatRateFragmentFragment } }
  ), upcomingVatRates: Array<{ __typename?: 'VatRate', rate: string, effectiveFrom: string }>, vmSizes: Array<(
    { __typename?: 'VmSize', name: string }
    & { ' $fragmentRefs'?: { 'VmSizesTable_VmSizeFragmentFragment': VmSizesTable_VmSizeFragmentFragment } }
  )> };

export type SetCreditLimitMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
}>;


export type SetCreditLimitMutation = { __typename?: 'Mutation', setCreditLimit: { __typename?: 'Money', amount: string, currency: string } };

export type CreditRow_OrganizationFragmentFragment = { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, parent?: { __typename?: 'Organization', id: string, name: string } | null, wallet?: { __typename?: 'Wallet', id: string, balance: { __typename?: 'Money', amount: string, currency: string }, available: { __typename?: 'Money', amount: string, currency: string }, creditLimit: { __typename?: 'Money', amount: string, currency: string }, breakdown: { __typename?: 'WalletBreakdown', granted: { __typename?: 'Money', amount: string, currency: string } } } | null } & { ' $fragmentName'?: 'CreditRow_OrganizationFragmentFragment' };

export type ProviderCreditQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderCreditQuery = { __typename?: 'Query', organizations: Array<(
    { __typename?: 'Organization', id: string, kind: OrganizationKind }
    & { ' $fragmentRefs'?: { 'CreditRow_OrganizationFragmentFragment': CreditRow_OrganizationFragmentFragment } }
  )> };

export type GrantCreditMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type GrantCreditMutation = { __typename?: 'Mutation', grantCredit: { __typename?: 'LedgerEntry', id: string, amount: { __typename?: 'Money', amount: string, currency: string } } };

export type PricesTable_ProductFragmentFragment = { __typename?: 'Product', id: string, sku: string, name: string, category: ProductCategory, unit: ProductUnit, priceEffectiveFrom: string, unitPrice: { __typename?: 'Money', amount: string, currency: string } } & { ' $fragmentName'?: 'PricesTable_ProductFragmentFragment' };

export type SetProductPriceMutationVariables = Exact<{
  sku: Scalars['String']['input'];
  unitPrice: Scalars['Decimal']['input'];
  effectiveFrom: Scalars['DateTimeISO']['input'];
}>;


export type SetProductPriceMutation = { __typename?: 'Mutation', setProductPrice: { __typename?: 'ScheduledProductPrice', sku: string, effectiveFrom: string, unitPrice: { __typename?: 'Money', amount: string, currency: string } } };

export type VatPanel_VatRateFragmentFragment = { __typename?: 'VatRate', rate: string, effectiveFrom: string } & { ' $fragmentName'?: 'VatPanel_VatRateFragmentFragment' };

export type SetVatRateMutationVariables = Exact<{
  rate: Scalars['Decimal']['input'];
  effectiveFrom: Scalars['DateTimeISO']['input'];
}>;


export type SetVatRateMutation = { __typename?: 'Mutation', setVatRate: { __typename?: 'VatRate', rate: string, effectiveFrom: string } };

export type VmSizesTable_VmSizeFragmentFragment = { __typename?: 'VmSize', name: string, description: string, vcpuCount: number, memoryGb: number, bootDisk: { __typename?: 'VmSizeBootDisk', tier: StorageTier, capacityGb: number }, estimate: { __typename?: 'VmEstimate', monthlySubtotal: { __typename?: 'Money', amount: string, currency: string }, monthlyTotal: { __typename?: 'Money', amount: string, currency: string } } } & { ' $fragmentName'?: 'VmSizesTable_VmSizeFragmentFragment' };

export type OrganizationChoiceQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationChoiceQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind }> };

export type SingleSignOnSettingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SingleSignOnSettingsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, singleSignOn?: { __typename?: 'SingleSignOn', issuer: string, clientId: string, clientSecretSet: boolean, emailDomains: Array<string>, allowEmailCodes: boolean, jitProvisioning: boolean, jitDefaultRole: UserRole, updatedAt: string } | null } | null };

export type SetSingleSignOnMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  input: SingleSignOnInput;
}>;


export type SetSingleSignOnMutation = { __typename?: 'Mutation', setSingleSignOn: { __typename?: 'SingleSignOn', issuer: string, clientSecretSet: boolean, emailDomains: Array<string>, updatedAt: string } };

export type ClearSingleSignOnMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type ClearSingleSignOnMutation = { __typename?: 'Mutation', clearSingleSignOn: boolean };

export type ApiKeyRow_ApiKeyFragment = { __typename?: 'ApiKey', id: string, name: string, secretPrefix: string, readOnly: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null } & { ' $fragmentName'?: 'ApiKeyRow_ApiKeyFragment' };

export type TeamApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamApiKeysQuery = { __typename?: 'Query', apiKeys: Array<(
    { __typename?: 'ApiKey', id: string }
    & { ' $fragmentRefs'?: { 'ApiKeyRow_ApiKeyFragment': ApiKeyRow_ApiKeyFragment } }
  )> };

export type SessionRow_SessionFragment = { __typename?: 'Session', id: string, createdAt: string, lastRefreshedAt?: string | null, expiresAt: string, clientAddress: string, userAgent?: string | null, signInMethod: SignInMethod, current: boolean } & { ' $fragmentName'?: 'SessionRow_SessionFragment' };

export type TeamMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMySessionsQuery = { __typename?: 'Query', mySessions: Array<(
    { __typename?: 'Session', id: string, current: boolean }
    & { ' $fragmentRefs'?: { 'SessionRow_SessionFragment': SessionRow_SessionFragment } }
  )> };

export type UserRow_UserFragment = { __typename?: 'User', id: string, email: string, displayName: string, role: UserRole, createdAt: string, disabledAt?: string | null } & { ' $fragmentName'?: 'UserRow_UserFragment' };

export type TeamUsersQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type TeamUsersQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, users: Array<(
      { __typename?: 'User', id: string, role: UserRole, disabledAt?: string | null }
      & { ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }
    )> } | null };

export type TeamCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type TeamCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string } };

export type TeamUpdateUserRoleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  role: UserRole;
}>;


export type TeamUpdateUserRoleMutation = { __typename?: 'Mutation', updateUserRole: { __typename?: 'User', id: string, role: UserRole } };

export type TeamDisableUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type TeamDisableUserMutation = { __typename?: 'Mutation', disableUser: { __typename?: 'User', id: string, disabledAt?: string | null } };

export type TeamCreateApiKeyMutationVariables = Exact<{
  name: Scalars['String']['input'];
  readOnly: Scalars['Boolean']['input'];
}>;


export type TeamCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, secretPrefix: string } } };

export type TeamRevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamRevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type TeamRevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamRevokeSessionMutation = { __typename?: 'Mutation', revokeSession: boolean };

export type OperationProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OperationProgressQuery = { __typename?: 'Query', vmOperation?: { __typename?: 'VmOperation', id: string, kind: VmOperationKind, status: VmOperationStatus, progress: number, error?: { __typename?: 'VmOperationError', code: string, message: string } | null, vm?: { __typename?: 'Vm', id: string, name: string } | null } | null };

export type ResizeEstimateQueryVariables = Exact<{
  inputs: Array<VmEstimateInput> | VmEstimateInput;
}>;


export type ResizeEstimateQuery = { __typename?: 'Query', estimateVms: Array<{ __typename?: 'VmEstimate', monthlySubtotal: { __typename?: 'Money', amount: string, currency: string } }> };

export type VmActions_VmFragmentFragment = { __typename?: 'Vm', id: string, name: string, powerState: PowerState, lifecycle: VmLifecycle, vcpuCount: number, memoryGb: number, memoryMib: number, disks: Array<{ __typename?: 'VmDisk', id: string, label: string, capacityGb: number, tier: StorageTier }> } & { ' $fragmentName'?: 'VmActions_VmFragmentFragment' };

export type VmConfiguration_VmFragmentFragment = { __typename?: 'Vm', vcpuCount: number, memoryGb: number, guestOs?: string | null, toolsStatus?: string | null, ipAddresses: Array<string>, host?: string | null, datastore?: string | null, createdAt: string, instanceUuid?: string | null, disks: Array<{ __typename?: 'VmDisk', id: string, label: string, capacityGb: number, tier: StorageTier }>, nics: Array<{ __typename?: 'VmNic', id: string, portGroup?: string | null, macAddress?: string | null, ipMode: IpMode, ipAddress?: string | null }> } & { ' $fragmentName'?: 'VmConfiguration_VmFragmentFragment' };

export type VmCost_VmFragmentFragment = { __typename?: 'Vm', estimatedMonthlyCost?: { __typename?: 'VmCostEstimate', monthlyTotal: { __typename?: 'Money', amount: string, currency: string }, hourlyRate: { __typename?: 'Money', amount: string, currency: string } } | null, monthCost?: { __typename?: 'VmMonthCost', meteredUntil?: string | null, toDate: { __typename?: 'Money', amount: string, currency: string }, projectedMonthEnd: { __typename?: 'Money', amount: string, currency: string } } | null } & { ' $fragmentName'?: 'VmCost_VmFragmentFragment' };

export type VmDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VmDetailQuery = { __typename?: 'Query', vm?: (
    { __typename?: 'Vm', id: string, name: string, powerState: PowerState, lifecycle: VmLifecycle, organization: { __typename?: 'Organization', id: string }, operations: Array<(
      { __typename?: 'VmOperation', id: string, status: VmOperationStatus }
      & { ' $fragmentRefs'?: { 'VmHistory_VmOperationFragmentFragment': VmHistory_VmOperationFragmentFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'VmConfiguration_VmFragmentFragment': VmConfiguration_VmFragmentFragment;'VmCost_VmFragmentFragment': VmCost_VmFragmentFragment;'VmActions_VmFragmentFragment': VmActions_VmFragmentFragment } }
  ) | null };

export type VmHistory_VmOperationFragmentFragment = { __typename?: 'VmOperation', id: string, kind: VmOperationKind, status: VmOperationStatus, progress: number, createdAt: string, startedAt?: string | null, finishedAt?: string | null, requestedBy: { __typename?: 'Actor', kind: ActorKind }, error?: { __typename?: 'VmOperationError', code: string, message: string } | null } & { ' $fragmentName'?: 'VmHistory_VmOperationFragmentFragment' };

export type VmAuditQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  vmId: Scalars['ID']['input'];
}>;


export type VmAuditQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, kind: string, outcome: AuditOutcome, message?: string | null, occurredAt: string, actor: { __typename?: 'Actor', kind: ActorKind, id?: string | null } } }> } };

export type AlertTimeline_VmAlertFragmentFragment = { __typename?: 'VmAlert', id: string, ruleName: string, severity: AlertSeverity, state: AlertState, unit: string, conditionSince: string, resolvedAt?: string | null, resolution?: AlertResolution | null, firedValue?: number | null, peakValue?: number | null, acknowledgement?: { __typename?: 'AlertAcknowledgement', at: string } | null } & { ' $fragmentName'?: 'AlertTimeline_VmAlertFragmentFragment' };

export type GuestDisks_GuestDiskUsageFragmentFragment = { __typename?: 'GuestDiskUsage', path: string, capacityGb: number, usedGb: number, usedPercent: number, sampledAt: string } & { ' $fragmentName'?: 'GuestDisks_GuestDiskUsageFragmentFragment' };

export type HealthChart_VmHealthFragmentFragment = { __typename?: 'VmHealth', since: string, until: string, stepMinutes: number, score: Array<number | null>, reasons: Array<Array<string>> } & { ' $fragmentName'?: 'HealthChart_VmHealthFragmentFragment' };

export type MetricCharts_VmMetricsFragmentFragment = { __typename?: 'VmMetrics', since: string, until: string, stepMinutes: number, resolutionMinutes: number, cpu: { __typename?: 'MetricSeries', unit: string, average: Array<number | null>, maximum: Array<number | null> }, memory: { __typename?: 'MetricSeries', unit: string, average: Array<number | null>, maximum: Array<number | null> }, diskReadIops: { __typename?: 'MetricSeries', unit: string, average: Array<number | null> }, diskWriteIops: { __typename?: 'MetricSeries', unit: string, average: Array<number | null> }, diskRead: { __typename?: 'MetricSeries', unit: string, average: Array<number | null> }, diskWrite: { __typename?: 'MetricSeries', unit: string, average: Array<number | null> }, diskLatency: { __typename?: 'MetricSeries', unit: string, average: Array<number | null>, maximum: Array<number | null> }, networkReceive: { __typename?: 'MetricSeries', unit: string, average: Array<number | null> }, networkTransmit: { __typename?: 'MetricSeries', unit: string, average: Array<number | null> } } & { ' $fragmentName'?: 'MetricCharts_VmMetricsFragmentFragment' };

export type TelemetryValues_VmTelemetryFragmentFragment = { __typename?: 'VmTelemetry', sampledAt?: string | null, poweredOn?: boolean | null, stale: boolean, cpu?: number | null, cpuReady?: number | null, memory?: number | null, memoryActive?: number | null, diskRead?: number | null, diskWrite?: number | null, diskReadIops?: number | null, diskWriteIops?: number | null, diskLatency?: number | null, networkReceive?: number | null, networkTransmit?: number | null, uptimeSeconds?: number | null } & { ' $fragmentName'?: 'TelemetryValues_VmTelemetryFragmentFragment' };

export type VmTelemetrySectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  window: MetricWindowInput;
}>;


export type VmTelemetrySectionQuery = { __typename?: 'Query', vm?: { __typename?: 'Vm', id: string, telemetry?: (
      { __typename?: 'VmTelemetry' }
      & { ' $fragmentRefs'?: { 'TelemetryValues_VmTelemetryFragmentFragment': TelemetryValues_VmTelemetryFragmentFragment } }
    ) | null, guestDisks?: Array<(
      { __typename?: 'GuestDiskUsage' }
      & { ' $fragmentRefs'?: { 'GuestDisks_GuestDiskUsageFragmentFragment': GuestDisks_GuestDiskUsageFragmentFragment } }
    )> | null, metrics?: (
      { __typename?: 'VmMetrics', since: string, until: string }
      & { ' $fragmentRefs'?: { 'MetricCharts_VmMetricsFragmentFragment': MetricCharts_VmMetricsFragmentFragment } }
    ) | null, health?: (
      { __typename?: 'VmHealth' }
      & { ' $fragmentRefs'?: { 'HealthChart_VmHealthFragmentFragment': HealthChart_VmHealthFragmentFragment } }
    ) | null, alerts?: Array<(
      { __typename?: 'VmAlert' }
      & { ' $fragmentRefs'?: { 'AlertTimeline_VmAlertFragmentFragment': AlertTimeline_VmAlertFragmentFragment } }
    )> | null } | null };

export type PowerOnVmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PowerOnVmMutation = { __typename?: 'Mutation', powerOnVm: { __typename?: 'VmOperation', id: string } };

export type ShutdownVmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShutdownVmMutation = { __typename?: 'Mutation', shutdownVm: { __typename?: 'VmOperation', id: string } };

export type PowerOffVmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PowerOffVmMutation = { __typename?: 'Mutation', powerOffVm: { __typename?: 'VmOperation', id: string } };

export type RebootVmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RebootVmMutation = { __typename?: 'Mutation', rebootVm: { __typename?: 'VmOperation', id: string } };

export type SuspendVmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SuspendVmMutation = { __typename?: 'Mutation', suspendVm: { __typename?: 'VmOperation', id: string } };

export type ResizeVmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  vcpuCount: Scalars['Int']['input'];
  memoryGb: Scalars['Int']['input'];
}>;


export type ResizeVmMutation = { __typename?: 'Mutation', resizeVm: { __typename?: 'VmOperation', id: string } };

export type AddVmDiskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disk: VmDiskInput;
}>;


export type AddVmDiskMutation = { __typename?: 'Mutation', addVmDisk: { __typename?: 'VmOperation', id: string } };

export type DeleteVmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  confirmName: Scalars['String']['input'];
}>;


export type DeleteVmMutation = { __typename?: 'Mutation', deleteVm: { __typename?: 'VmOperation', id: string } };

export type GrowVmDiskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  diskId: Scalars['ID']['input'];
  capacityGb: Scalars['Int']['input'];
}>;


export type GrowVmDiskMutation = { __typename?: 'Mutation', growVmDisk: { __typename?: 'VmOperation', id: string } };

export type VmListRow_VmFragmentFragment = { __typename?: 'Vm', id: string, name: string, powerState: PowerState, lifecycle: VmLifecycle, vcpuCount: number, memoryGb: number, ipAddresses: Array<string>, openAlertCount?: number | null, disks: Array<{ __typename?: 'VmDisk', id: string, capacityGb: number, tier: StorageTier }>, estimatedMonthlyCost?: { __typename?: 'VmCostEstimate', monthlyTotal: { __typename?: 'Money', amount: string, currency: string } } | null, monthCost?: { __typename?: 'VmMonthCost', meteredUntil?: string | null, toDate: { __typename?: 'Money', amount: string, currency: string } } | null, metrics?: { __typename?: 'VmMetrics', cpu: { __typename?: 'MetricSeries', average: Array<number | null> } } | null, health?: (
    { __typename?: 'VmHealth' }
    & { ' $fragmentRefs'?: { 'HealthBadge_VmHealthFragmentFragment': HealthBadge_VmHealthFragmentFragment } }
  ) | null, operations: Array<{ __typename?: 'VmOperation', id: string, kind: VmOperationKind, status: VmOperationStatus }> } & { ' $fragmentName'?: 'VmListRow_VmFragmentFragment' };

export type VmListByNameQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  powerState?: InputMaybe<PowerState>;
  order: VmOrder;
  cpuWindow: MetricWindowInput;
}>;


export type VmListByNameQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, vms?: { __typename?: 'VmConnection', totalCount: number, edges: Array<{ __typename?: 'VmEdge', node: (
          { __typename?: 'Vm', id: string }
          & { ' $fragmentRefs'?: { 'VmListRow_VmFragmentFragment': VmListRow_VmFragmentFragment } }
        ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };

export type VmListRankedQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  by: VmRankingOrder;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  vmIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  cpuWindow: MetricWindowInput;
}>;


export type VmListRankedQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, vmRanking?: { __typename?: 'VmRankingConnection', totalCount: number, withDataCount: number, edges: Array<{ __typename?: 'VmRankingEdge', hasData: boolean, node?: (
          { __typename?: 'Vm', id: string }
          & { ' $fragmentRefs'?: { 'VmListRow_VmFragmentFragment': VmListRow_VmFragmentFragment } }
        ) | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };

export type VmListMatchesQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  powerState?: InputMaybe<PowerState>;
}>;


export type VmListMatchesQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, vms?: { __typename?: 'VmConnection', totalCount: number, edges: Array<{ __typename?: 'VmEdge', node: { __typename?: 'Vm', id: string } }> } | null } | null };

export type SetAutoTopUpMutationVariables = Exact<{
  input: SetAutoTopUpInput;
}>;


export type SetAutoTopUpMutation = { __typename?: 'Mutation', setAutoTopUp: { __typename?: 'AutoTopUpRule', enabled: boolean } };

export type RemoveSavedCardMutationVariables = Exact<{
  cardId: Scalars['ID']['input'];
}>;


export type RemoveSavedCardMutation = { __typename?: 'Mutation', removeSavedCard: { __typename?: 'SavedCard', id: string } };

export type PayWithSavedCardMutationVariables = Exact<{
  input: PayWithSavedCardInput;
}>;


export type PayWithSavedCardMutation = { __typename?: 'Mutation', payWithSavedCard: { __typename?: 'CardCharge', id: string, reference: string, status: CardChargeStatus, resultDescription?: string | null, amount: { __typename?: 'Money', amount: string, currency: string } } };

export type WalletCardsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type WalletCardsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, wallet?: { __typename?: 'Wallet', id: string, savedCards: Array<{ __typename?: 'SavedCard', id: string, brand: string, maskedNumber: string, expiryMonth: number, expiryYear: number, expired: boolean, savedBy: string, savedAt: string }>, autoTopUp?: { __typename?: 'AutoTopUpRule', minHoursBetween: number, email: string, enabled: boolean, consecutiveFailures: number, disabledReason?: string | null, card: { __typename?: 'SavedCard', id: string, brand: string, maskedNumber: string, expiryMonth: number, expiryYear: number }, threshold: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string }, monthlyCap: { __typename?: 'Money', amount: string, currency: string }, usedThisMonth: { __typename?: 'Money', amount: string, currency: string }, lastAttempt?: { __typename?: 'CardCharge', id: string, reference: string, status: CardChargeStatus, resultDescription?: string | null, createdAt: string, amount: { __typename?: 'Money', amount: string, currency: string } } | null } | null } | null } | null };

export type StartTopUpMutationVariables = Exact<{
  input: StartTopUpInput;
}>;


export type StartTopUpMutation = { __typename?: 'Mutation', startTopUp: { __typename?: 'TopUpStart', topUp: { __typename?: 'TopUp', id: string, status: TopUpStatus }, redirect?: { __typename?: 'PaymentRedirect', url: string, fields: Array<{ __typename?: 'FormField', name: string, value: string }> } | null } };

export type TopUpStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TopUpStatusQuery = { __typename?: 'Query', topUp?: { __typename?: 'TopUp', id: string, reference: string, status: TopUpStatus, resultDescription?: string | null, createdAt: string, settledAt?: string | null, amount: { __typename?: 'Money', amount: string, currency: string } } | null };

export type WalletTransactionsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WalletTransactionsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, wallet?: { __typename?: 'Wallet', id: string, transactions: { __typename?: 'LedgerEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LedgerEntryEdge', cursor: string, node: { __typename?: 'LedgerEntry', id: string, kind: EntryKind, description: string, createdAt: string, amount: { __typename?: 'Money', amount: string, currency: string } } }> } } | null } | null };

export type WalletPageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type WalletPageQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, wallet?: { __typename?: 'Wallet', id: string, balance: { __typename?: 'Money', amount: string, currency: string }, available: { __typename?: 'Money', amount: string, currency: string }, breakdown: { __typename?: 'WalletBreakdown', paid: { __typename?: 'Money', amount: string, currency: string }, granted: { __typename?: 'Money', amount: string, currency: string }, spent: { __typename?: 'Money', amount: string, currency: string } }, lowBalanceAlert?: { __typename?: 'LowBalanceAlert', email: string, warned: boolean, threshold: { __typename?: 'Money', amount: string, currency: string } } | null, topUps: Array<{ __typename?: 'TopUp', id: string, reference: string, status: TopUpStatus, resultDescription?: string | null, createdAt: string, amount: { __typename?: 'Money', amount: string, currency: string } }> } | null } | null };

export const AlertRuleForm_AlertRuleFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleForm_AlertRuleFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<AlertRuleForm_AlertRuleFragmentFragment, unknown>;
export const AlertRuleRow_AlertRuleFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleRow_AlertRuleFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<AlertRuleRow_AlertRuleFragmentFragment, unknown>;
export const FiringAlertRow_VmAlertFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FiringAlertRow_VmAlertFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"conditionSince"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}}]}}]}}]} as unknown as DocumentNode<FiringAlertRow_VmAlertFragmentFragment, unknown>;
export const ResolvedAlertRow_VmAlertFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolvedAlertRow_VmAlertFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"firedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResolvedAlertRow_VmAlertFragmentFragment, unknown>;
export const AuditEventRow_AuditEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"vmName"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditEventRow_AuditEventFragment, unknown>;
export const AccountStanding_OrganizationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountStanding_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmSuspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vmsSuspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageRunway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dailyUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountStanding_OrganizationFragmentFragment, unknown>;
export const BillingDetailsPanel_OrganizationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingDetailsPanel_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}}]}}]} as unknown as DocumentNode<BillingDetailsPanel_OrganizationFragmentFragment, unknown>;
export const BudgetPanel_MonthlyBudgetFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPanel_MonthlyBudgetFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdsReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}}]}}]}}]} as unknown as DocumentNode<BudgetPanel_MonthlyBudgetFragmentFragment, unknown>;
export const CommissionStatementRow_CommissionStatementFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommissionStatementRow_CommissionStatementFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"margin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"margin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<CommissionStatementRow_CommissionStatementFragmentFragment, unknown>;
export const BillLinesTable_BillLineFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillLinesTable_BillLineFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<BillLinesTable_BillLineFragmentFragment, unknown>;
export const CurrentBillPanel_CurrentBillFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentBillPanel_CurrentBillFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentBill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillLinesTable_BillLineFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatByRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillLinesTable_BillLineFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CurrentBillPanel_CurrentBillFragmentFragment, unknown>;
export const FleetSummary_VmFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetSummary_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMib"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<FleetSummary_VmFragmentFragment, unknown>;
export const FleetUsage_OrganizationUsageFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUsage_OrganizationUsageFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredVmCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageCpuPercent"}},{"kind":"Field","name":{"kind":"Name","value":"peakCpuPercent"}},{"kind":"Field","name":{"kind":"Name","value":"averageMemoryPercent"}},{"kind":"Field","name":{"kind":"Name","value":"peakMemoryPercent"}}]}}]} as unknown as DocumentNode<FleetUsage_OrganizationUsageFragmentFragment, unknown>;
export const MonthCost_CurrentBillFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthCost_CurrentBillFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentBill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}}]}}]} as unknown as DocumentNode<MonthCost_CurrentBillFragmentFragment, unknown>;
export const OpenAlertsPanel_VmAlertFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenAlertsPanel_VmAlertFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"conditionSince"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpenAlertsPanel_VmAlertFragmentFragment, unknown>;
export const OrgHeader_OrganizationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgHeader_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgHeader_OrganizationFragmentFragment, unknown>;
export const UsageSparkline_VmMetricsFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageSparkline_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"stepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]} as unknown as DocumentNode<UsageSparkline_VmMetricsFragmentFragment, unknown>;
export const TelemetryNow_VmTelemetryFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TelemetryNow_VmTelemetryFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmTelemetry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"sampledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]} as unknown as DocumentNode<TelemetryNow_VmTelemetryFragmentFragment, unknown>;
export const HealthBadge_VmHealthFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<HealthBadge_VmHealthFragmentFragment, unknown>;
export const VmRow_VmFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmRow_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageSparkline_VmMetricsFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"telemetry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TelemetryNow_VmTelemetryFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlertCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageSparkline_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"stepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TelemetryNow_VmTelemetryFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmTelemetry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"sampledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<VmRow_VmFragmentFragment, unknown>;
export const WalletBalance_WalletFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletBalance_WalletFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageRunway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dailyUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vmsSuspendedAt"}}]}}]}}]} as unknown as DocumentNode<WalletBalance_WalletFragmentFragment, unknown>;
export const CustomerRow_OrganizationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmCount"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentBill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRow_OrganizationFragmentFragment, unknown>;
export const NetworkTable_NetworkFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkTable_NetworkFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"dhcpRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staticRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeStaticAddressCount"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<NetworkTable_NetworkFragmentFragment, unknown>;
export const VmEstimatePanel_VmEstimateFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmEstimatePanel_VmEstimateFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmEstimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<VmEstimatePanel_VmEstimateFragmentFragment, unknown>;
export const CreditRow_OrganizationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditRow_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditRow_OrganizationFragmentFragment, unknown>;
export const PricesTable_ProductFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricesTable_ProductFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceEffectiveFrom"}}]}}]} as unknown as DocumentNode<PricesTable_ProductFragmentFragment, unknown>;
export const VatPanel_VatRateFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VatPanel_VatRateFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VatRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]} as unknown as DocumentNode<VatPanel_VatRateFragmentFragment, unknown>;
export const VmSizesTable_VmSizeFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmSizesTable_VmSizeFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmSize"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"bootDisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<VmSizesTable_VmSizeFragmentFragment, unknown>;
export const ApiKeyRow_ApiKeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_ApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApiKeyRow_ApiKeyFragment, unknown>;
export const SessionRow_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionRow_Session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<SessionRow_SessionFragment, unknown>;
export const UserRow_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]} as unknown as DocumentNode<UserRow_UserFragment, unknown>;
export const VmActions_VmFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmActions_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMib"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]} as unknown as DocumentNode<VmActions_VmFragmentFragment, unknown>;
export const VmConfiguration_VmFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmConfiguration_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"guestOs"}},{"kind":"Field","name":{"kind":"Name","value":"toolsStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"datastore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUuid"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"portGroup"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"ipMode"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}}]}}]} as unknown as DocumentNode<VmConfiguration_VmFragmentFragment, unknown>;
export const VmCost_VmFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmCost_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedMonthEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}}]}}]}}]} as unknown as DocumentNode<VmCost_VmFragmentFragment, unknown>;
export const VmHistory_VmOperationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmHistory_VmOperationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<VmHistory_VmOperationFragmentFragment, unknown>;
export const AlertTimeline_VmAlertFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTimeline_VmAlertFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"conditionSince"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"firedValue"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AlertTimeline_VmAlertFragmentFragment, unknown>;
export const GuestDisks_GuestDiskUsageFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestDisks_GuestDiskUsageFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuestDiskUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"usedGb"}},{"kind":"Field","name":{"kind":"Name","value":"usedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"sampledAt"}}]}}]} as unknown as DocumentNode<GuestDisks_GuestDiskUsageFragmentFragment, unknown>;
export const HealthChart_VmHealthFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthChart_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"stepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<HealthChart_VmHealthFragmentFragment, unknown>;
export const MetricCharts_VmMetricsFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricCharts_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"stepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskReadIops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskWriteIops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskWrite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkReceive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkTransmit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]} as unknown as DocumentNode<MetricCharts_VmMetricsFragmentFragment, unknown>;
export const TelemetryValues_VmTelemetryFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TelemetryValues_VmTelemetryFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmTelemetry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sampledAt"}},{"kind":"Field","name":{"kind":"Name","value":"poweredOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"cpuReady"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"memoryActive"}},{"kind":"Field","name":{"kind":"Name","value":"diskRead"}},{"kind":"Field","name":{"kind":"Name","value":"diskWrite"}},{"kind":"Field","name":{"kind":"Name","value":"diskReadIops"}},{"kind":"Field","name":{"kind":"Name","value":"diskWriteIops"}},{"kind":"Field","name":{"kind":"Name","value":"diskLatency"}},{"kind":"Field","name":{"kind":"Name","value":"networkReceive"}},{"kind":"Field","name":{"kind":"Name","value":"networkTransmit"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeSeconds"}}]}}]} as unknown as DocumentNode<TelemetryValues_VmTelemetryFragmentFragment, unknown>;
export const VmListRow_VmFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmListRow_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cpuWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlertCount"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<VmListRow_VmFragmentFragment, unknown>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const CreateAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>;
export const UpdateAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpdateAlertRuleMutation, UpdateAlertRuleMutationVariables>;
export const AlertRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleRow_AlertRuleFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleForm_AlertRuleFragment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleRow_AlertRuleFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleForm_AlertRuleFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<AlertRulesQuery, AlertRulesQueryVariables>;
export const DeleteAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>;
export const FiringAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiringAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FiringAlertRow_VmAlertFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FiringAlertRow_VmAlertFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"conditionSince"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}}]}}]}}]} as unknown as DocumentNode<FiringAlertsQuery, FiringAlertsQueryVariables>;
export const ResolvedAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolvedAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolvedAlertRow_VmAlertFragment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolvedAlertRow_VmAlertFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"firedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResolvedAlertsQuery, ResolvedAlertsQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vmId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"vmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventRow_AuditEvent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"vmName"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditVmOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditVmOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withVm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vmId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withVm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditVmOptionsQuery, AuditVmOptionsQueryVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownOrganizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOwn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"own"},"name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownOrganizationId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOwn"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const RequestSignInCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignInCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignInCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<RequestSignInCodeMutation, RequestSignInCodeMutationVariables>;
export const SignInOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"}},{"kind":"Field","name":{"kind":"Name","value":"emailCode"}}]}}]}}]} as unknown as DocumentNode<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const StartSingleSignOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSingleSignOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSingleSignOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"redirectUri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationUrl"}}]}}]}}]} as unknown as DocumentNode<StartSingleSignOnMutation, StartSingleSignOnMutationVariables>;
export const SingleSignOnLogoutUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleSignOnLogoutUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postLogoutRedirectUri"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOnLogoutUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postLogoutRedirectUri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postLogoutRedirectUri"}}}]}]}}]} as unknown as DocumentNode<SingleSignOnLogoutUrlQuery, SingleSignOnLogoutUrlQueryVariables>;
export const UpdateBillingDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBillingDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingAddress"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vatNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBillingDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingAddress"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingAddress"}}},{"kind":"Argument","name":{"kind":"Name","value":"vatNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vatNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}}]}}]}}]} as unknown as DocumentNode<UpdateBillingDetailsMutation, UpdateBillingDetailsMutationVariables>;
export const BillingMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentBill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentBillPanel_CurrentBillFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPanel_MonthlyBudgetFragment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillLinesTable_BillLineFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentBillPanel_CurrentBillFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentBill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillLinesTable_BillLineFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatByRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPanel_MonthlyBudgetFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholdsReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}}]}}]}}]} as unknown as DocumentNode<BillingMonthQuery, BillingMonthQueryVariables>;
export const BillingAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountStanding_OrganizationFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingDetailsPanel_OrganizationFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountStanding_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmSuspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vmsSuspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageRunway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dailyUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingDetailsPanel_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}}]}}]} as unknown as DocumentNode<BillingAccountQuery, BillingAccountQueryVariables>;
export const SetMonthlyBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMonthlyBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMonthlyBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]} as unknown as DocumentNode<SetMonthlyBudgetMutation, SetMonthlyBudgetMutationVariables>;
export const ResellerCommissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerCommission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resellerCommissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissionStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommissionStatementRow_CommissionStatementFragment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommissionStatementRow_CommissionStatementFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"margin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"margin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ResellerCommissionQuery, ResellerCommissionQueryVariables>;
export const BillingInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingInvoicesQuery, BillingInvoicesQueryVariables>;
export const DashboardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgHeader_OrganizationFragment"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletBalance_WalletFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentBill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthCost_CurrentBillFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetUsage_OrganizationUsageFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpenAlertsPanel_VmAlertFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetSummary_VmFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmRow_VmFragment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageSparkline_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"stepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TelemetryNow_VmTelemetryFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmTelemetry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"sampledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgHeader_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletBalance_WalletFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageRunway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dailyUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vmsSuspendedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthCost_CurrentBillFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentBill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUsage_OrganizationUsageFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredVmCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageCpuPercent"}},{"kind":"Field","name":{"kind":"Name","value":"peakCpuPercent"}},{"kind":"Field","name":{"kind":"Name","value":"averageMemoryPercent"}},{"kind":"Field","name":{"kind":"Name","value":"peakMemoryPercent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenAlertsPanel_VmAlertFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"conditionSince"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetSummary_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMib"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmRow_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageSparkline_VmMetricsFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"telemetry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TelemetryNow_VmTelemetryFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlertCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"}}]}}]}}]} as unknown as DocumentNode<DashboardPageQuery, DashboardPageQueryVariables>;
export const ManagedOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedOrganizationsQuery, ManagedOrganizationsQueryVariables>;
export const DashboardMoreVmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMoreVms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetSummary_VmFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmRow_VmFragment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageSparkline_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"stepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TelemetryNow_VmTelemetryFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmTelemetry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"sampledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetSummary_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMib"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmRow_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageSparkline_VmMetricsFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"telemetry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TelemetryNow_VmTelemetryFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlertCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"}}]}}]}}]} as unknown as DocumentNode<DashboardMoreVmsQuery, DashboardMoreVmsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const CustomersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow_OrganizationFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmCount"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentBill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersPageQuery, CustomersPageQueryVariables>;
export const AllocationVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocationVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vmId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AllocationVmQuery, AllocationVmQueryVariables>;
export const CreateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const DeleteNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNetworkMutation, DeleteNetworkMutationVariables>;
export const UpdateNetworkRangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetworkRanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dhcpRange"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IpRangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staticRange"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IpRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetworkRanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dhcpRange"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dhcpRange"}}},{"kind":"Argument","name":{"kind":"Name","value":"staticRange"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staticRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dhcpRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staticRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeStaticAddressCount"}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkRangesMutation, UpdateNetworkRangesMutationVariables>;
export const NetworkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"portGroup"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dhcpRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staticRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeStaticAddressCount"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPageQuery, NetworkPageQueryVariables>;
export const NetworksPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworksPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkTable_NetworkFragment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkTable_NetworkFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"dhcpRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staticRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeStaticAddressCount"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<NetworksPageQuery, NetworksPageQueryVariables>;
export const CreateVmNetworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreateVmNetworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVmNetworksQuery, CreateVmNetworksQueryVariables>;
export const CreateVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateVmMutation, CreateVmMutationVariables>;
export const NewVmOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewVmOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmSizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"bootDisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"LICENCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<NewVmOptionsQuery, NewVmOptionsQueryVariables>;
export const NewVmEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewVmEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VmEstimateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimateVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmEstimatePanel_VmEstimateFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmEstimatePanel_VmEstimateFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmEstimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<NewVmEstimateQuery, NewVmEstimateQueryVariables>;
export const ProviderCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PricesTable_ProductFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VatPanel_VatRateFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingVatRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vmSizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmSizesTable_VmSizeFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricesTable_ProductFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceEffectiveFrom"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VatPanel_VatRateFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VatRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmSizesTable_VmSizeFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmSize"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"bootDisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCatalogQuery, ProviderCatalogQueryVariables>;
export const SetCreditLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCreditLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCreditLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<SetCreditLimitMutation, SetCreditLimitMutationVariables>;
export const ProviderCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditRow_OrganizationFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditRow_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCreditQuery, ProviderCreditQueryVariables>;
export const GrantCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<GrantCreditMutation, GrantCreditMutationVariables>;
export const SetProductPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProductPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitPrice"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProductPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitPrice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitPrice"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<SetProductPriceMutation, SetProductPriceMutationVariables>;
export const SetVatRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetVatRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVatRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rate"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<SetVatRateMutation, SetVatRateMutationVariables>;
export const OrganizationChoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationChoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganizationChoiceQuery, OrganizationChoiceQueryVariables>;
export const SingleSignOnSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleSignOnSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"allowEmailCodes"}},{"kind":"Field","name":{"kind":"Name","value":"jitProvisioning"}},{"kind":"Field","name":{"kind":"Name","value":"jitDefaultRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SingleSignOnSettingsQuery, SingleSignOnSettingsQueryVariables>;
export const SetSingleSignOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSingleSignOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSingleSignOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetSingleSignOnMutation, SetSingleSignOnMutationVariables>;
export const ClearSingleSignOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearSingleSignOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearSingleSignOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}]}}]} as unknown as DocumentNode<ClearSingleSignOnMutation, ClearSingleSignOnMutationVariables>;
export const TeamApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_ApiKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_ApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<TeamApiKeysQuery, TeamApiKeysQueryVariables>;
export const TeamMySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionRow_Session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionRow_Session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<TeamMySessionsQuery, TeamMySessionsQueryVariables>;
export const TeamUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow_User"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]} as unknown as DocumentNode<TeamUsersQuery, TeamUsersQueryVariables>;
export const TeamCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<TeamCreateUserMutation, TeamCreateUserMutationVariables>;
export const TeamUpdateUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamUpdateUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<TeamUpdateUserRoleMutation, TeamUpdateUserRoleMutationVariables>;
export const TeamDisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamDisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<TeamDisableUserMutation, TeamDisableUserMutationVariables>;
export const TeamCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"readOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}}]}}]}}]}}]} as unknown as DocumentNode<TeamCreateApiKeyMutation, TeamCreateApiKeyMutationVariables>;
export const TeamRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<TeamRevokeApiKeyMutation, TeamRevokeApiKeyMutationVariables>;
export const TeamRevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamRevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<TeamRevokeSessionMutation, TeamRevokeSessionMutationVariables>;
export const OperationProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OperationProgressQuery, OperationProgressQueryVariables>;
export const ResizeEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResizeEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VmEstimateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimateVms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ResizeEstimateQuery, ResizeEstimateQueryVariables>;
export const VmDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmConfiguration_VmFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmCost_VmFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmActions_VmFragment"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmHistory_VmOperationFragment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmConfiguration_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"guestOs"}},{"kind":"Field","name":{"kind":"Name","value":"toolsStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"datastore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUuid"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"portGroup"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"ipMode"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmCost_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedMonthEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmActions_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMib"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmHistory_VmOperationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<VmDetailQuery, VmDetailQueryVariables>;
export const VmAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"vmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VmAuditQuery, VmAuditQueryVariables>;
export const VmTelemetrySectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmTelemetrySection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"telemetry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TelemetryValues_VmTelemetryFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guestDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestDisks_GuestDiskUsageFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricCharts_VmMetricsFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthChart_VmHealthFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTimeline_VmAlertFragment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TelemetryValues_VmTelemetryFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmTelemetry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sampledAt"}},{"kind":"Field","name":{"kind":"Name","value":"poweredOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"}},{"kind":"Field","name":{"kind":"Name","value":"cpuReady"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"memoryActive"}},{"kind":"Field","name":{"kind":"Name","value":"diskRead"}},{"kind":"Field","name":{"kind":"Name","value":"diskWrite"}},{"kind":"Field","name":{"kind":"Name","value":"diskReadIops"}},{"kind":"Field","name":{"kind":"Name","value":"diskWriteIops"}},{"kind":"Field","name":{"kind":"Name","value":"diskLatency"}},{"kind":"Field","name":{"kind":"Name","value":"networkReceive"}},{"kind":"Field","name":{"kind":"Name","value":"networkTransmit"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestDisks_GuestDiskUsageFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuestDiskUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"usedGb"}},{"kind":"Field","name":{"kind":"Name","value":"usedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"sampledAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricCharts_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"stepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskReadIops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskWriteIops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskWrite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diskLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkReceive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkTransmit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthChart_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"stepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTimeline_VmAlertFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"conditionSince"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"firedValue"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<VmTelemetrySectionQuery, VmTelemetrySectionQueryVariables>;
export const PowerOnVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PowerOnVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"powerOnVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PowerOnVmMutation, PowerOnVmMutationVariables>;
export const ShutdownVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShutdownVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShutdownVmMutation, ShutdownVmMutationVariables>;
export const PowerOffVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PowerOffVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"powerOffVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PowerOffVmMutation, PowerOffVmMutationVariables>;
export const RebootVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RebootVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rebootVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RebootVmMutation, RebootVmMutationVariables>;
export const SuspendVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SuspendVmMutation, SuspendVmMutationVariables>;
export const ResizeVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResizeVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vcpuCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memoryGb"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resizeVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"vcpuCount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vcpuCount"}}},{"kind":"Argument","name":{"kind":"Name","value":"memoryGb"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memoryGb"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResizeVmMutation, ResizeVmMutationVariables>;
export const AddVmDiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddVmDisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disk"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VmDiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVmDisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disk"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disk"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddVmDiskMutation, AddVmDiskMutationVariables>;
export const DeleteVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteVmMutation, DeleteVmMutationVariables>;
export const GrowVmDiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrowVmDisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"diskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capacityGb"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"growVmDisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"diskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"diskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"capacityGb"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capacityGb"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrowVmDiskMutation, GrowVmDiskMutationVariables>;
export const VmListByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmListByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"powerState"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PowerState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VmOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cpuWindow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"powerState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"powerState"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmListRow_VmFragment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmListRow_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cpuWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlertCount"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VmListByNameQuery, VmListByNameQueryVariables>;
export const VmListRankedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmListRanked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VmRankingOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vmIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cpuWindow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vmRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cpuWindow"}}},{"kind":"Argument","name":{"kind":"Name","value":"vmIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vmIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"withDataCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmListRow_VmFragment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmListRow_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meteredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cpuWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"EnumValue","value":"LAST_DAY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthBadge_VmHealthFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlertCount"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VmListRankedQuery, VmListRankedQueryVariables>;
export const VmListMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmListMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"powerState"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PowerState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"powerState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"powerState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VmListMatchesQuery, VmListMatchesQueryVariables>;
export const SetAutoTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAutoTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAutoTopUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutoTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SetAutoTopUpMutation, SetAutoTopUpMutationVariables>;
export const RemoveSavedCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSavedCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSavedCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveSavedCardMutation, RemoveSavedCardMutationVariables>;
export const PayWithSavedCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayWithSavedCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayWithSavedCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payWithSavedCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultDescription"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<PayWithSavedCardMutation, PayWithSavedCardMutationVariables>;
export const WalletCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"savedCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoTopUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minHoursBetween"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultDescription"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WalletCardsQuery, WalletCardsQueryVariables>;
export const StartTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTopUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redirect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartTopUpMutation, StartTopUpMutationVariables>;
export const TopUpStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopUpStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultDescription"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<TopUpStatusQuery, TopUpStatusQueryVariables>;
export const WalletTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WalletTransactionsQuery, WalletTransactionsQueryVariables>;
export const WalletPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lowBalanceAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"warned"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resultDescription"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WalletPageQuery, WalletPageQueryVariables>;