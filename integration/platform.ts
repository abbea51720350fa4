import type { KeyObject } from "node:crypto";
import {
  DEFAULT_QUERY_LIMITS,
  loadGatewayConfig,
  type QueryLimits,
  type RunningGateway,
  startGateway,
} from "@dcx/supergraph";
import {
  CapturingMailer,
  type TestSubgraph,
  graphqlRequest,
  startTestSubgraph,
  testGatewayKeys,
  testServiceKeys,
} from "@dcx/kit/testing";
import { createTenancySubgraph } from "@dcx/tenancy";
import { codeIn, mailHandedOver, testTenancyDeps } from "@dcx/tenancy/testing";
import {
  type ArrearsReport,
  createWalletSubgraph,
  runArrearsJob,
  tenancyOwners,
  vmsSuspensions,
  type WalletDb,
} from "@dcx/wallet";
import { type PayGateSimulator, startPayGateSimulator } from "@dcx/paygate-simulator";
import { testWalletDeps } from "@dcx/wallet/testing";
import { startVcenterSimulator, type VcenterSimulator } from "@dcx/vcenter-simulator";
import {
  catalogPriceSchedule,
  createMailAlertNotifier,
  createTelemetryBillingSubgraph,
  createTenancyContacts,
  DEFAULT_TELEMETRY_DEPS,
  evaluateAlerts,
  maintenancePassLock,
  type BillingStepReport,
  type MaintenanceReport,
  runBillingStep,
  startTelemetryMaintenance,
  walletUsageCharges,
  type TelemetryDb,
  type TelemetryDeps,
  type TelemetryMaintenance,
} from "@dcx/telemetry-billing";
import {
  createPerformanceCollector,
  createUsageRelay,
  createVmsSubgraph,
  createWalletMoneyGate,
  type PerformanceCollectionReport,
  type OperationRunner,
  startOperationRunner,
  telemetryServiceSink,
  telemetryUsageSink,
  UNCONFIGURED_VMS_DEPS,
  type UsageReceipt,
  type UsageRelayDeps,
  type UsageRelayReport,
  type VmUsageChangeInput,
  type VmsDeps,
  VSphereClient,
} from "@dcx/vms";
import { platformSubgraphs } from "../scripts/platform-databases";
import { type PlatformDbs, seedDemo, type SeedReport } from "../scripts/seed/seed-demo";

type Key = keyof PlatformDbs;

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  /** `{ authorization: "Bearer …", "x-forwarded-for": <this person's address> }`. */
  headers: Record<string, string>;
}

export interface TestPlatform {
  gateway: RunningGateway;
  /** The gateway's keys: it signs subgraph requests with `signingKey` and verifies sessions with `sessionPublicKey`. */
  gatewayKeys: { signingKey: KeyObject; sessionPublicKey: KeyObject };
  subgraphs: Record<Key, TestSubgraph<Record<string, unknown>>>;
  /** PayGate as the wallet sees it: a local simulator that notifies the wallet at once. */
  paygate: PayGateSimulator;
  /** vCenter: the local simulator holding the demo estate, which the seed's inventory sync discovered. */
  vcenter: VcenterSimulator;
  /** The wallet's collaborators: its mailer keeps receipts; `webUrl` may be pointed at a dashboard. */
  walletDeps: ReturnType<typeof testWalletDeps>;
  /**
   * Telemetry as in production: the vms subgraph's collector reads the simulator's performance
   * counters and delivers them to telemetry-billing, whose maintenance rolls them up. The platform
   * collects once at start (a day of back-fill); tests collect again after moving the simulator.
   */
  telemetry: {
    collect(): Promise<PerformanceCollectionReport>;
    maintain(): Promise<MaintenanceReport>;
    /** Alert e-mails (fired and resolved) to the organisations' owners and admins. */
    mailer: CapturingMailer;
  };
  /**
   * Billing as in production: the vms subgraph relays each VM's state changes from its outbox to
   * telemetry-billing, which copies the catalog's prices and meters every hour ended by `now`.
   */
  billing: {
    relayUsage(): Promise<UsageRelayReport>;
    /** Delivers changes as the vms service does (signed as it), e.g. a state from the past. */
    deliver(changes: VmUsageChangeInput[]): Promise<UsageReceipt>;
    /** Meters every hour ended by `now` and charges each wholly metered day (maintenance passes only meter). */
    meter(now: Date): Promise<BillingStepReport>;
    /** One round of the wallet's unpaid-usage job at `now`: e-mails, suspending and lifting through vms. */
    arrears(now: Date): Promise<ArrearsReport>;
  };
  dbs: PlatformDbs;
  seed: SeedReport;
  /** Signs in through the gateway as a person would: ask for a code, read the e-mail, send the code. */
  signIn(email: string): Promise<SignedIn>;
  /** The code in the newest sign-in e-mail to `email` (what a person reads in their inbox). */
  latestCodeFor(email: string): Promise<string>;
  /** Provider staff (ops@datacentrix.co.za), signed in once. */
  provider(): Promise<SignedIn>;
  /** A GraphQL request through the gateway, as a signed-in user or anonymously from `from`. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: SignedIn,
    from?: string,
  ): ReturnType<typeof graphqlRequest<T>>;
  /** Queries sent to all five databases since the last reset. */
  queryCount(): number;
  resetQueryCount(): void;
  close(): Promise<void>;
}

