import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, formatScaled, migrationsFolder, openDatabase, parseScaled, repoRoot } from "@dcx/kit";
import { type GraphQLResponse, providerStaff, testGatewayKeys, testPostgresUrl } from "@dcx/kit/testing";
import { EntryKind, openWallet, postEntry, setCreditLimit, walletSubgraph } from "@dcx/wallet";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type ManagedProcess, spawnService, waitUntilReady } from "../../scripts/processes";
import { adminQuery, freePort, rand } from "./crash-support";

/**
 * "Kill the wallet process mid-way through a burst of money operations; after restart every
 * acknowledged operation is there exactly once and the ledger balances." The wallet runs as a real
 * child process (its own port, its own embedded database folder or fresh PostgreSQL database, a
 * gateway key this test holds). Eight workers post a mix of money operations with unique
 * idempotency keys; after a random number of acknowledgements the process gets SIGKILL with
 * requests in flight. After a restart on the same data the test checks, through the graph and
 * finally in the database itself, that nothing acknowledged was lost or doubled.
 */

const ENTRY = path.join(repoRoot, "subgraphs/wallet/src/main.ts");
const ROUNDS = 3;
const WORKERS = 8;
const SEED_CENTS = 10_000_000n; // R100 000: negative adjustments never come near the credit limit
const CREDIT_LIMIT_CENTS = 50_000n;
const DESCRIPTION_PREFIX = "crash ";

type OperationKind = "grant" | "adjust" | "place" | "capture" | "release";

interface Operation {
  kind: OperationKind;
  round: number;
  /** The idempotency key (entries and holds); for a release, the hold's key. */
  key: string;
  /** Signed cents of the ledger entry it writes (grant, adjust, capture: negative), or the hold's amount. */
  cents: bigint;
  holdKey?: string;
  outcome: "pending" | "acknowledged" | "refused" | "unknown";
  /** What the acknowledged response returned: the entry's or the hold's id. */
  resultId?: string;
  resultStatus?: string;
}

interface WalletState {
  entries: LedgerRow[];
  totalCount: number;
  holds: HoldRow[];
  balance: bigint;
  available: bigint;
  creditLimit: bigint;
}

