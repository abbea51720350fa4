import "reflect-metadata";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runArrearsJob } from "./arrears/arrears-job";
import { findArrearsHistory } from "./arrears/arrears.store";
import { eq } from "drizzle-orm";
import { cardCharges, type walletTables } from "./db/schema";
import { setCreditLimit } from "./hold/credit-limit.service";
import { fundedWallet } from "./hold/hold.test-helpers";
import { walletSubgraph } from "./index";
import { walletJobRounds } from "./jobs";
import { postUsageCharge } from "./ledger/usage-charge.service";
import { type NoticeMailer, sendDueNotices } from "./notices/notice-sender";
import { enqueueNotice, findNotices } from "./notices/notice.store";
import type { PayHostClient } from "./paygate/payhost-client";
import { runCardChargeJob } from "./saved-card/card-charge.job";
import { startSavedCardWorld, type SavedCardWorld } from "./saved-card/saved-card.test-world";
import { RecordingMailer, testWalletDeps } from "./wallet.testing";

const NO_COLLABORATORS = { suspensions: null, owners: null, billing: null };

const until = async (condition: () => Promise<boolean>) => {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

function gate() {
  let open!: () => void;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

/** A mail server that takes the first e-mail (`handing` opens) and holds it until `held` opens, then passes it to `sent`. */
function slowMailer(sent: RecordingMailer) {
  const handing = gate();
  const held = gate();
  const slow: NoticeMailer = {
    send: async (message) => {
      handing.open();
      await held.closed;
      await sent.send(message);
    },
  };
  return { slow, handing, held };
}

describe("wallet jobs on two replicas of one database", () => {
  let database: Database<typeof walletTables>;
  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  const queueNotices = async (walletId: string, count: number) => {
    for (let n = 0; n < count; n++) {
      await enqueueNotice(database.db, {
        walletId,
        kind: "top_up_receipt",
        dedupeKey: `replica-test:${walletId}:${n}`,
        recipient: `finance-${n}@example.co.za`,
        subject: `Receipt ${n}`,
        body: "Thank you",
      });
    }
  };

  /** This test database's advisory locks held right now. */
  const heldAdvisoryLocks = async () => {
    const { rows } = await database.executeSql(
      `select count(*)::int as held from pg_locks where locktype = 'advisory' and granted
         and database = (select oid from pg_database where datname = current_database())`,
    );
    return rows[0]!.held as number;
  };

  it("one notices round at a time: a replica whose clock is past the first one's e-mail lease skips, not resends", async () => {
    const { walletId } = await fundedWallet(database.db, 0n);
    await queueNotices(walletId, 1);
    const sent = new RecordingMailer();
    // The first replica's mail server is slow: the e-mail is being handed over...
    const { slow, handing, held } = slowMailer(sent);
    const start = new Date();
    const first = walletJobRounds(database, testWalletDeps({ clock: () => start }), slow, NO_COLLABORATORS);
    const firstRound = first.notices();
    await handing.closed;
    // ...past its 5-minute lease, when the second replica's round starts: only the lock keeps it off that e-mail.
    const later = new Date(start.getTime() + 301_000);
    const second = walletJobRounds(database, testWalletDeps({ clock: () => later }), sent, NO_COLLABORATORS);
    expect(await second.notices()).toBe(false);
    expect(await heldAdvisoryLocks()).toBe(database.driver === "postgres" ? 1 : 0);
    // Each job has its own lock: the other jobs' rounds still run meanwhile.
    expect(await second["hold expiry"]()).toBe(true);
    held.open();
    expect(await firstRound).toBe(true);
    expect(sent.sent.map((message) => message.subject)).toEqual(["Receipt 0"]);
    expect((await findNotices(database.db, walletId))[0]!.sentAt).not.toBeNull();
    // Once it is over, the next round runs (and finds nothing due).
    expect(await second.notices()).toBe(true);
    expect(sent.sent).toHaveLength(1);
  });

  it("a sender starting while another sends takes only the e-mails the other did not claim", async () => {
    const { walletId } = await fundedWallet(database.db, 0n);
    await queueNotices(walletId, 30); // a batch of 20, and 10 more
    const sent = new RecordingMailer();
    const { slow, handing, held } = slowMailer(sent);
    const now = new Date();
    const first = sendDueNotices(database.db, slow, now);
    await handing.closed;
    // The first sender holds its claimed batch while handing its first e-mail over.
    expect(await sendDueNotices(database.db, sent, now)).toEqual({ sent: 10, failed: 0 });
    held.open();
    expect(await first).toEqual({ sent: 20, failed: 0 });
    const subjects = sent.sent.filter((message) => message.to.startsWith("finance-")).map((m) => m.subject);
    expect(subjects).toHaveLength(30);
    expect(new Set(subjects).size).toBe(30);
  });

  it("two unpaid-usage rounds at once stamp each step once and queue its e-mails once", async () => {
    const T0 = new Date("2026-11-02T08:00:00Z");
    const { organizationId, walletId } = await fundedWallet(database.db, 100_00n);
    await setCreditLimit(database.db, { organizationId, amountCents: 50_00n }, T0);
    await postUsageCharge(
      database.db,
      { organizationId, amountCents: 170_00n, description: "VM usage", idempotencyKey: `usage:${organizationId}` },
      T0,
    );
    const owners = async () => ["owner@adcock.test", "admin@adcock.test"];
    const round = () =>
      runArrearsJob(database.db, {
        suspensions: null,
        owners,
        webUrl: "http://dash.test",
        now: new Date(T0.getTime() + 60_000),
        log: () => {},
      });
    const reports = await Promise.all([round(), round(), round()]);
    // Other tests' episodes share the database: count this wallet's.
    const notices = (await findNotices(database.db, walletId)).filter((notice) => notice.kind === "unpaid_usage");
    expect(notices.map((notice) => notice.recipient).sort()).toEqual(["admin@adcock.test", "owner@adcock.test"]);
    expect(reports.reduce((sum, report) => sum + report.noticesQueued, 0)).toBe(2);
    expect((await findArrearsHistory(database.db, walletId))[0]!.startNoticeAt).not.toBeNull();
  });
});

describe("saved-card charges on two replicas of one database", () => {
  let world: SavedCardWorld;
  beforeEach(async () => {
    world = await startSavedCardWorld(0n);
  });
  afterEach(() => world.close());

  /** Claims (updates of a card charge) of this test database waiting for a row lock. */
  const claimsWaiting = async () => {
    const { rows } = await world.subgraph.database.executeSql(
      `select count(*)::int as waiting from pg_stat_activity where datname = current_database()
         and wait_event_type = 'Lock' and query ilike 'update "wallet_card_charges"%'`,
    );
    return rows[0]!.waiting as number;
  };

  it("two charge rounds at once charge a queued automatic top-up once", async () => {
    const { cardId } = await world.saveCardThroughTopUp("100.00");
    await world.setRule({ cardId, threshold: "1000.00", amount: "400.00" }); // below already: one is queued
    const real = world.deps.cards.payhost;
    let payments = 0;
    const counting = Object.assign(Object.create(real) as PayHostClient, {
      payWithVault: (request: Parameters<PayHostClient["payWithVault"]>[0]) => {
        payments += 1;
        return real.payWithVault(request);
      },
    });
    const deps = { ...world.deps.cards, payhost: counting };
    const now = new Date();
    const [queued] = await world.charges();
    // On PostgreSQL the charge's row is held, so both rounds have read it as queued and wait at
    // their claim when it is let go; only the claim's condition keeps the second from charging.
    const release = gate();
    const holding =
      world.subgraph.database.driver === "postgres"
        ? world.db.transaction(async (tx) => {
            await tx.select().from(cardCharges).where(eq(cardCharges.id, queued!.id)).for("update");
            await release.closed;
          })
        : release.closed;
    const rounds = Promise.all([runCardChargeJob(world.db, deps, now), runCardChargeJob(world.db, deps, now)]);
    if (world.subgraph.database.driver === "postgres") await until(async () => (await claimsWaiting()) === 2);
    release.open();
    await holding;
    const reports = await rounds;
    expect(payments).toBe(1);
    expect(reports.map((report) => report.outcomes.approved ?? 0).sort()).toEqual([0, 1]);
    expect((await world.charges()).map((charge) => charge.status)).toEqual(["approved"]);
    expect(await world.topUpEntries()).toHaveLength(2); // the first top-up's, and this one's
    expect(await world.notices("card_charge_receipt")).toHaveLength(1);
  });
});