const ANONYMOUS_ADDRESS = "203.0.113.254";

/**
 * Functional suites read the whole graph in one query and send hundreds of them as one caller,
 * on busy machines: the cost ceiling, budgets and time bound are lifted for them (the gateway's
 * own tests hold the limits; `bench/fairness.ts` runs with the production ones).
 */
const SUITE_QUERY_LIMITS: QueryLimits = {
  ...DEFAULT_QUERY_LIMITS,
  maxCost: 1e9,
  // The isolation suite selects every field of an organisation in one query.
  maxTokens: 5000,
  budgetCapacity: 1e9,
  budgetRefillPerSecond: 1e9,
  maxConcurrentPerCaller: 1000,
  executionTimeoutMs: 300_000,
};

const dbsOf = (subgraphs: TestPlatform["subgraphs"]) =>
  Object.fromEntries(
    Object.entries(subgraphs).map(([key, subgraph]) => [key, subgraph.database.db]),
  ) as unknown as PlatformDbs;

/** A stable documentation-range address per person (TEST-NET-3, RFC 5737). */
function addressOf(email: string): string {
  let hash = 0;
  for (const char of email) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `203.0.113.${1 + (hash % 250)}`;
}

const SIGN_IN = `mutation($email: String!, $code: String!) { signIn(email: $email, code: $code) { accessToken refreshToken } }`;

/**
 * The whole platform for a test: five subgraphs on fresh databases (PGlite, or the PostgreSQL
 * server with TEST_POSTGRES_URL), seeded with the demo, behind a real gateway, over real HTTP.
 */
