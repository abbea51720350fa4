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
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
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

/** One bucket of a metric series; buckets without samples are absent, never zero. */
export type MetricPoint = {
  __typename?: 'MetricPoint';
  /** Start of the bucket. */
  at: Scalars['DateTimeISO']['output'];
  /** Mean of the samples in the bucket, rounded to 2 decimals. */
  average: Scalars['Float']['output'];
  /** Highest sample in the bucket, rounded to 2 decimals. */
  maximum: Scalars['Float']['output'];
};

/** A time window cut into buckets of equal width, aligned to `since`. */
export type MetricWindowInput = {
  /** Start of the window (inclusive). Default: 24 hours before `until`. */
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Bucket width in minutes, 5–1440. Default: 60. */
  stepMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** End of the window (exclusive). Default: now. */
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** An exact amount of money in a currency. */
export type Money = {
  __typename?: 'Money';
  /** Exact amount, e.g. "1234.56". */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code, e.g. ZAR. */
  currency: Scalars['String']['output'];
};

/** A tenant: the provider, a reseller or a customer. */
export type Organization = {
  __typename?: 'Organization';
  /** Organisations directly under this one, by name. */
  children: Array<Organization>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  /** The organisation this one sits under. */
  parent?: Maybe<Organization>;
  /** The organisation's VM inventory, by name. Null only with an error. */
  vms?: Maybe<Array<Vm>>;
  /** The prepaid wallet; null until one is opened. */
  wallet?: Maybe<Wallet>;
};

/** provider → reseller → customer; a customer may also sit directly under the provider. */
export type OrganizationKind =
  | 'CUSTOMER'
  | 'PROVIDER'
  | 'RESELLER';

/** Power state of a VM as vCenter reports it. */
export type PowerState =
  | 'POWERED_OFF'
  | 'POWERED_ON'
  | 'SUSPENDED';

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
  | 'GB_MONTH'
  | 'GB_RAM_HOUR'
  | 'GB_TRANSFER'
  | 'INSTANCE_MONTH'
  | 'IP_MONTH'
  | 'MONTH'
  | 'VCPU_HOUR';

export type Query = {
  __typename?: 'Query';
  /** One organisation by id. */
  organization?: Maybe<Organization>;
  /** Organisations, optionally of one kind, by name. */
  organizations: Array<Organization>;
  /** The catalog at the prices in force now, optionally one category, by SKU. */
  products: Array<Product>;
  /** One VM by id. */
  vm?: Maybe<Vm>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  kind?: InputMaybe<OrganizationKind>;
};


export type QueryProductsArgs = {
  category?: InputMaybe<ProductCategory>;
};


export type QueryVmArgs = {
  id: Scalars['ID']['input'];
};

/** Disk storage tier; each tier has its own price per GB in the catalog. */
export type StorageTier =
  | 'ARCHIVE'
  | 'PERFORMANCE'
  | 'STANDARD';

/** A virtual machine in an organisation's inventory. */
export type Vm = {
  __typename?: 'Vm';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The VM's disks, in the order they were attached. */
  disks: Array<VmDisk>;
  /** What the VM costs a month at the catalog's prices in force now, excluding VAT. Null only with an error. */
  estimatedMonthlyCost?: Maybe<VmCostEstimate>;
  id: Scalars['ID']['output'];
  /** Memory in GB (memoryMib / 1024), for display. */
  memoryGb: Scalars['Float']['output'];
  /** Memory in MiB, as vCenter reports it (memory_size_mib). */
  memoryMib: Scalars['Int']['output'];
  /** CPU and memory use over a window (default: the last 24 hours in 60-minute buckets). Null only with an error. */
  metrics?: Maybe<VmMetrics>;
  name: Scalars['String']['output'];
  /** The organisation whose inventory holds the VM. */
  organization: Organization;
  powerState: PowerState;
  /** Number of virtual CPUs. */
  vcpuCount: Scalars['Int']['output'];
};


/** A virtual machine in an organisation's inventory. */
export type VmMetricsArgs = {
  window?: InputMaybe<MetricWindowInput>;
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

/** Utilisation of one VM over a window, in percent of the VM's allocation. */
export type VmMetrics = {
  __typename?: 'VmMetrics';
  /** CPU use in percent of the allocated vCPUs. */
  cpu: Array<MetricPoint>;
  /** Memory use in percent of the allocated RAM. */
  memory: Array<MetricPoint>;
  since: Scalars['DateTimeISO']['output'];
  stepMinutes: Scalars['Int']['output'];
  until: Scalars['DateTimeISO']['output'];
};

/** An organisation's prepaid wallet; its balance is the sum of its ledger. */
export type Wallet = {
  __typename?: 'Wallet';
  /** The sum of every ledger entry. */
  balance: Money;
  /** Always ZAR. */
  currency: Scalars['String']['output'];
  /** The latest entries, newest first; at most 100. */
  entries: Array<LedgerEntry>;
  id: Scalars['ID']['output'];
};


/** An organisation's prepaid wallet; its balance is the sum of its ledger. */
export type WalletEntriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type CpuSparkline_VmMetricsFragmentFragment = { __typename?: 'VmMetrics', cpu: Array<{ __typename?: 'MetricPoint', at: string, average: number, maximum: number }> } & { ' $fragmentName'?: 'CpuSparkline_VmMetricsFragmentFragment' };

export type DashboardPageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type DashboardPageQuery = { __typename?: 'Query', organization?: (
    { __typename?: 'Organization', id: string, wallet?: (
      { __typename?: 'Wallet', id: string }
      & { ' $fragmentRefs'?: { 'WalletBalance_WalletFragmentFragment': WalletBalance_WalletFragmentFragment } }
    ) | null, vms?: Array<(
      { __typename?: 'Vm', id: string }
      & { ' $fragmentRefs'?: { 'FleetSummary_VmFragmentFragment': FleetSummary_VmFragmentFragment;'VmRow_VmFragmentFragment': VmRow_VmFragmentFragment } }
    )> | null }
    & { ' $fragmentRefs'?: { 'OrgHeader_OrganizationFragmentFragment': OrgHeader_OrganizationFragmentFragment } }
  ) | null };

export type FleetSummary_VmFragmentFragment = { __typename?: 'Vm', id: string, vcpuCount: number, memoryMib: number, disks: Array<{ __typename?: 'VmDisk', id: string, capacityGb: number }>, estimatedMonthlyCost?: { __typename?: 'VmCostEstimate', monthlyTotal: { __typename?: 'Money', amount: string, currency: string } } | null } & { ' $fragmentName'?: 'FleetSummary_VmFragmentFragment' };

export type OrgHeader_OrganizationFragmentFragment = { __typename?: 'Organization', name: string, kind: OrganizationKind, parent?: { __typename?: 'Organization', id: string, name: string } | null } & { ' $fragmentName'?: 'OrgHeader_OrganizationFragmentFragment' };

export type OrgPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgPickerQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind }> };

