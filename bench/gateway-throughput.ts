import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DASHBOARD_QUERY } from "../integration/dashboard-query";
import { startTestPlatform } from "../integration/platform";
import { platformSubgraphs } from "../scripts/platform-databases";
import { seedFleet } from "../scripts/seed/fixture-fleet";
import { Authenticator } from "../supergraph/src/auth/authenticator";
import { CallerDirectory } from "../supergraph/src/auth/caller-directory";
import { loadQueryLimits } from "../supergraph/src/limits/limits-config";
import { sameAnswer } from "./throughput/answers";
import { countingFanOut } from "./throughput/fan-out";
import { runForkedLoad } from "./throughput/forked-load";
import { startHiveGateway } from "./throughput/hive-gateway";
import { type LoadRun, printComparison } from "./throughput/report";

/**
 * `npm run bench:throughput [-- --seconds 20 --rounds 2 --connections 10 --vms 500]`: requests/s,
 * latency and CPU per answer of the dashboard query through our gateway and through Hive Gateway,
 * both over the same supergraph and the same subgraphs, for the 5-VM demo customer (Adcock) and a
 * customer with `--vms` VMs. Each round loads each gateway for `--seconds` after a warm-up, the
 * order alternating between rounds; the load comes from a child process. PGlite by default, the
 * PostgreSQL server with TEST_POSTGRES_URL.
 *
 * The caller is provider staff, signed in once: both gateways authenticate them per request
 * through our Authenticator (same cache) and sign every subgraph request with our gateway key.
 * Our gateway checks every operation against the production limits, but the cost is not capped
 * and the per-caller budget and concurrency are lifted: one caller's 10 connections would trip
 * them (RATE_LIMITED); `--production-limits` keeps them. Hive's in-flight deduplication of
 * subgraph queries is off (`--hive-dedupe` turns it on). `--only ours|hive` loads one gateway,
 * e.g. under `node --cpu-prof --import tsx`.
 */
const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: process.env.THROUGHPUT_SECONDS ?? "20" },
    connections: { type: "string", default: "10" },
    vms: { type: "string", default: "500" },
    rounds: { type: "string", default: "2" },
    "warmup-seconds": { type: "string", default: "3" },
    "production-limits": { type: "boolean", default: false },
    "hive-dedupe": { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const FLEET_SIZE = Number(args.vms);
const ROUNDS = Number(args.rounds);
const WARMUP_SECONDS = Number(args["warmup-seconds"]);
const CALLER_CACHE_MS = 30_000;
const step = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

const production = loadQueryLimits();
const limits = args["production-limits"]
  ? production
  : { ...production, maxCost: 1e9, budgetCapacity: 1e9, budgetRefillPerSecond: 1e9, maxConcurrentPerCaller: 1000 };
const platform = await startTestPlatform({ queryLimits: limits, callerCacheSeconds: CALLER_CACHE_MS / 1000 });
step(`platform started; seeding a customer with ${FLEET_SIZE} VMs`);
const fleet = await seedFleet(platform.dbs, platform.seed.organizations.Datacentrix!, FLEET_SIZE, new Date(), (line) =>
  step(line.trim()),
);
const staff = await platform.signIn("ops@datacentrix.co.za");

const subgraphUrls = new Map(
  Object.entries(platform.subgraphs).map(([key, subgraph]) => [
    platformSubgraphs[key as keyof typeof platformSubgraphs].name,
    subgraph.server.graphqlUrl,
  ]),
);
const { signingKey, sessionPublicKey } = platform.gatewayKeys;
const hive = await startHiveGateway({
  supergraphSdl: readFileSync(new URL("../schema/supergraph.graphql", import.meta.url), "utf8"),
  subgraphUrls,
  signingKey,
  deduplicateInflightRequests: args["hive-dedupe"],
  authenticator: new Authenticator(
    sessionPublicKey,
    new CallerDirectory(() => subgraphUrls.get("tenancy"), signingKey, CALLER_CACHE_MS),
  ),
});
const gateways = { ours: platform.gateway.graphqlUrl, hive: hive.graphqlUrl };
type GatewayName = keyof typeof gateways;
if (args.only && !(args.only in gateways)) throw new Error(`--only takes ours or hive, not ${args.only}`);
const loaded = args.only ? [args.only as GatewayName] : (["ours", "hive"] as const);

const cases = [
  { label: "Adcock, 5 VMs", organizationId: platform.seed.organizations.Adcock! },
  { label: `${FLEET_SIZE} VMs`, organizationId: fleet.organizationId },
];
console.log(
  `database: ${process.env.TEST_POSTGRES_URL ? "PostgreSQL server" : "PGlite"}; ${CONNECTIONS} connections, ` +
    `${SECONDS} s per gateway per round, ${ROUNDS} round(s), ${WARMUP_SECONDS} s warm-up`,
);
console.log(
  args["production-limits"]
    ? "our gateway: production query limits, per-caller budget and concurrency included"
    : `our gateway: production document limits; cost computed but not capped, per-caller budget and concurrency lifted ` +
        `(production: ${production.maxConcurrentPerCaller} in flight costing at most ${production.maxCost} together): ` +
        `${CONNECTIONS} connections of one caller would be RATE_LIMITED`,
);

console.log(
  args["hive-dedupe"]
    ? "Hive: identical subgraph queries in flight are sent once (its default)"
    : "Hive: in-flight deduplication of subgraph queries off, as our gateway has none",
);

try {
  for (const { label, organizationId } of cases) {
    const body = JSON.stringify({ query: DASHBOARD_QUERY, variables: { organizationId } });
    const answers = { ours: await answerOf(gateways.ours, body), hive: await answerOf(gateways.hive, body) };
    const difference = sameAnswer(answers.ours, answers.hive);
    if (difference) throw new Error(`${label}: the gateways answer differently: ${difference}`);
    step(`${label}: both gateways give the same answer (${answers.ours.length} bytes from ours); loading`);
    const results: Partial<Record<GatewayName, LoadRun[]>> = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? loaded : [...loaded].reverse();
      for (const name of order) {
        const plan = { url: gateways[name], body, headers: staff.headers, connections: CONNECTIONS };
        if (WARMUP_SECONDS > 0) await runForkedLoad({ ...plan, durationMs: WARMUP_SECONDS * 1000 });
        const { result, fanOut } = await countingFanOut(platform, () =>
          runForkedLoad({ ...plan, durationMs: SECONDS * 1000 }),
        );
        (results[name] ??= []).push({ ...result, ...fanOut });
        step(`${label}: ${name} round ${round + 1} done`);
      }
    }
    printComparison(label, results);
  }
} finally {
  await hive.close();
  await platform.close();
}

async function answerOf(url: string, body: string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...staff.headers, "content-type": "application/json" },
    body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}