interface GraphWallet {
  balance: { amount: string };
  available: { amount: string };
  creditLimit: { amount: string };
  holds: { id: string; status: string; reason: string; amount: { amount: string }; captured: { amount: string } }[];
  transactions: {
    totalCount: number;
    edges: { node: { id: string; kind: string; amount: { amount: string }; description: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface LedgerRow {
  id: string;
  kind: string;
  cents: bigint;
  description: string;
}
interface HoldRow {
  id: string;
  status: string;
  amountCents: bigint;
  capturedCents: bigint;
  reason: string;
}

const ENTRY_FIELDS = "id kind amount { amount } description";
const HOLD_FIELDS = "id status reason amount { amount } captured { amount }";
const MUTATIONS: Record<OperationKind, string> = {
  grant: `mutation($org: ID!, $amount: Decimal!, $text: String!, $key: String!) {
    result: grantCredit(organizationId: $org, amount: $amount, description: $text, idempotencyKey: $key) { ${ENTRY_FIELDS} } }`,
  adjust: `mutation($org: ID!, $amount: Decimal!, $text: String!, $key: String!) {
    result: adjustWallet(organizationId: $org, amount: $amount, reason: $text, idempotencyKey: $key) { ${ENTRY_FIELDS} } }`,
  place: `mutation($org: ID!, $amount: Decimal!, $text: String!, $key: String!, $until: DateTimeISO!) {
    result: placeHold(organizationId: $org, amount: $amount, reason: $text, idempotencyKey: $key, expiresAt: $until) { ${HOLD_FIELDS} } }`,
  capture: `mutation($hold: ID!, $amount: Decimal!, $text: String!, $key: String!) {
    result: captureHold(holdId: $hold, amount: $amount, description: $text, idempotencyKey: $key) { ${HOLD_FIELDS} } }`,
  release: `mutation($hold: ID!) { result: releaseHold(holdId: $hold) { ${HOLD_FIELDS} } }`,
};
const WALLET_STATE = `query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) { ... on Organization {
  wallet { balance { amount } available { amount } creditLimit { amount }
    holds(activeOnly: false) { ${HOLD_FIELDS} }
    transactions(first: 100, after: $after) { totalCount edges { node { ${ENTRY_FIELDS} } } pageInfo { hasNextPage endCursor } } } } } }`;

const cents = (amount: string) => parseScaled(amount, 2);

describe("the wallet process killed mid-burst", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it(`keeps every acknowledged operation exactly once over ${ROUNDS} SIGKILLs, and the ledger balances`, async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dcx-wallet-crash-"));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const keys = testGatewayKeys();
    const publicKeyFile = path.join(folder, "gateway.pub.pem");
    writeFileSync(publicKeyFile, keys.publicKey.export({ type: "spki", format: "pem" }));

    // Its own database: a folder for PGlite, or a fresh database on the PostgreSQL server.
    const adminUrl = testPostgresUrl();
    let databaseUrl: string | undefined;
    if (adminUrl) {
      const name = `dcx_test_wallet_crash_${randomBytes(6).toString("hex")}`;
      await adminQuery(adminUrl, `create database ${name}`);
      cleanups.push(() => adminQuery(adminUrl, `drop database if exists ${name} with (force)`));
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    }
    const dataRoot = path.join(folder, "data");
    const openDirectly = (): Promise<Database<typeof walletSubgraph.tables>> =>
      openDatabase({
        schema: walletSubgraph.tables,
        migrationsFolder: migrationsFolder("wallet"),
        url: databaseUrl,
        dataDir: databaseUrl ? undefined : path.join(dataRoot, "wallet"),
      });

    // Seed through the wallet's own services before the process owns the database.
    const organizationId = randomUUID();
    {
      const database = await openDirectly();
      await database.migrate();
      await openWallet(database.db, organizationId);
      await postEntry(database.db, {
        organizationId,
        kind: EntryKind.TOP_UP,
        amountCents: SEED_CENTS,
        description: "Opening balance",
        idempotencyKey: "crash-seed-top-up",
      });
      await setCreditLimit(database.db, { organizationId, amountCents: CREDIT_LIMIT_CENTS });
      await database.close();
    }

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      WALLET_PORT: String(port),
      DATA_DIR: dataRoot,
      GATEWAY_PUBLIC_KEY_FILE: publicKeyFile,
      WALLET_DATABASE_URL: databaseUrl,
      // Background jobs stay out of the way: the test is about the requests.
      PAYGATE_RECONCILE_SECONDS: "3600",
      NOTICE_SEND_SECONDS: "3600",
      HOLD_SWEEP_SECONDS: "3600",
    };
    if (!databaseUrl) delete env.WALLET_DATABASE_URL;
    let service: ManagedProcess | undefined;
    const start = async () => {
      service = spawnService("wallet", ENTRY, env);
      await waitUntilReady(`${baseUrl}/ready`, service, 30_000);
    };
    const exited = (current: ManagedProcess) =>
      new Promise<void>((resolve) => {
        if (current.child.exitCode !== null || current.child.signalCode !== null) return resolve();
        current.child.once("exit", () => resolve());
      });
    cleanups.push(async () => {
      if (service && service.child.exitCode === null && service.child.signalCode === null) {
        service.child.kill("SIGKILL");
        await exited(service);
      }
    });

    const staff = providerStaff({ role: "owner" });
    const send = async <T>(query: string, variables: Record<string, unknown>) =>
      keys.request<T>(`${baseUrl}/graphql`, "wallet", query, variables, staff);

    const operations: Operation[] = [];
    const holdIdByKey = new Map<string, string>();
    const until = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    const variablesOf = (op: Operation): Record<string, unknown> => {
      const amount = formatScaled(op.cents < 0n ? -op.cents : op.cents, 2);
      const text = `${DESCRIPTION_PREFIX}${op.key}`;
      switch (op.kind) {
        case "grant":
          return { org: organizationId, amount, text, key: op.key };
        case "adjust":
          return { org: organizationId, amount: formatScaled(op.cents, 2), text, key: op.key };
        case "place":
          return { org: organizationId, amount, text, key: op.key, until };
        case "capture":
          return { hold: holdIdByKey.get(op.holdKey!), amount, text, key: op.key };
        case "release":
          return { hold: holdIdByKey.get(op.holdKey!) };
      }
    };
    /** Sends one operation and records what came back: success, a refusal, or nothing (the process died). */
    const perform = async (op: Operation, record = true) => {
      if (record) operations.push(op);
      try {
        const answer = await send<{ result: { id: string; status?: string } }>(MUTATIONS[op.kind], variablesOf(op));
        if (answer.data?.result) {
          if (!record) return answer.data.result;
          op.outcome = "acknowledged";
          op.resultId = answer.data.result.id;
          op.resultStatus = answer.data.result.status;
          if (op.kind === "place") holdIdByKey.set(op.key, answer.data.result.id);
        } else if (record) op.outcome = "refused";
        return answer.data?.result;
      } catch {
        if (record) op.outcome = "unknown";
        return undefined;
      }
    };

    let lastState: WalletState | undefined;
    /** The wallet as the graph shows it, every page of its ledger walked. */
    async function readWallet(): Promise<WalletState> {
      const entries: LedgerRow[] = [];
      let totalCount = 0;
      let after: string | null = null;
      let wallet: GraphWallet | null = null;
      for (;;) {
        const answer: GraphQLResponse<{ _entities: { wallet: GraphWallet }[] }> = await send<{
          _entities: { wallet: GraphWallet }[];
        }>(WALLET_STATE, { reps: [{ __typename: "Organization", id: organizationId }], after });
        if (!answer.data) throw new Error(JSON.stringify(answer.errors));
        const current: GraphWallet = answer.data._entities[0]!.wallet;
        wallet ??= current;
        totalCount = current.transactions.totalCount;
        for (const { node } of current.transactions.edges) {
          entries.push({
            id: node.id,
            kind: node.kind,
            cents: cents(node.amount.amount),
            description: node.description,
          });
        }
        if (!current.transactions.pageInfo.hasNextPage) break;
        after = current.transactions.pageInfo.endCursor;
      }
      const holds: HoldRow[] = wallet!.holds.map((hold) => ({
        id: hold.id,
        status: hold.status,
        reason: hold.reason,
        amountCents: cents(hold.amount.amount),
        capturedCents: cents(hold.captured.amount),
      }));
      lastState = {
        entries,
        totalCount,
        holds,
        balance: cents(wallet!.balance.amount),
        available: cents(wallet!.available.amount),
        creditLimit: cents(wallet!.creditLimit.amount),
      };
      return lastState;
    }

    /** Compares the wallet with what the round's operations were told; `replayed`: after every operation was sent again. */
    function verify(state: WalletState, roundOps: Operation[], replayed = false) {
      const violations: string[] = [];
      let duplicates = 0;
      let missing = 0;
      let found = 0;
      const byDescription = new Map<string, LedgerRow[]>();
      for (const entry of state.entries) {
        byDescription.set(entry.description, [...(byDescription.get(entry.description) ?? []), entry]);
      }
      for (const [description, rows] of byDescription) {
        if (rows.length > 1) {
          duplicates += rows.length - 1;
          violations.push(`${rows.length} entries for "${description}"`);
        }
      }
      const known = new Set(operations.map((op) => `${DESCRIPTION_PREFIX}${op.key}`));
      for (const entry of state.entries) {
        if (entry.description !== "Opening balance" && !known.has(entry.description)) {
          violations.push(`entry nobody asked for: ${entry.description}`);
        }
      }
      const holdsByReason = new Map(state.holds.map((hold) => [hold.reason, hold]));
      const acknowledged = (kind: OperationKind, holdKey: string) =>
        roundOps.find((op) => op.kind === kind && op.holdKey === holdKey && op.outcome === "acknowledged");
      const undecided = (kind: OperationKind, holdKey: string) =>
        roundOps.some((op) => op.kind === kind && op.holdKey === holdKey && op.outcome !== "acknowledged");

      for (const op of roundOps) {
        const text = `${DESCRIPTION_PREFIX}${op.key}`;
        if (op.kind === "grant" || op.kind === "adjust" || op.kind === "capture") {
          const rows = byDescription.get(text) ?? [];
          const expected = op.kind === "grant" ? "CREDIT_GRANT" : op.kind === "adjust" ? "ADJUSTMENT" : "CHARGE";
          if (rows.length > 0 && (rows[0]!.cents !== op.cents || rows[0]!.kind !== expected)) {
            violations.push(`${op.key}: ${rows[0]!.kind} ${rows[0]!.cents}, asked for ${expected} ${op.cents}`);
          }
          if (op.outcome === "acknowledged") {
            if (rows.length === 0) {
              missing += 1;
              violations.push(`acknowledged ${op.kind} ${op.key} is missing`);
              continue;
            }
            found += 1;
            if (op.kind !== "capture" && rows[0]!.id !== op.resultId) violations.push(`${op.key}: another entry id`);
          } else if (op.outcome === "refused" && rows.length > 0 && !replayed) {
            violations.push(`refused ${op.kind} ${op.key} was written`);
          }
        } else if (op.kind === "place") {
          const hold = holdsByReason.get(text);
          if (op.outcome !== "acknowledged") {
            if (hold && op.outcome === "refused" && !replayed) violations.push(`refused hold ${op.key} exists`);
            continue;
          }
          if (!hold) {
            missing += 1;
            violations.push(`acknowledged hold ${op.key} is missing`);
            continue;
          }
          found += 1;
          if (hold.id !== op.resultId || hold.amountCents !== op.cents) violations.push(`hold ${op.key} differs`);
          const capture = acknowledged("capture", op.key);
          const release = acknowledged("release", op.key);
          const charge = byDescription.get(`${DESCRIPTION_PREFIX}${op.key}-cap`)?.[0];
          if (capture && (hold.status !== "CAPTURED" || hold.capturedCents !== -capture.cents)) {
            violations.push(`hold ${op.key}: ${hold.status}, acknowledged captured ${-capture.cents}`);
          } else if (release && hold.status !== "RELEASED") {
            violations.push(`hold ${op.key}: ${hold.status}, acknowledged released`);
          } else if (!capture && !release) {
            const settling = undecided("capture", op.key) || undecided("release", op.key);
            if (hold.status !== "ACTIVE" && !settling)
              violations.push(`hold ${op.key} is ${hold.status}, never settled`);
          }
          // A captured hold and its charge exist together or not at all (one transaction).
          if ((hold.status === "CAPTURED") !== Boolean(charge))
            violations.push(`hold ${op.key} and its charge disagree`);
          if (charge && charge.cents !== -hold.capturedCents) violations.push(`hold ${op.key}: charge ≠ captured`);
        }
      }

      const sum = state.entries.reduce((total, entry) => total + entry.cents, 0n);
      if (sum !== state.balance) violations.push(`balance ${state.balance} ≠ sum of entries ${sum}`);
      if (state.totalCount !== state.entries.length) {
        violations.push(`totalCount ${state.totalCount} ≠ ${state.entries.length} entries walked`);
      }
      const held = state.holds.filter((hold) => hold.status === "ACTIVE").reduce((t, h) => t + h.amountCents, 0n);
      if (state.available !== state.balance - held) violations.push(`available ≠ balance − active holds`);
      if (state.available < -state.creditLimit) violations.push(`available ${state.available} below −credit limit`);
      if (byDescription.size !== state.entries.length) violations.push(`entries ≠ distinct keys`);
      return { violations, duplicates, missing, found };
    }

    const summaries: { duplicates: number; missing: number; violations: string[] }[] = [];
    await start();
    for (let round = 1; round <= ROUNDS; round++) {
      const target = rand(100, 300);
      let acknowledged = 0;
      let killed = false;
      let inFlightAtKill = 0;
      const inFlight = new Set<Operation>();
      const roundStart = operations.length;
      const current = service!;
      const track = async (op: Operation) => {
        inFlight.add(op);
        await perform(op);
        inFlight.delete(op);
        if (op.outcome === "acknowledged") acknowledged += 1;
        if (!killed && acknowledged >= target) {
          killed = true;
          inFlightAtKill = inFlight.size;
          current.child.kill("SIGKILL");
        }
        return op.outcome === "acknowledged";
      };
      const worker = async (w: number) => {
        for (let n = 0; !killed; n++) {
          const key = `crash-r${round}-w${w}-${n}`;
          const choice = Math.random();
          if (choice < 0.3) {
            await track({ kind: "grant", round, key, cents: BigInt(rand(100, 2_000)), outcome: "pending" });
          } else if (choice < 0.6) {
            const size = BigInt(rand(1, 1_500));
            await track({ kind: "adjust", round, key, cents: Math.random() < 0.5 ? -size : size, outcome: "pending" });
          } else {
            const amount = BigInt(rand(500, 5_000));
            const placed = await track({ kind: "place", round, key, cents: amount, outcome: "pending" });
            if (!placed || killed) continue;
            if (Math.random() < 0.6) {
              const part = BigInt(rand(1, Number(amount)));
              await track({
                kind: "capture",
                round,
                key: `${key}-cap`,
                holdKey: key,
                cents: -part,
                outcome: "pending",
              });
            } else {
              await track({ kind: "release", round, key, holdKey: key, cents: 0n, outcome: "pending" });
            }
          }
        }
      };
      const burstStarted = Date.now();
      await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
      await exited(current);
      const burstMs = Date.now() - burstStarted;

      const restartStarted = Date.now();
      await start();
      const restartMs = Date.now() - restartStarted;
      const roundOps = operations.slice(roundStart);
      const before = await readWallet();
      const check = verify(before, roundOps);
      // Every operation again under its key, acknowledged or not: nothing may be written twice.
      // Concurrent like the burst; a capture or release only ever followed its hold's acknowledgement.
      const queue = [...roundOps];
      const replayer = async () => {
        for (let op = queue.shift(); op; op = queue.shift()) {
          const again = await perform(op, false);
          if (op.outcome === "acknowledged" && again?.id !== op.resultId) {
            check.violations.push(`replay of ${op.key} answered ${again?.id ?? "an error"}, not ${op.resultId}`);
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, replayer));
      const after = verify(await readWallet(), roundOps, true);
      const summary = {
        duplicates: check.duplicates + after.duplicates,
        missing: check.missing + after.missing,
        violations: [...check.violations, ...after.violations],
      };
      summaries.push(summary);
      console.log(
        `wallet crash round ${round} (${databaseUrl ? "postgres" : "pglite"}): attempts ${roundOps.length}, ` +
          `acknowledged ${roundOps.filter((op) => op.outcome === "acknowledged").length} (target ${target}), ` +
          `in flight at kill ${inFlightAtKill}, unknown ${roundOps.filter((op) => op.outcome === "unknown").length}, ` +
          `found after restart ${check.found}, entries ${before.entries.length}, duplicates ${summary.duplicates}, ` +
          `missing ${summary.missing}, violations ${summary.violations.length} (burst ${burstMs} ms, restart ${restartMs} ms)` +
          (summary.violations.length ? `: ${summary.violations.slice(0, 5).join("; ")}` : ""),
      );
    }

    // Last: kill once more while idle, then read the database itself (keys are not in the graph).
    service!.child.kill("SIGKILL");
    await exited(service!);
    const database = await openDirectly();
    try {
      const { walletEntries } = walletSubgraph.tables;
      const [row] = await database.db
        .select({
          entries: sql<string>`count(*)::text`,
          keys: sql<string>`count(distinct ${walletEntries.idempotencyKey})::text`,
          total: sql<string>`coalesce(sum(${walletEntries.amountCents}), 0)::text`,
        })
        .from(walletEntries);
      if (!row) throw new Error("no answer from the ledger");
      const state = lastState!;
      expect(row.entries).toBe(row.keys);
      expect(BigInt(row.total)).toBe(state.balance);
      expect(Number(row.entries)).toBe(state.entries.length);
    } finally {
      await database.close();
    }

    expect(summaries.map((s) => [s.duplicates, s.missing, s.violations])).toEqual(summaries.map(() => [0, 0, []]));
  }, 120_000);
});
