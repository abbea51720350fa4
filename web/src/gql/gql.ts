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
    "\n  fragment AuthApi_SessionTokensFragment on SessionTokens {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      email\n      displayName\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AuthApi_SessionTokensFragmentFragmentDoc,
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      accepted\n      expiresInSeconds\n    }\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  mutation SignIn($email: String!, $code: String!) {\n    signIn(email: $email, code: $code) {\n      ...AuthApi_SessionTokensFragment\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthApi_SessionTokensFragment\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment CpuSparkline_VmMetricsFragment on VmMetrics {\n    cpu {\n      at\n      average\n      maximum\n    }\n  }\n": typeof types.CpuSparkline_VmMetricsFragmentFragmentDoc,
    "\n  query DashboardPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      ...OrgHeader_OrganizationFragment\n      wallet {\n        id\n        ...WalletBalance_WalletFragment\n      }\n      vms {\n        id\n        ...FleetSummary_VmFragment\n        ...VmRow_VmFragment\n      }\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  fragment FleetSummary_VmFragment on Vm {\n    id\n    vcpuCount\n    memoryMib\n    disks {\n      id\n      capacityGb\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.FleetSummary_VmFragmentFragmentDoc,
    "\n  query ManagedOrganizations {\n    organizations {\n      id\n      name\n      kind\n      userCount\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n      }\n      vms {\n        id\n      }\n    }\n  }\n": typeof types.ManagedOrganizationsDocument,
    "\n  fragment OrgHeader_OrganizationFragment on Organization {\n    name\n    kind\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.OrgHeader_OrganizationFragmentFragmentDoc,
    "\n  fragment VmRow_VmFragment on Vm {\n    id\n    name\n    powerState\n    vcpuCount\n    memoryGb\n    disks {\n      id\n      capacityGb\n      tier\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n    metrics(window: { stepMinutes: 60 }) {\n      ...CpuSparkline_VmMetricsFragment\n    }\n  }\n": typeof types.VmRow_VmFragmentFragmentDoc,
    "\n  fragment WalletBalance_WalletFragment on Wallet {\n    id\n    balance {\n      amount\n      currency\n    }\n  }\n": typeof types.WalletBalance_WalletFragmentFragmentDoc,
    "\n  query NewVmOptions {\n    vmSizes {\n      name\n      description\n      vcpuCount\n      memoryGb\n      bootDisk {\n        tier\n        capacityGb\n      }\n      estimate {\n        monthlyTotal {\n          amount\n          currency\n        }\n      }\n    }\n    products(category: LICENCE) {\n      sku\n      name\n      unit\n    }\n  }\n": typeof types.NewVmOptionsDocument,
    "\n  query NewVmEstimate($input: VmEstimateInput!) {\n    estimateVm(input: $input) {\n      ...VmEstimatePanel_VmEstimateFragment\n    }\n  }\n": typeof types.NewVmEstimateDocument,
    "\n  fragment VmEstimatePanel_VmEstimateFragment on VmEstimate {\n    lines {\n      description\n      sku\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlySubtotal {\n      amount\n      currency\n    }\n    hourlyRate {\n      amount\n      currency\n    }\n    vat {\n      rate\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlyTotal {\n      amount\n      currency\n    }\n  }\n": typeof types.VmEstimatePanel_VmEstimateFragmentFragmentDoc,
    "\n  query OrganizationChoice {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OrganizationChoiceDocument,
    "\n  mutation StartTopUp($input: StartTopUpInput!) {\n    startTopUp(input: $input) {\n      topUp {\n        id\n        status\n      }\n      redirect {\n        url\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.StartTopUpDocument,
    "\n  query TopUpStatus($id: ID!) {\n    topUp(id: $id) {\n      id\n      reference\n      status\n      resultDescription\n      createdAt\n      settledAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.TopUpStatusDocument,
    "\n  query WalletTransactions($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      wallet {\n        id\n        transactions(first: 15, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              kind\n              description\n              createdAt\n              amount {\n                amount\n                currency\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WalletTransactionsDocument,
    "\n  query WalletPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n        available {\n          amount\n          currency\n        }\n        breakdown {\n          paid {\n            amount\n            currency\n          }\n          granted {\n            amount\n            currency\n          }\n          spent {\n            amount\n            currency\n          }\n        }\n        lowBalanceAlert {\n          email\n          warned\n          threshold {\n            amount\n            currency\n          }\n        }\n        topUps(first: 5) {\n          id\n          reference\n          status\n          resultDescription\n          createdAt\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.WalletPageDocument,
};
const documents: Documents = {
    "\n  fragment AuthApi_SessionTokensFragment on SessionTokens {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      email\n      displayName\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AuthApi_SessionTokensFragmentFragmentDoc,
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      accepted\n      expiresInSeconds\n    }\n  }\n": types.RequestSignInCodeDocument,
    "\n  mutation SignIn($email: String!, $code: String!) {\n    signIn(email: $email, code: $code) {\n      ...AuthApi_SessionTokensFragment\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthApi_SessionTokensFragment\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment CpuSparkline_VmMetricsFragment on VmMetrics {\n    cpu {\n      at\n      average\n      maximum\n    }\n  }\n": types.CpuSparkline_VmMetricsFragmentFragmentDoc,
    "\n  query DashboardPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      ...OrgHeader_OrganizationFragment\n      wallet {\n        id\n        ...WalletBalance_WalletFragment\n      }\n      vms {\n        id\n        ...FleetSummary_VmFragment\n        ...VmRow_VmFragment\n      }\n    }\n  }\n": types.DashboardPageDocument,
    "\n  fragment FleetSummary_VmFragment on Vm {\n    id\n    vcpuCount\n    memoryMib\n    disks {\n      id\n      capacityGb\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n  }\n": types.FleetSummary_VmFragmentFragmentDoc,
    "\n  query ManagedOrganizations {\n    organizations {\n      id\n      name\n      kind\n      userCount\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n      }\n      vms {\n        id\n      }\n    }\n  }\n": types.ManagedOrganizationsDocument,
    "\n  fragment OrgHeader_OrganizationFragment on Organization {\n    name\n    kind\n    parent {\n      id\n      name\n    }\n  }\n": types.OrgHeader_OrganizationFragmentFragmentDoc,
    "\n  fragment VmRow_VmFragment on Vm {\n    id\n    name\n    powerState\n    vcpuCount\n    memoryGb\n    disks {\n      id\n      capacityGb\n      tier\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n    metrics(window: { stepMinutes: 60 }) {\n      ...CpuSparkline_VmMetricsFragment\n    }\n  }\n": types.VmRow_VmFragmentFragmentDoc,
    "\n  fragment WalletBalance_WalletFragment on Wallet {\n    id\n    balance {\n      amount\n      currency\n    }\n  }\n": types.WalletBalance_WalletFragmentFragmentDoc,
    "\n  query NewVmOptions {\n    vmSizes {\n      name\n      description\n      vcpuCount\n      memoryGb\n      bootDisk {\n        tier\n        capacityGb\n      }\n      estimate {\n        monthlyTotal {\n          amount\n          currency\n        }\n      }\n    }\n    products(category: LICENCE) {\n      sku\n      name\n      unit\n    }\n  }\n": types.NewVmOptionsDocument,
    "\n  query NewVmEstimate($input: VmEstimateInput!) {\n    estimateVm(input: $input) {\n      ...VmEstimatePanel_VmEstimateFragment\n    }\n  }\n": types.NewVmEstimateDocument,
    "\n  fragment VmEstimatePanel_VmEstimateFragment on VmEstimate {\n    lines {\n      description\n      sku\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlySubtotal {\n      amount\n      currency\n    }\n    hourlyRate {\n      amount\n      currency\n    }\n    vat {\n      rate\n      amount {\n        amount\n        currency\n      }\n    }\n    monthlyTotal {\n      amount\n      currency\n    }\n  }\n": types.VmEstimatePanel_VmEstimateFragmentFragmentDoc,
    "\n  query OrganizationChoice {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n": types.OrganizationChoiceDocument,
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
export function graphql(source: "\n  fragment AuthApi_SessionTokensFragment on SessionTokens {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      email\n      displayName\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuthApi_SessionTokensFragment on SessionTokens {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      email\n      displayName\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      accepted\n      expiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      accepted\n      expiresInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $code: String!) {\n    signIn(email: $email, code: $code) {\n      ...AuthApi_SessionTokensFragment\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $code: String!) {\n    signIn(email: $email, code: $code) {\n      ...AuthApi_SessionTokensFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthApi_SessionTokensFragment\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthApi_SessionTokensFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CpuSparkline_VmMetricsFragment on VmMetrics {\n    cpu {\n      at\n      average\n      maximum\n    }\n  }\n"): (typeof documents)["\n  fragment CpuSparkline_VmMetricsFragment on VmMetrics {\n    cpu {\n      at\n      average\n      maximum\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      ...OrgHeader_OrganizationFragment\n      wallet {\n        id\n        ...WalletBalance_WalletFragment\n      }\n      vms {\n        id\n        ...FleetSummary_VmFragment\n        ...VmRow_VmFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      ...OrgHeader_OrganizationFragment\n      wallet {\n        id\n        ...WalletBalance_WalletFragment\n      }\n      vms {\n        id\n        ...FleetSummary_VmFragment\n        ...VmRow_VmFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FleetSummary_VmFragment on Vm {\n    id\n    vcpuCount\n    memoryMib\n    disks {\n      id\n      capacityGb\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FleetSummary_VmFragment on Vm {\n    id\n    vcpuCount\n    memoryMib\n    disks {\n      id\n      capacityGb\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedOrganizations {\n    organizations {\n      id\n      name\n      kind\n      userCount\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n      }\n      vms {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedOrganizations {\n    organizations {\n      id\n      name\n      kind\n      userCount\n      wallet {\n        id\n        balance {\n          amount\n          currency\n        }\n      }\n      vms {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgHeader_OrganizationFragment on Organization {\n    name\n    kind\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrgHeader_OrganizationFragment on Organization {\n    name\n    kind\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VmRow_VmFragment on Vm {\n    id\n    name\n    powerState\n    vcpuCount\n    memoryGb\n    disks {\n      id\n      capacityGb\n      tier\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n    metrics(window: { stepMinutes: 60 }) {\n      ...CpuSparkline_VmMetricsFragment\n    }\n  }\n"): (typeof documents)["\n  fragment VmRow_VmFragment on Vm {\n    id\n    name\n    powerState\n    vcpuCount\n    memoryGb\n    disks {\n      id\n      capacityGb\n      tier\n    }\n    estimatedMonthlyCost {\n      monthlyTotal {\n        amount\n        currency\n      }\n    }\n    metrics(window: { stepMinutes: 60 }) {\n      ...CpuSparkline_VmMetricsFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WalletBalance_WalletFragment on Wallet {\n    id\n    balance {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment WalletBalance_WalletFragment on Wallet {\n    id\n    balance {\n      amount\n      currency\n    }\n  }\n"];
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