/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      accepted\n      expiresInSeconds\n    }\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  query DashboardPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      ...OrgHeader_OrganizationFragment\n      wallet {\n        id\n        ...WalletBalance_WalletFragment\n      }\n      usage(window: { preset: LAST_DAY }) {\n        ...FleetUsage_OrganizationUsageFragment\n      }\n      openAlerts(first: 5) {\n        id\n        ...OpenAlertsPanel_VmAlertFragment\n      }\n      vms(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...FleetSummary_VmFragment\n            ...VmRow_VmFragment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  fragment FleetSummary_VmFragment on Vm {\n    id\n    vcpuCount\n    memoryMib\n    disks {\n      id\n      capacityGb\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.FleetSummary_VmFragmentFragmentDoc,
    "\n  fragment FleetUsage_OrganizationUsageFragment on OrganizationUsage {\n    measuredVmCount\n    averageCpuPercent\n    peakCpuPercent\n    averageMemoryPercent\n    peakMemoryPercent\n  }\n": typeof types.FleetUsage_OrganizationUsageFragmentFragmentDoc,
    "\n  fragment HealthBadge_VmHealthFragment on VmHealth {\n    score\n  }\n": typeof types.HealthBadge_VmHealthFragmentFragmentDoc,
    "\n  query ManagedOrganizations {\n    organizations {\n      id\n      name\n      kind\n      userCount\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n      }\n      vms(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ManagedOrganizationsDocument,
    "\n  fragment OpenAlertsPanel_VmAlertFragment on VmAlert {\n    id\n    severity\n    ruleName\n    unit\n    conditionSince\n    peakValue\n    vm {\n      id\n      name\n    }\n  }\n": typeof types.OpenAlertsPanel_VmAlertFragmentFragmentDoc,
    "\n  fragment OrgHeader_OrganizationFragment on Organization {\n    name\n    kind\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.OrgHeader_OrganizationFragmentFragmentDoc,
    "\n  fragment TelemetryNow_VmTelemetryFragment on VmTelemetry {\n    stale\n    sampledAt\n    cpu\n    memory\n  }\n": typeof types.TelemetryNow_VmTelemetryFragmentFragmentDoc,
    "\n  fragment UsageSparkline_VmMetricsFragment on VmMetrics {\n    since\n    stepMinutes\n    cpu {\n      unit\n      average\n    }\n    memory {\n      unit\n      average\n    }\n  }\n": typeof types.UsageSparkline_VmMetricsFragmentFragmentDoc,
    "\n  fragment VmRow_VmFragment on Vm {\n    id\n    name\n    powerState\n    vcpuCount\n    memoryGb\n    disks {\n      id\n      capacityGb\n      tier\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n    metrics(window: { preset: LAST_DAY }) {\n      ...UsageSparkline_VmMetricsFragment\n    }\n    telemetry {\n      ...TelemetryNow_VmTelemetryFragment\n    }\n    openAlertCount\n    health(window: { preset: LAST_DAY }) {\n      ...HealthBadge_VmHealthFragment\n    }\n  }\n": typeof types.VmRow_VmFragmentFragmentDoc,
    "\n  fragment WalletBalance_WalletFragment on Wallet {\n    id\n    balance {\n      amount\n      currency\n    }\n  }\n": typeof types.WalletBalance_WalletFragmentFragmentDoc,
    "\n  query DashboardMoreVms($organizationId: ID!, $after: String!) {\n    organization(id: $organizationId) {\n      id\n      vms(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            ...FleetSummary_VmFragment\n            ...VmRow_VmFragment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DashboardMoreVmsDocument,
    "\n  query CreateVmNetworks($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      networks {\n        id\n        name\n        cidr\n      }\n    }\n  }\n": typeof types.CreateVmNetworksDocument,
    "\n  mutation CreateVm($input: CreateVmInput!) {\n    createVm(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateVmDocument,
    "\n  query NewVmOptions {\n    vmSizes {\n      name\n      description\n      vcpuCount\n      memoryGb\n      bootDisk {\n        tier\n        capacityGb\n      }\n      estimate {\n        monthlyTotal {\n          amount\n          currency\n        }\n      }\n    }\n    products(category: LICENCE) {\n      sku\n      name\n      unit\n    }\n  }\n": typeof types.NewVmOptionsDocument,
    "\n  query NewVmEstimate($input: VmEstimateInput!) {\n    estimateVm(input: $input) {\n      ...VmEstimatePanel_VmEstimateFragment\n    }\n  }\n": typeof types.NewVmEstimateDocument,
    "\n  fragment VmEstimatePanel_VmEstimateFragment on VmEstimate {\n    lines {\n      description\n      sku\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlySubtotal {\n      amount\n      currency\n    }\n    hourlyRate {\n      amount\n      currency\n    }\n    vat {\n      rate\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlyTotal {\n      amount\n      currency\n    }\n  }\n": typeof types.VmEstimatePanel_VmEstimateFragmentFragmentDoc,
    "\n  query OrganizationChoice {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OrganizationChoiceDocument,
    "\n  query OperationProgress($id: ID!) {\n    vmOperation(id: $id) {\n      id\n      kind\n      status\n      progress\n      error {\n        code\n        message\n      }\n      vm {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OperationProgressDocument,
    "\n  query VmDetail($id: ID!) {\n    vm(id: $id) {\n      id\n      name\n      powerState\n      lifecycle\n      vcpuCount\n      memoryGb\n      guestOs\n      ipAddresses\n      host\n      toolsStatus\n      createdAt\n      organization {\n        id\n      }\n      disks {\n        id\n        label\n        capacityGb\n        tier\n      }\n      nics {\n        id\n        portGroup\n        macAddress\n        ipMode\n        ipAddress\n      }\n      operations(first: 10) {\n        id\n        kind\n        status\n        progress\n        createdAt\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.VmDetailDocument,
    "\n  query VmAudit($organizationId: ID!, $vmId: ID!) {\n    auditEvents(organizationId: $organizationId, vmId: $vmId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          outcome\n          message\n          occurredAt\n          actor {\n            kind\n            id\n          }\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.VmAuditDocument,
    "\n  fragment GuestDisks_GuestDiskUsageFragment on GuestDiskUsage {\n    path\n    capacityGb\n    usedGb\n    usedPercent\n    sampledAt\n  }\n": typeof types.GuestDisks_GuestDiskUsageFragmentFragmentDoc,
    "\n  fragment HealthChart_VmHealthFragment on VmHealth {\n    since\n    until\n    stepMinutes\n    score\n    reasons\n  }\n": typeof types.HealthChart_VmHealthFragmentFragmentDoc,
    "\n  fragment MetricCharts_VmMetricsFragment on VmMetrics {\n    since\n    until\n    stepMinutes\n    resolutionMinutes\n    cpu {\n      unit\n      average\n      maximum\n    }\n    memory {\n      unit\n      average\n      maximum\n    }\n    diskReadIops {\n      unit\n      average\n    }\n    diskWriteIops {\n      unit\n      average\n    }\n    diskRead {\n      unit\n      average\n    }\n    diskWrite {\n      unit\n      average\n    }\n    diskLatency {\n      unit\n      average\n      maximum\n    }\n    networkReceive {\n      unit\n      average\n    }\n    networkTransmit {\n      unit\n      average\n    }\n  }\n": typeof types.MetricCharts_VmMetricsFragmentFragmentDoc,
    "\n  fragment TelemetryValues_VmTelemetryFragment on VmTelemetry {\n    sampledAt\n    poweredOn\n    stale\n    cpu\n    cpuReady\n    memory\n    memoryActive\n    diskRead\n    diskWrite\n    diskReadIops\n    diskWriteIops\n    diskLatency\n    networkReceive\n    networkTransmit\n    uptimeSeconds\n  }\n": typeof types.TelemetryValues_VmTelemetryFragmentFragmentDoc,
    "\n  fragment VmAlerts_VmAlertFragment on VmAlert {\n    id\n    ruleName\n    severity\n    state\n    unit\n    conditionSince\n    resolvedAt\n    resolution\n    firedValue\n    peakValue\n    acknowledgement {\n      at\n    }\n  }\n": typeof types.VmAlerts_VmAlertFragmentFragmentDoc,
    "\n  query VmTelemetrySection($id: ID!, $window: MetricWindowInput!) {\n    vm(id: $id) {\n      id\n      telemetry {\n        ...TelemetryValues_VmTelemetryFragment\n      }\n      guestDisks {\n        ...GuestDisks_GuestDiskUsageFragment\n      }\n      metrics(window: $window) {\n        ...MetricCharts_VmMetricsFragment\n      }\n      health(window: $window) {\n        ...HealthChart_VmHealthFragment\n      }\n      alerts(window: $window) {\n        ...VmAlerts_VmAlertFragment\n      }\n    }\n  }\n": typeof types.VmTelemetrySectionDocument,
    "\n  mutation PowerOnVm($id: ID!) {\n    powerOnVm(id: $id) {\n      id\n    }\n  }\n": typeof types.PowerOnVmDocument,
    "\n  mutation ShutdownVm($id: ID!) {\n    shutdownVm(id: $id) {\n      id\n    }\n  }\n": typeof types.ShutdownVmDocument,
    "\n  mutation PowerOffVm($id: ID!) {\n    powerOffVm(id: $id) {\n      id\n    }\n  }\n": typeof types.PowerOffVmDocument,
    "\n  mutation RebootVm($id: ID!) {\n    rebootVm(id: $id) {\n      id\n    }\n  }\n": typeof types.RebootVmDocument,
    "\n  mutation SuspendVm($id: ID!) {\n    suspendVm(id: $id) {\n      id\n    }\n  }\n": typeof types.SuspendVmDocument,
    "\n  mutation ResizeVm($id: ID!, $vcpuCount: Int!, $memoryGb: Int!) {\n    resizeVm(id: $id, vcpuCount: $vcpuCount, memoryGb: $memoryGb) {\n      id\n    }\n  }\n": typeof types.ResizeVmDocument,
    "\n  mutation AddVmDisk($id: ID!, $disk: VmDiskInput!) {\n    addVmDisk(id: $id, disk: $disk) {\n      id\n    }\n  }\n": typeof types.AddVmDiskDocument,
    "\n  mutation DeleteVm($id: ID!, $confirmName: String!) {\n    deleteVm(id: $id, confirmName: $confirmName) {\n      id\n    }\n  }\n": typeof types.DeleteVmDocument,
    "\n  mutation StartTopUp($input: StartTopUpInput!) {\n    startTopUp(input: $input) {\n      topUp {\n        id\n        status\n      }\n      redirect {\n        url\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.StartTopUpDocument,
    "\n  query TopUpStatus($id: ID!) {\n    topUp(id: $id) {\n      id\n      reference\n      status\n      resultDescription\n      createdAt\n      settledAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.TopUpStatusDocument,
    "\n  query WalletTransactions($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      wallet {\n        id\n        transactions(first: 15, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              kind\n              description\n              createdAt\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WalletTransactionsDocument,
    "\n  query WalletPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n        available {\n          amount\n          currency\n        }\n        breakdown {\n          paid {\n            amount\n            currency\n          }\n          granted {\n            amount\n            currency\n          }\n          spent {\n            amount\n            currency\n          }\n        }\n        lowBalanceAlert {\n          email\n          warned\n          threshold {\n            amount\n            currency\n          }\n        }\n        topUps(first: 5) {\n          id\n          reference\n          status\n          resultDescription\n          createdAt\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.WalletPageDocument,
};
const documents: Documents = {
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      accepted\n      expiresInSeconds\n    }\n  }\n": types.RequestSignInCodeDocument,
    "\n  query DashboardPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      ...OrgHeader_OrganizationFragment\n      wallet {\n        id\n        ...WalletBalance_WalletFragment\n      }\n      usage(window: { preset: LAST_DAY }) {\n        ...FleetUsage_OrganizationUsageFragment\n      }\n      openAlerts(first: 5) {\n        id\n        ...OpenAlertsPanel_VmAlertFragment\n      }\n      vms(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...FleetSummary_VmFragment\n            ...VmRow_VmFragment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DashboardPageDocument,
    "\n  fragment FleetSummary_VmFragment on Vm {\n    id\n    vcpuCount\n    memoryMib\n    disks {\n      id\n      capacityGb\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n  }\n": types.FleetSummary_VmFragmentFragmentDoc,
    "\n  fragment FleetUsage_OrganizationUsageFragment on OrganizationUsage {\n    measuredVmCount\n    averageCpuPercent\n    peakCpuPercent\n    averageMemoryPercent\n    peakMemoryPercent\n  }\n": types.FleetUsage_OrganizationUsageFragmentFragmentDoc,
    "\n  fragment HealthBadge_VmHealthFragment on VmHealth {\n    score\n  }\n": types.HealthBadge_VmHealthFragmentFragmentDoc,
    "\n  query ManagedOrganizations {\n    organizations {\n      id\n      name\n      kind\n      userCount\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n      }\n      vms(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.ManagedOrganizationsDocument,
    "\n  fragment OpenAlertsPanel_VmAlertFragment on VmAlert {\n    id\n    severity\n    ruleName\n    unit\n    conditionSince\n    peakValue\n    vm {\n      id\n      name\n    }\n  }\n": types.OpenAlertsPanel_VmAlertFragmentFragmentDoc,
    "\n  fragment OrgHeader_OrganizationFragment on Organization {\n    name\n    kind\n    parent {\n      id\n      name\n    }\n  }\n": types.OrgHeader_OrganizationFragmentFragmentDoc,
    "\n  fragment TelemetryNow_VmTelemetryFragment on VmTelemetry {\n    stale\n    sampledAt\n    cpu\n    memory\n  }\n": types.TelemetryNow_VmTelemetryFragmentFragmentDoc,
    "\n  fragment UsageSparkline_VmMetricsFragment on VmMetrics {\n    since\n    stepMinutes\n    cpu {\n      unit\n      average\n    }\n    memory {\n      unit\n      average\n    }\n  }\n": types.UsageSparkline_VmMetricsFragmentFragmentDoc,
    "\n  fragment VmRow_VmFragment on Vm {\n    id\n    name\n    powerState\n    vcpuCount\n    memoryGb\n    disks {\n      id\n      capacityGb\n      tier\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n    metrics(window: { preset: LAST_DAY }) {\n      ...UsageSparkline_VmMetricsFragment\n    }\n    telemetry {\n      ...TelemetryNow_VmTelemetryFragment\n    }\n    openAlertCount\n    health(window: { preset: LAST_DAY }) {\n      ...HealthBadge_VmHealthFragment\n    }\n  }\n": types.VmRow_VmFragmentFragmentDoc,
    "\n  fragment WalletBalance_WalletFragment on Wallet {\n    id\n    balance {\n      amount\n      currency\n    }\n  }\n": types.WalletBalance_WalletFragmentFragmentDoc,
    "\n  query DashboardMoreVms($organizationId: ID!, $after: String!) {\n    organization(id: $organizationId) {\n      id\n      vms(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            ...FleetSummary_VmFragment\n            ...VmRow_VmFragment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DashboardMoreVmsDocument,
    "\n  query CreateVmNetworks($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      networks {\n        id\n        name\n        cidr\n      }\n    }\n  }\n": types.CreateVmNetworksDocument,
    "\n  mutation CreateVm($input: CreateVmInput!) {\n    createVm(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateVmDocument,
    "\n  query NewVmOptions {\n    vmSizes {\n      name\n      description\n      vcpuCount\n      memoryGb\n      bootDisk {\n        tier\n        capacityGb\n      }\n      estimate {\n        monthlyTotal {\n          amount\n          currency\n        }\n      }\n    }\n    products(category: LICENCE) {\n      sku\n      name\n      unit\n    }\n  }\n": types.NewVmOptionsDocument,
    "\n  query NewVmEstimate($input: VmEstimateInput!) {\n    estimateVm(input: $input) {\n      ...VmEstimatePanel_VmEstimateFragment\n    }\n  }\n": types.NewVmEstimateDocument,
    "\n  fragment VmEstimatePanel_VmEstimateFragment on VmEstimate {\n    lines {\n      description\n      sku\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlySubtotal {\n      amount\n      currency\n    }\n    hourlyRate {\n      amount\n      currency\n    }\n    vat {\n      rate\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlyTotal {\n      amount\n      currency\n    }\n  }\n": types.VmEstimatePanel_VmEstimateFragmentFragmentDoc,
    "\n  query OrganizationChoice {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n": types.OrganizationChoiceDocument,
    "\n  query OperationProgress($id: ID!) {\n    vmOperation(id: $id) {\n      id\n      kind\n      status\n      progress\n      error {\n        code\n        message\n      }\n      vm {\n        id\n        name\n      }\n    }\n  }\n": types.OperationProgressDocument,
    "\n  query VmDetail($id: ID!) {\n    vm(id: $id) {\n      id\n      name\n      powerState\n      lifecycle\n      vcpuCount\n      memoryGb\n      guestOs\n      ipAddresses\n      host\n      toolsStatus\n      createdAt\n      organization {\n        id\n      }\n      disks {\n        id\n        label\n        capacityGb\n        tier\n      }\n      nics {\n        id\n        portGroup\n        macAddress\n        ipMode\n        ipAddress\n      }\n      operations(first: 10) {\n        id\n        kind\n        status\n        progress\n        createdAt\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n": types.VmDetailDocument,
    "\n  query VmAudit($organizationId: ID!, $vmId: ID!) {\n    auditEvents(organizationId: $organizationId, vmId: $vmId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          outcome\n          message\n          occurredAt\n          actor {\n            kind\n            id\n          }\n          before\n          after\n        }\n      }\n    }\n  }\n": types.VmAuditDocument,
    "\n  fragment GuestDisks_GuestDiskUsageFragment on GuestDiskUsage {\n    path\n    capacityGb\n    usedGb\n    usedPercent\n    sampledAt\n  }\n": types.GuestDisks_GuestDiskUsageFragmentFragmentDoc,
    "\n  fragment HealthChart_VmHealthFragment on VmHealth {\n    since\n    until\n    stepMinutes\n    score\n    reasons\n  }\n": types.HealthChart_VmHealthFragmentFragmentDoc,
    "\n  fragment MetricCharts_VmMetricsFragment on VmMetrics {\n    since\n    until\n    stepMinutes\n    resolutionMinutes\n    cpu {\n      unit\n      average\n      maximum\n    }\n    memory {\n      unit\n      average\n      maximum\n    }\n    diskReadIops {\n      unit\n      average\n    }\n    diskWriteIops {\n      unit\n      average\n    }\n    diskRead {\n      unit\n      average\n    }\n    diskWrite {\n      unit\n      average\n    }\n    diskLatency {\n      unit\n      average\n      maximum\n    }\n    networkReceive {\n      unit\n      average\n    }\n    networkTransmit {\n      unit\n      average\n    }\n  }\n": types.MetricCharts_VmMetricsFragmentFragmentDoc,
    "\n  fragment TelemetryValues_VmTelemetryFragment on VmTelemetry {\n    sampledAt\n    poweredOn\n    stale\n    cpu\n    cpuReady\n    memory\n    memoryActive\n    diskRead\n    diskWrite\n    diskReadIops\n    diskWriteIops\n    diskLatency\n    networkReceive\n    networkTransmit\n    uptimeSeconds\n  }\n": types.TelemetryValues_VmTelemetryFragmentFragmentDoc,
    "\n  fragment VmAlerts_VmAlertFragment on VmAlert {\n    id\n    ruleName\n    severity\n    state\n    unit\n    conditionSince\n    resolvedAt\n    resolution\n    firedValue\n    peakValue\n    acknowledgement {\n      at\n    }\n  }\n": types.VmAlerts_VmAlertFragmentFragmentDoc,
    "\n  query VmTelemetrySection($id: ID!, $window: MetricWindowInput!) {\n    vm(id: $id) {\n      id\n      telemetry {\n        ...TelemetryValues_VmTelemetryFragment\n      }\n      guestDisks {\n        ...GuestDisks_GuestDiskUsageFragment\n      }\n      metrics(window: $window) {\n        ...MetricCharts_VmMetricsFragment\n      }\n      health(window: $window) {\n        ...HealthChart_VmHealthFragment\n      }\n      alerts(window: $window) {\n        ...VmAlerts_VmAlertFragment\n      }\n    }\n  }\n": types.VmTelemetrySectionDocument,
    "\n  mutation PowerOnVm($id: ID!) {\n    powerOnVm(id: $id) {\n      id\n    }\n  }\n": types.PowerOnVmDocument,
    "\n  mutation ShutdownVm($id: ID!) {\n    shutdownVm(id: $id) {\n      id\n    }\n  }\n": types.ShutdownVmDocument,
    "\n  mutation PowerOffVm($id: ID!) {\n    powerOffVm(id: $id) {\n      id\n    }\n  }\n": types.PowerOffVmDocument,
    "\n  mutation RebootVm($id: ID!) {\n    rebootVm(id: $id) {\n      id\n    }\n  }\n": types.RebootVmDocument,
    "\n  mutation SuspendVm($id: ID!) {\n    suspendVm(id: $id) {\n      id\n    }\n  }\n": types.SuspendVmDocument,
    "\n  mutation ResizeVm($id: ID!, $vcpuCount: Int!, $memoryGb: Int!) {\n    resizeVm(id: $id, vcpuCount: $vcpuCount, memoryGb: $memoryGb) {\n      id\n    }\n  }\n": types.ResizeVmDocument,
    "\n  mutation AddVmDisk($id: ID!, $disk: VmDiskInput!) {\n    addVmDisk(id: $id, disk: $disk) {\n      id\n    }\n  }\n": types.AddVmDiskDocument,
    "\n  mutation DeleteVm($id: ID!, $confirmName: String!) {\n    deleteVm(id: $id, confirmName: $confirmName) {\n      id\n    }\n  }\n": types.DeleteVmDocument,
    "\n  mutation StartTopUp($input: StartTopUpInput!) {\n    startTopUp(input: $input) {\n      topUp {\n        id\n        status\n      }\n      redirect {\n        url\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.StartTopUpDocument,
    "\n  query TopUpStatus($id: ID!) {\n    topUp(id: $id) {\n      id\n      reference\n      status\n      resultDescription\n      createdAt\n      settledAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.TopUpStatusDocument,
    "\n  query WalletTransactions($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      wallet {\n        id\n        transactions(first: 15, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              kind\n              description\n              createdAt\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WalletTransactionsDocument,
    "\n  query WalletPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n        available {\n          amount\n          currency\n        }\n        breakdown {\n          paid {\n            amount\n            currency\n          }\n          granted {\n            amount\n            currency\n          }\n          spent {\n            amount\n            currency\n          }\n        }\n        lowBalanceAlert {\n          email\n          warned\n          threshold {\n            amount\n            currency\n          }\n        }\n        topUps(first: 5) {\n          id\n          reference\n          status\n          resultDescription\n          createdAt\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.WalletPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      accepted\n      expiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      accepted\n      expiresInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      ...OrgHeader_OrganizationFragment\n      wallet {\n        id\n        ...WalletBalance_WalletFragment\n      }\n      usage(window: { preset: LAST_DAY }) {\n        ...FleetUsage_OrganizationUsageFragment\n      }\n      openAlerts(first: 5) {\n        id\n        ...OpenAlertsPanel_VmAlertFragment\n      }\n      vms(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...FleetSummary_VmFragment\n            ...VmRow_VmFragment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      ...OrgHeader_OrganizationFragment\n      wallet {\n        id\n        ...WalletBalance_WalletFragment\n      }\n      usage(window: { preset: LAST_DAY }) {\n        ...FleetUsage_OrganizationUsageFragment\n      }\n      openAlerts(first: 5) {\n        id\n        ...OpenAlertsPanel_VmAlertFragment\n      }\n      vms(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...FleetSummary_VmFragment\n            ...VmRow_VmFragment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FleetSummary_VmFragment on Vm {\n    id\n    vcpuCount\n    memoryMib\n    disks {\n      id\n      capacityGb\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FleetSummary_VmFragment on Vm {\n    id\n    vcpuCount\n    memoryMib\n    disks {\n      id\n      capacityGb\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FleetUsage_OrganizationUsageFragment on OrganizationUsage {\n    measuredVmCount\n    averageCpuPercent\n    peakCpuPercent\n    averageMemoryPercent\n    peakMemoryPercent\n  }\n"): (typeof documents)["\n  fragment FleetUsage_OrganizationUsageFragment on OrganizationUsage {\n    measuredVmCount\n    averageCpuPercent\n    peakCpuPercent\n    averageMemoryPercent\n    peakMemoryPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HealthBadge_VmHealthFragment on VmHealth {\n    score\n  }\n"): (typeof documents)["\n  fragment HealthBadge_VmHealthFragment on VmHealth {\n    score\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedOrganizations {\n    organizations {\n      id\n      name\n      kind\n      userCount\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n      }\n      vms(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedOrganizations {\n    organizations {\n      id\n      name\n      kind\n      userCount\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n      }\n      vms(first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenAlertsPanel_VmAlertFragment on VmAlert {\n    id\n    severity\n    ruleName\n    unit\n    conditionSince\n    peakValue\n    vm {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OpenAlertsPanel_VmAlertFragment on VmAlert {\n    id\n    severity\n    ruleName\n    unit\n    conditionSince\n    peakValue\n    vm {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgHeader_OrganizationFragment on Organization {\n    name\n    kind\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrgHeader_OrganizationFragment on Organization {\n    name\n    kind\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TelemetryNow_VmTelemetryFragment on VmTelemetry {\n    stale\n    sampledAt\n    cpu\n    memory\n  }\n"): (typeof documents)["\n  fragment TelemetryNow_VmTelemetryFragment on VmTelemetry {\n    stale\n    sampledAt\n    cpu\n    memory\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsageSparkline_VmMetricsFragment on VmMetrics {\n    since\n    stepMinutes\n    cpu {\n      unit\n      average\n    }\n    memory {\n      unit\n      average\n    }\n  }\n"): (typeof documents)["\n  fragment UsageSparkline_VmMetricsFragment on VmMetrics {\n    since\n    stepMinutes\n    cpu {\n      unit\n      average\n    }\n    memory {\n      unit\n      average\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VmRow_VmFragment on Vm {\n    id\n    name\n    powerState\n    vcpuCount\n    memoryGb\n    disks {\n      id\n      capacityGb\n      tier\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n    metrics(window: { preset: LAST_DAY }) {\n      ...UsageSparkline_VmMetricsFragment\n    }\n    telemetry {\n      ...TelemetryNow_VmTelemetryFragment\n    }\n    openAlertCount\n    health(window: { preset: LAST_DAY }) {\n      ...HealthBadge_VmHealthFragment\n    }\n  }\n"): (typeof documents)["\n  fragment VmRow_VmFragment on Vm {\n    id\n    name\n    powerState\n    vcpuCount\n    memoryGb\n    disks {\n      id\n      capacityGb\n      tier\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n    metrics(window: { preset: LAST_DAY }) {\n      ...UsageSparkline_VmMetricsFragment\n    }\n    telemetry {\n      ...TelemetryNow_VmTelemetryFragment\n    }\n    openAlertCount\n    health(window: { preset: LAST_DAY }) {\n      ...HealthBadge_VmHealthFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WalletBalance_WalletFragment on Wallet {\n    id\n    balance {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment WalletBalance_WalletFragment on Wallet {\n    id\n    balance {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMoreVms($organizationId: ID!, $after: String!) {\n    organization(id: $organizationId) {\n      id\n      vms(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            ...FleetSummary_VmFragment\n            ...VmRow_VmFragment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardMoreVms($organizationId: ID!, $after: String!) {\n    organization(id: $organizationId) {\n      id\n      vms(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            ...FleetSummary_VmFragment\n            ...VmRow_VmFragment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreateVmNetworks($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      networks {\n        id\n        name\n        cidr\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreateVmNetworks($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      networks {\n        id\n        name\n        cidr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVm($input: CreateVmInput!) {\n    createVm(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVm($input: CreateVmInput!) {\n    createVm(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewVmOptions {\n    vmSizes {\n      name\n      description\n      vcpuCount\n      memoryGb\n      bootDisk {\n        tier\n        capacityGb\n      }\n      estimate {\n        monthlyTotal {\n          amount\n          currency\n        }\n      }\n    }\n    products(category: LICENCE) {\n      sku\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  query NewVmOptions {\n    vmSizes {\n      name\n      description\n      vcpuCount\n      memoryGb\n      bootDisk {\n        tier\n        capacityGb\n      }\n      estimate {\n        monthlyTotal {\n          amount\n          currency\n        }\n      }\n    }\n    products(category: LICENCE) {\n      sku\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewVmEstimate($input: VmEstimateInput!) {\n    estimateVm(input: $input) {\n      ...VmEstimatePanel_VmEstimateFragment\n    }\n  }\n"): (typeof documents)["\n  query NewVmEstimate($input: VmEstimateInput!) {\n    estimateVm(input: $input) {\n      ...VmEstimatePanel_VmEstimateFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VmEstimatePanel_VmEstimateFragment on VmEstimate {\n    lines {\n      description\n      sku\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlySubtotal {\n      amount\n      currency\n    }\n    hourlyRate {\n      amount\n      currency\n    }\n    vat {\n      rate\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlyTotal {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment VmEstimatePanel_VmEstimateFragment on VmEstimate {\n    lines {\n      description\n      sku\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlySubtotal {\n      amount\n      currency\n    }\n    hourlyRate {\n      amount\n      currency\n    }\n    vat {\n      rate\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlyTotal {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationChoice {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query OrganizationChoice {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationProgress($id: ID!) {\n    vmOperation(id: $id) {\n      id\n      kind\n      status\n      progress\n      error {\n        code\n        message\n      }\n      vm {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationProgress($id: ID!) {\n    vmOperation(id: $id) {\n      id\n      kind\n      status\n      progress\n      error {\n        code\n        message\n      }\n      vm {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VmDetail($id: ID!) {\n    vm(id: $id) {\n      id\n      name\n      powerState\n      lifecycle\n      vcpuCount\n      memoryGb\n      guestOs\n      ipAddresses\n      host\n      toolsStatus\n      createdAt\n      organization {\n        id\n      }\n      disks {\n        id\n        label\n        capacityGb\n        tier\n      }\n      nics {\n        id\n        portGroup\n        macAddress\n        ipMode\n        ipAddress\n      }\n      operations(first: 10) {\n        id\n        kind\n        status\n        progress\n        createdAt\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VmDetail($id: ID!) {\n    vm(id: $id) {\n      id\n      name\n      powerState\n      lifecycle\n      vcpuCount\n      memoryGb\n      guestOs\n      ipAddresses\n      host\n      toolsStatus\n      createdAt\n      organization {\n        id\n      }\n      disks {\n        id\n        label\n        capacityGb\n        tier\n      }\n      nics {\n        id\n        portGroup\n        macAddress\n        ipMode\n        ipAddress\n      }\n      operations(first: 10) {\n        id\n        kind\n        status\n        progress\n        createdAt\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VmAudit($organizationId: ID!, $vmId: ID!) {\n    auditEvents(organizationId: $organizationId, vmId: $vmId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          outcome\n          message\n          occurredAt\n          actor {\n            kind\n            id\n          }\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VmAudit($organizationId: ID!, $vmId: ID!) {\n    auditEvents(organizationId: $organizationId, vmId: $vmId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          outcome\n          message\n          occurredAt\n          actor {\n            kind\n            id\n          }\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuestDisks_GuestDiskUsageFragment on GuestDiskUsage {\n    path\n    capacityGb\n    usedGb\n    usedPercent\n    sampledAt\n  }\n"): (typeof documents)["\n  fragment GuestDisks_GuestDiskUsageFragment on GuestDiskUsage {\n    path\n    capacityGb\n    usedGb\n    usedPercent\n    sampledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HealthChart_VmHealthFragment on VmHealth {\n    since\n    until\n    stepMinutes\n    score\n    reasons\n  }\n"): (typeof documents)["\n  fragment HealthChart_VmHealthFragment on VmHealth {\n    since\n    until\n    stepMinutes\n    score\n    reasons\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricCharts_VmMetricsFragment on VmMetrics {\n    since\n    until\n    stepMinutes\n    resolutionMinutes\n    cpu {\n      unit\n      average\n      maximum\n    }\n    memory {\n      unit\n      average\n      maximum\n    }\n    diskReadIops {\n      unit\n      average\n    }\n    diskWriteIops {\n      unit\n      average\n    }\n    diskRead {\n      unit\n      average\n    }\n    diskWrite {\n      unit\n      average\n    }\n    diskLatency {\n      unit\n      average\n      maximum\n    }\n    networkReceive {\n      unit\n      average\n    }\n    networkTransmit {\n      unit\n      average\n    }\n  }\n"): (typeof documents)["\n  fragment MetricCharts_VmMetricsFragment on VmMetrics {\n    since\n    until\n    stepMinutes\n    resolutionMinutes\n    cpu {\n      unit\n      average\n      maximum\n    }\n    memory {\n      unit\n      average\n      maximum\n    }\n    diskReadIops {\n      unit\n      average\n    }\n    diskWriteIops {\n      unit\n      average\n    }\n    diskRead {\n      unit\n      average\n    }\n    diskWrite {\n      unit\n      average\n    }\n    diskLatency {\n      unit\n      average\n      maximum\n    }\n    networkReceive {\n      unit\n      average\n    }\n    networkTransmit {\n      unit\n      average\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TelemetryValues_VmTelemetryFragment on VmTelemetry {\n    sampledAt\n    poweredOn\n    stale\n    cpu\n    cpuReady\n    memory\n    memoryActive\n    diskRead\n    diskWrite\n    diskReadIops\n    diskWriteIops\n    diskLatency\n    networkReceive\n    networkTransmit\n    uptimeSeconds\n  }\n"): (typeof documents)["\n  fragment TelemetryValues_VmTelemetryFragment on VmTelemetry {\n    sampledAt\n    poweredOn\n    stale\n    cpu\n    cpuReady\n    memory\n    memoryActive\n    diskRead\n    diskWrite\n    diskReadIops\n    diskWriteIops\n    diskLatency\n    networkReceive\n    networkTransmit\n    uptimeSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VmAlerts_VmAlertFragment on VmAlert {\n    id\n    ruleName\n    severity\n    state\n    unit\n    conditionSince\n    resolvedAt\n    resolution\n    firedValue\n    peakValue\n    acknowledgement {\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment VmAlerts_VmAlertFragment on VmAlert {\n    id\n    ruleName\n    severity\n    state\n    unit\n    conditionSince\n    resolvedAt\n    resolution\n    firedValue\n    peakValue\n    acknowledgement {\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VmTelemetrySection($id: ID!, $window: MetricWindowInput!) {\n    vm(id: $id) {\n      id\n      telemetry {\n        ...TelemetryValues_VmTelemetryFragment\n      }\n      guestDisks {\n        ...GuestDisks_GuestDiskUsageFragment\n      }\n      metrics(window: $window) {\n        ...MetricCharts_VmMetricsFragment\n      }\n      health(window: $window) {\n        ...HealthChart_VmHealthFragment\n      }\n      alerts(window: $window) {\n        ...VmAlerts_VmAlertFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query VmTelemetrySection($id: ID!, $window: MetricWindowInput!) {\n    vm(id: $id) {\n      id\n      telemetry {\n        ...TelemetryValues_VmTelemetryFragment\n      }\n      guestDisks {\n        ...GuestDisks_GuestDiskUsageFragment\n      }\n      metrics(window: $window) {\n        ...MetricCharts_VmMetricsFragment\n      }\n      health(window: $window) {\n        ...HealthChart_VmHealthFragment\n      }\n      alerts(window: $window) {\n        ...VmAlerts_VmAlertFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PowerOnVm($id: ID!) {\n    powerOnVm(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PowerOnVm($id: ID!) {\n    powerOnVm(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShutdownVm($id: ID!) {\n    shutdownVm(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShutdownVm($id: ID!) {\n    shutdownVm(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PowerOffVm($id: ID!) {\n    powerOffVm(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PowerOffVm($id: ID!) {\n    powerOffVm(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RebootVm($id: ID!) {\n    rebootVm(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RebootVm($id: ID!) {\n    rebootVm(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendVm($id: ID!) {\n    suspendVm(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendVm($id: ID!) {\n    suspendVm(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResizeVm($id: ID!, $vcpuCount: Int!, $memoryGb: Int!) {\n    resizeVm(id: $id, vcpuCount: $vcpuCount, memoryGb: $memoryGb) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResizeVm($id: ID!, $vcpuCount: Int!, $memoryGb: Int!) {\n    resizeVm(id: $id, vcpuCount: $vcpuCount, memoryGb: $memoryGb) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVmDisk($id: ID!, $disk: VmDiskInput!) {\n    addVmDisk(id: $id, disk: $disk) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddVmDisk($id: ID!, $disk: VmDiskInput!) {\n    addVmDisk(id: $id, disk: $disk) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVm($id: ID!, $confirmName: String!) {\n    deleteVm(id: $id, confirmName: $confirmName) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteVm($id: ID!, $confirmName: String!) {\n    deleteVm(id: $id, confirmName: $confirmName) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTopUp($input: StartTopUpInput!) {\n    startTopUp(input: $input) {\n      topUp {\n        id\n        status\n      }\n      redirect {\n        url\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartTopUp($input: StartTopUpInput!) {\n    startTopUp(input: $input) {\n      topUp {\n        id\n        status\n      }\n      redirect {\n        url\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopUpStatus($id: ID!) {\n    topUp(id: $id) {\n      id\n      reference\n      status\n      resultDescription\n      createdAt\n      settledAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopUpStatus($id: ID!) {\n    topUp(id: $id) {\n      id\n      reference\n      status\n      resultDescription\n      createdAt\n      settledAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalletTransactions($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      wallet {\n        id\n        transactions(first: 15, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              kind\n              description\n              createdAt\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WalletTransactions($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      wallet {\n        id\n        transactions(first: 15, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              kind\n              description\n              createdAt\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalletPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n        available {\n          amount\n          currency\n        }\n        breakdown {\n          paid {\n            amount\n            currency\n          }\n          granted {\n            amount\n            currency\n          }\n          spent {\n            amount\n            currency\n          }\n        }\n        lowBalanceAlert {\n          email\n          warned\n          threshold {\n            amount\n            currency\n          }\n        }\n        topUps(first: 5) {\n          id\n          reference\n          status\n          resultDescription\n          createdAt\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WalletPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n        available {\n          amount\n          currency\n        }\n        breakdown {\n          paid {\n            amount\n            currency\n          }\n          granted {\n            amount\n            currency\n          }\n          spent {\n            amount\n            currency\n          }\n        }\n        lowBalanceAlert {\n          email\n          warned\n          threshold {\n            amount\n            currency\n          }\n        }\n        topUps(first: 5) {\n          id\n          reference\n          status\n          resultDescription\n          createdAt\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;