export type VmRow_VmFragmentFragment = { __typename?: 'Vm', id: string, name: string, powerState: PowerState, vcpuCount: number, memoryGb: number, disks: Array<{ __typename?: 'VmDisk', id: string, capacityGb: number, tier: StorageTier }>, estimatedMonthlyCost?: { __typename?: 'VmCostEstimate', monthlyTotal: { __typename?: 'Money', amount: string, currency: string } } | null, metrics?: (
    { __typename?: 'VmMetrics' }
    & { ' $fragmentRefs'?: { 'CpuSparkline_VmMetricsFragmentFragment': CpuSparkline_VmMetricsFragmentFragment } }
  ) | null } & { ' $fragmentName'?: 'VmRow_VmFragmentFragment' };

export type WalletBalance_WalletFragmentFragment = { __typename?: 'Wallet', id: string, balance: { __typename?: 'Money', amount: string, currency: string } } & { ' $fragmentName'?: 'WalletBalance_WalletFragmentFragment' };

export const FleetSummary_VmFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetSummary_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMib"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<FleetSummary_VmFragmentFragment, unknown>;
export const OrgHeader_OrganizationFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgHeader_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgHeader_OrganizationFragmentFragment, unknown>;
export const CpuSparkline_VmMetricsFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpuSparkline_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}}]}}]} as unknown as DocumentNode<CpuSparkline_VmMetricsFragmentFragment, unknown>;
export const VmRow_VmFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmRow_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stepMinutes"},"value":{"kind":"IntValue","value":"60"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpuSparkline_VmMetricsFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpuSparkline_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}}]}}]} as unknown as DocumentNode<VmRow_VmFragmentFragment, unknown>;
export const WalletBalance_WalletFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletBalance_WalletFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<WalletBalance_WalletFragmentFragment, unknown>;
export const DashboardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgHeader_OrganizationFragment"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletBalance_WalletFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetSummary_VmFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VmRow_VmFragment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpuSparkline_VmMetricsFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VmMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgHeader_OrganizationFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletBalance_WalletFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetSummary_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMib"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VmRow_VmFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"powerState"}},{"kind":"Field","name":{"kind":"Name","value":"vcpuCount"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityGb"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stepMinutes"},"value":{"kind":"IntValue","value":"60"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpuSparkline_VmMetricsFragment"}}]}}]}}]} as unknown as DocumentNode<DashboardPageQuery, DashboardPageQueryVariables>;
export const OrgPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgPicker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrgPickerQuery, OrgPickerQueryVariables>;