export async function startTestPlatform(
  options: {
    callerCacheSeconds?: number;
    /** "manual": PayGate's notify waits for `paygate.releaseNotify`, to see a top-up while it is pending. */
    paygateNotify?: "immediate" | "manual";
    /** The gateway's query limits (default: SUITE_QUERY_LIMITS); benchmarks pass the production ones. */
    queryLimits?: QueryLimits;
    /** Days of performance history the collector back-fills at start (default 1). */
    telemetryBackfillDays?: number;
  } = {},
): Promise<TestPlatform> {
  const gatewayKeys = testGatewayKeys();
  const tenancy = testTenancyDeps();
  const paygate = await startPayGateSimulator({
    notify: options.paygateNotify ?? "immediate",
    notifyRetry: { attempts: 3, delayMs: 100 },
  });
  const vcenter = await startVcenterSimulator({ taskDelayMs: 50 });
  // Built once the wallet listens (its PayGate callbacks need its address); read per request.
  const wallet: { deps?: ReturnType<typeof testWalletDeps> } = {};
  // Filled in once the wallet, the catalog and the vms database are up; read per request.
  const vmsDeps: VmsDeps = { ...UNCONFIGURED_VMS_DEPS, log: () => {} };
  // Each delivery starts a maintenance pass, as in production.
  const loop: { maintenance?: TelemetryMaintenance } = {};
  const telemetryDeps: TelemetryDeps = {
    ...DEFAULT_TELEMETRY_DEPS,
    log: () => {},
    onDelivered: () => loop.maintenance?.kick(),
  };
  const definitions = {
    ...platformSubgraphs,
    tenancy: createTenancySubgraph(() => tenancy.deps),
    wallet: createWalletSubgraph(() => wallet.deps!),
    vms: createVmsSubgraph(() => vmsDeps),
    telemetry: createTelemetryBillingSubgraph(() => telemetryDeps),
  };
  // The VMs subgraph holds money in the wallet, asks the catalog for prices and delivers telemetry, as itself.
  const vmsKeys = testServiceKeys("vms");
  const trustingVms = { trustedServices: new Map([[vmsKeys.service, vmsKeys.publicKey]]) };
  // Telemetry asks tenancy whom to e-mail about an alert, as itself.
  const telemetryKeys = testServiceKeys("telemetry-billing");
  const trustingTelemetry = { trustedServices: new Map([[telemetryKeys.service, telemetryKeys.publicKey]]) };
  // The catalog also gives telemetry-billing the prices it bills with; the wallet takes its charges.
  const trustingBoth = {
    trustedServices: new Map([...trustingVms.trustedServices, ...trustingTelemetry.trustedServices]),
  };
  // Unpaid usage: the wallet asks tenancy for the owners and vms to suspend, as itself.
  const walletKeys = testServiceKeys("wallet");
  const trustingWallet = { trustedServices: new Map([[walletKeys.service, walletKeys.publicKey]]) };
  const trustingTelemetryAndWallet = {
    trustedServices: new Map([...trustingTelemetry.trustedServices, ...trustingWallet.trustedServices]),
  };
  const subgraphs = {} as TestPlatform["subgraphs"];
  for (const [key, definition] of Object.entries(definitions)) {
    const options =
      key === "catalog"
        ? trustingBoth
        : key === "wallet"
          ? trustingBoth
          : key === "telemetry"
            ? trustingVms
            : key === "tenancy"
              ? trustingTelemetryAndWallet
              : key === "vms"
                ? trustingWallet
                : undefined;
    subgraphs[key as Key] = await startTestSubgraph(
      definition as (typeof platformSubgraphs)[Key],
      gatewayKeys,
      options,
    );
  }
  const hypervisor = new VSphereClient({ url: vcenter.url, user: "dcx-test", password: "local-simulator" });
  vmsDeps.hypervisor = hypervisor;
  vmsDeps.moneyGate = createWalletMoneyGate({
    services: vmsKeys.client({
      wallet: subgraphs.wallet.server.graphqlUrl,
      catalog: subgraphs.catalog.server.graphqlUrl,
    }),
    db: dbsOf(subgraphs).vms,
    runwayHours: 24,
    clock: vmsDeps.clock,
  });
  const runner: OperationRunner = await startOperationRunner(
    // Its queries do not count: query-count tests measure requests while jobs may run.
    {
      db: subgraphs.vms.database.backgroundDb,
      executeSql: subgraphs.vms.database.executeSql,
      // Sweeps under the same lock as production's.
      backgroundDb: subgraphs.vms.database.backgroundDb,
      driver: subgraphs.vms.database.driver,
    } as unknown as Parameters<typeof startOperationRunner>[0],
    { ...vmsDeps, hypervisor },
    { sweepSeconds: 1, pollingSeconds: 0.5, guestTimeoutSeconds: 30 },
  );
  vmsDeps.queue = runner.queue;
  const walletDeps = testWalletDeps({ paygateUrl: paygate.url, walletUrl: subgraphs.wallet.server.url });
  wallet.deps = walletDeps;
  const dbs = dbsOf(subgraphs);
  const seed = await seedDemo(dbs, hypervisor);
  const alertMailer = new CapturingMailer();
  const alertNotifier = createMailAlertNotifier({
    contacts: createTenancyContacts(telemetryKeys.client({ tenancy: subgraphs.tenancy.server.graphqlUrl })),
    mailer: alertMailer,
    dashboardUrl: "http://127.0.0.1:5173",
    log: () => {},
  });
  const priceSchedule = catalogPriceSchedule(telemetryKeys.client({ catalog: subgraphs.catalog.server.graphqlUrl }));
  const maintenance = startTelemetryMaintenance(subgraphs.telemetry.database.backgroundDb as TelemetryDb, {
    clock: telemetryDeps.clock,
    exclusive: maintenancePassLock(
      subgraphs.telemetry.database as unknown as Parameters<typeof maintenancePassLock>[0],
    ),
    log: () => {},
    intervalSeconds: 0,
    afterRollups: async (db, now) => ({
      alerts: await evaluateAlerts(db, { now, notifier: alertNotifier, log: () => {} }),
      billing: await runBillingStep(db, now, { prices: priceSchedule, log: () => {} }),
    }),
  });
  loop.maintenance = maintenance;
  const collector = createPerformanceCollector(
    {
      database: subgraphs.vms.database as unknown as Parameters<typeof createPerformanceCollector>[0]["database"],
      hypervisor,
      sink: telemetryServiceSink(vmsKeys.client({ "telemetry-billing": subgraphs.telemetry.server.graphqlUrl })),
      clock: vmsDeps.clock,
      log: () => {},
    },
    { batchSize: 50, backfillDays: options.telemetryBackfillDays ?? 1 },
  );
  const telemetry: TestPlatform["telemetry"] = {
    collect: async () => {
      const report = await collector.collect();
      if (report.outcome === "failed") throw new Error(`telemetry collection failed: ${JSON.stringify(report)}`);
      return report;
    },
    maintain: () => maintenance.runNow(),
    mailer: alertMailer,
  };
  await telemetry.collect();
  await telemetry.maintain();
  const usageSink = telemetryUsageSink(vmsKeys.client({ "telemetry-billing": subgraphs.telemetry.server.graphqlUrl }));
  const usageRelay = createUsageRelay({
    database: subgraphs.vms.database as unknown as UsageRelayDeps["database"],
    sink: usageSink,
    clock: vmsDeps.clock,
    log: () => {},
  });
  const billing: TestPlatform["billing"] = {
    relayUsage: async () => {
      const report = await usageRelay.relay();
      if (report.outcome === "failed") throw new Error(`usage relay failed: ${report.error}`);
      return report;
    },
    deliver: (changes) => usageSink.record(changes),
    arrears: (now) => {
      const calls = walletKeys.client({
        vms: subgraphs.vms.server.graphqlUrl,
        tenancy: subgraphs.tenancy.server.graphqlUrl,
      });
      return runArrearsJob(subgraphs.wallet.database.db as unknown as WalletDb, {
        suspensions: vmsSuspensions(calls),
        owners: tenancyOwners(calls),
        webUrl: walletDeps.webUrl,
        now,
        log: () => {},
      });
    },
    meter: (now) =>
      runBillingStep(subgraphs.telemetry.database.backgroundDb as TelemetryDb, now, {
        prices: priceSchedule,
        charges: walletUsageCharges(telemetryKeys.client({ wallet: subgraphs.wallet.server.graphqlUrl })),
        log: () => {},
      }),
  };

  const urls = Object.fromEntries(
    Object.entries(definitions).map(([key, definition]) => [
      `${definition.name.toUpperCase().replace(/-/g, "_")}_URL`,
      subgraphs[key as Key].server.graphqlUrl,
    ]),
  );
  // Behind a trusted proxy on loopback, each simulated person signs in from their own address
  // (TEST-NET-3, never contacted), so sign-in rate limits apply per person as in production.
  const config = loadGatewayConfig({
    GATEWAY_PORT: "0",
    NODE_ENV: "test",
    TRUST_PROXY: "loopback",
    CALLER_CACHE_SECONDS: String(options.callerCacheSeconds ?? 30),
    ...urls,
  });
  const keys = { signingKey: gatewayKeys.privateKey, sessionPublicKey: tenancy.sessionPublicKey };
  const gateway = await startGateway(config, keys, { limits: options.queryLimits ?? SUITE_QUERY_LIMITS });
  const all = () => Object.values(subgraphs);
  const query: TestPlatform["query"] = (text, variables = {}, as, from = ANONYMOUS_ADDRESS) =>
    graphqlRequest(gateway.graphqlUrl, text, variables, as?.headers ?? { "x-forwarded-for": from });

  const signIn: TestPlatform["signIn"] = async (email) => {
    const from = { "x-forwarded-for": addressOf(email) };
    const sent = tenancy.mailer.messages.length;
    const request = `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`;
    await graphqlRequest(gateway.graphqlUrl, request, { email }, from);
    await mailHandedOver();
    const message = tenancy.mailer.messages.slice(sent).find((mail) => mail.to === email);
    const result = await graphqlRequest<{ signIn: { accessToken: string; refreshToken: string } }>(
      gateway.graphqlUrl,
      SIGN_IN,
      { email, code: codeIn(message) },
      from,
    );
    if (!result.data) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
    const { accessToken, refreshToken } = result.data.signIn;
    return { accessToken, refreshToken, headers: { authorization: `Bearer ${accessToken}` } };
  };
  let provider: Promise<SignedIn> | undefined;

  return {
    gateway,
    gatewayKeys: keys,
    subgraphs,
    paygate,
    vcenter,
    walletDeps,
    telemetry,
    billing,
    dbs,
    seed,
    query,
    signIn,
    latestCodeFor: async (email) => {
      await mailHandedOver();
      return codeIn(tenancy.mailer.messages.filter((mail) => mail.to === email).at(-1));
    },
    provider: () => (provider ??= signIn("ops@datacentrix.co.za")),
    queryCount: () => all().reduce((sum, subgraph) => sum + subgraph.database.queryCount(), 0),
    resetQueryCount: () => all().forEach((subgraph) => subgraph.database.resetQueryCount()),
    close: async () => {
      await runner.stop({ timeoutMs: 5_000 });
      await maintenance.stop();
      await gateway.close();
      for (const subgraph of all()) await subgraph.close();
      await paygate.close();
      await hypervisor.close();
      await vcenter.close();
    },
  };
}
