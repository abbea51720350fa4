import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { data, eventually, outboxEntries, send, type SignedIn, signIn, sleep } from "./replica-client";
import { customerWithCredit } from "./replica-fixtures";
import {
  buildIfStale,
  CALLER_CACHE_SECONDS,
  MAINTENANCE_SECONDS,
  type ReplicaPlatform,
  startReplicaPlatform,
} from "./replica-platform";
import { replay } from "./round-robin-proxy";

/**
 * The platform as it runs with two replicas of every subgraph and of the gateway, on one
 * PostgreSQL server and one Redis, each pair behind a round-robin proxy: it must behave as one.
 * Tokens used at one replica are used everywhere, a revoked session ends at every gateway, money
 * and scheduled jobs are decided once, and a killed replica loses nothing it acknowledged.
 * Runs with `npm run test:slow` on the PostgreSQL server (TEST_POSTGRES_URL, else the local one):
 * processes cannot share an embedded database.
 */

const CREATE_VM = `mutation($input: CreateVmInput!) { createVm(input: $input) { id status } }`;
const VM_SPEC = { vcpuCount: 2, memoryGb: 4, disks: [{ capacityGb: 40, tier: "STANDARD" }] };
const GRANT = `mutation($org: ID!, $amount: Decimal!, $key: String!, $text: String!) {
  grantCredit(organizationId: $org, amount: $amount, idempotencyKey: $key, description: $text) { id } }`;
const run = randomBytes(3).toString("hex");

describe("two replicas of every service behind round-robin proxies", () => {
  let platform: ReplicaPlatform;
  let provider: SignedIn;
  const summary: string[] = [];

  beforeAll(async () => {
    buildIfStale();
    const started = Date.now();
    platform = await startReplicaPlatform();
    console.log(`replicas: platform of 10 subgraph and 2 gateway processes up in ${(Date.now() - started) / 1000} s`);
    provider = await signIn(platform.graphqlUrl, platform.outboxDir, "ops@datacentrix.co.za");
  });
  afterAll(async () => {
    console.log(summary.join("\n"));
    await platform?.stop();
  });

  it("refuses a gateway token replayed to the other replica, and to the same one", async () => {
    const catalog = platform.subgraphs.catalog;
    await data(platform.graphqlUrl, `{ vmSizes { name } }`, {}, provider);
    const captured = catalog.proxy.lastRecorded();
    expect(captured, "the gateway's request to the catalog").toBeDefined();
    const other = catalog.proxy.targets.find((target) => target !== captured!.target)!;
    const refusedAsUsed = ({ status, body }: { status: number; body: string }) =>
      /already used/.test(body) && (status === 401 || /UNAUTHENTICATED/.test(body));
    const toOther = await replay(captured!, other);
    const toSame = await replay(captured!, captured!.target);
    const line =
      `check 1 token replay: other replica answered ${toOther.status} (${refusedAsUsed(toOther) ? "refused" : "ACCEPTED"}), ` +
      `same replica answered ${toSame.status} (${refusedAsUsed(toSame) ? "refused" : "ACCEPTED"})`;
    console.log(line);
    summary.push(line);
    expect({ otherReplica: refusedAsUsed(toOther), sameReplica: refusedAsUsed(toSame) }).toEqual({
      otherReplica: true,
      sameReplica: true,
    });
  });

  it(`ends a revoked session at every gateway within ${CALLER_CACHE_SECONDS} + 2 s`, async () => {
    const person = await signIn(platform.graphqlUrl, platform.outboxDir, "admin@cloudtech.co.za");
    const ME = `{ me { id } }`;
    const direct = platform.gateways.replicas.map((gateway) => `${gateway.url}/graphql`);
    // Both gateways learn the session from tenancy and keep what they learnt.
    for (const url of direct) expect((await data<{ me: { id: string } }>(url, ME, {}, person)).me.id).toBeTruthy();
    await data(direct[0]!, `mutation { signOut }`, {}, person);
    const revokedAt = Date.now();
    const limit = (CALLER_CACHE_SECONDS + 10) * 1000;
    const seconds = await Promise.all(
      direct.map(async (url) => {
        while (Date.now() - revokedAt < limit) {
          const answer = await send<{ me: { id: string } | null }>(url, ME, {}, person);
          if (!answer.data?.me) return (Date.now() - revokedAt) / 1000;
          await sleep(100);
        }
        return Number.POSITIVE_INFINITY;
      }),
    );
    const line = `check 2 revocation: refused by gateway 1 after ${seconds[0]} s, gateway 2 after ${seconds[1]} s (bound ${CALLER_CACHE_SECONDS + 2} s)`;
    console.log(line);
    summary.push(line);
    for (const measured of seconds) expect(measured).toBeLessThanOrEqual(CALLER_CACHE_SECONDS + 2);
  });

  it("creates exactly as many VMs as the wallet covers when 20 are asked for at both replicas at once", async () => {
    const COVERED = 7;
    const { estimateVm } = await data<{ estimateVm: { monthlyTotal: { amount: string } } }>(
      platform.graphqlUrl,
      `query($input: VmEstimateInput!) { estimateVm(input: $input) { monthlyTotal { amount } } }`,
      { input: VM_SPEC },
      provider,
    );
    // The wallet holds 24 h of the VM's price with VAT, rounded up to the cent, for each.
    const monthlyCents = BigInt(estimateVm.monthlyTotal.amount.replace(".", ""));
    const holdCents = (monthlyCents * 24n + 729n) / 730n;
    const organizationId = await customerWithCredit(platform.databases, holdCents * BigInt(COVERED));
    const vms = platform.subgraphs.vms.proxy;
    const before = new Map(vms.answered);

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        send<{ createVm: { id: string } }>(
          platform.graphqlUrl,
          CREATE_VM,
          { input: { organizationId, name: `race-${index}`, ...VM_SPEC, idempotencyKey: `race-${run}-${index}` } },
          provider,
        ),
      ),
    );
    const accepted = results.filter((result) => result.data?.createVm).length;
    const codes = results.flatMap((result) => (result.errors ?? []).map((error) => error.extensions?.code ?? "?"));
    const holds = await platform.databases.query<{ count: string; total: string | null }>(
      "wallet",
      `select count(*)::text as count, sum(h.amount_cents)::text as total
         from wallet_holds h join wallets w on w.id = h.wallet_id where w.organization_id = $1`,
      [organizationId],
    );
    const perReplica = vms.targets.map((target) => (vms.answered.get(target) ?? 0) - (before.get(target) ?? 0));
    const line =
      `check 3 createVm race: ${accepted} accepted, ${codes.filter((code) => code === "INSUFFICIENT_FUNDS").length} INSUFFICIENT_FUNDS ` +
      `of 20 (wallet covers ${COVERED}), other errors [${codes.filter((code) => code !== "INSUFFICIENT_FUNDS").join(", ")}], ` +
      `holds ${holds[0]!.count} totalling ${holds[0]!.total ?? 0} cents (expected ${holdCents * BigInt(COVERED)}), ` +
      `vms requests per replica ${perReplica.join("/")}`;
    console.log(line);
    summary.push(line);
    expect(perReplica.every((count) => count > 0)).toBe(true);
    expect(accepted).toBe(COVERED);
    expect(codes).toEqual(Array.from({ length: 20 - COVERED }, () => "INSUFFICIENT_FUNDS"));
    expect(holds[0]).toEqual({ count: String(COVERED), total: String(holdCents * BigInt(COVERED)) });
  });

  it("meters each VM's hour once although both telemetry-billing replicas schedule metering", async () => {
    const count = async () =>
      (
        await platform.databases.query<{ rows: string }>(
          "telemetry-billing",
          "select count(*)::text as rows from vm_usage_hours",
        )
      )[0]!.rows;
    await eventually("metered hours", async () => (Number(await count()) > 0 ? true : undefined), 180_000);
    // Both replicas go on passing over the same hours several times.
    await sleep(6 * MAINTENANCE_SECONDS * 1000);
    const [totals] = await platform.databases.query<{ rows: string; vms: string; hours: string; later: string }>(
      "telemetry-billing",
      `select count(*)::text as rows, count(distinct vm_id)::text as vms, count(distinct hour)::text as hours,
              count(*) filter (where revision > 0)::text as later from vm_usage_hours`,
    );
    const repeated = await platform.databases.query<{ vm_id: string; hour: Date; rows: string; seconds: string }>(
      "telemetry-billing",
      `select vm_id, hour, count(*)::text as rows, sum(exists_seconds)::text as seconds
         from vm_usage_hours group by vm_id, hour having count(*) > 1 or sum(exists_seconds) > 3600`,
    );
    const line =
      `check 4 metering: ${totals!.rows} rows for ${totals!.vms} VMs over ${totals!.hours} hours, ` +
      `${totals!.later} later revisions, ${repeated.length} VM-hours metered more than once`;
    console.log(line);
    summary.push(line);
    expect(repeated).toEqual([]);
  });

  it("sends one e-mail per recipient for each alert fired, with both replicas evaluating alerts", async () => {
    const owner = await signIn(platform.graphqlUrl, platform.outboxDir, "it@adcock.co.za");
    const [adcock] = await platform.databases.query<{ id: string }>(
      "tenancy",
      "select id from organizations where name = 'Adcock'",
    );
    const ruleName = `Replicas busy ${run}`;
    // Any CPU at all, at once: every powered-on Adcock VM fires with the next samples.
    await data(
      platform.graphqlUrl,
      `mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { id } }`,
      { input: { organizationId: adcock!.id, name: ruleName, metric: "CPU", threshold: 0, durationMinutes: 0 } },
      owner,
    );
    const notified = () =>
      platform.databases.query<{ vm_id: string; fired_at: Date }>(
        "telemetry-billing",
        "select vm_id, fired_at from alerts where rule_name = $1 and fired_notified_at is not null",
        [ruleName],
      );
    await eventually("an alert e-mailed", async () => ((await notified()).length > 0 ? true : undefined), 180_000);
    // Both replicas go on evaluating and sending for a while: a second e-mail would come now.
    await sleep(6 * MAINTENANCE_SECONDS * 1000);
    const alerts = await notified();
    const mails = outboxEntries(platform.outboxDir).filter(
      (mail) => mail.subject.includes(`${ruleName} on`) && !mail.subject.startsWith("Resolved:"),
    );
    const recipients = new Set(mails.map((mail) => mail.to));
    const perAlert = alerts.map((alert) => ({
      vm: alert.vm_id,
      mails: mails.filter((mail) => mail.text.includes(alert.vm_id)).length,
    }));
    const distinct = new Set(mails.map((mail) => `${mail.to} ${/VM: +.*$/m.exec(mail.text)?.[0]}`));
    const line =
      `check 5 alert e-mails: ${alerts.length} alerts fired and marked sent, ${mails.length} e-mails to ${recipients.size} ` +
      `recipients, ${mails.length - distinct.size} duplicates; per alert ${perAlert.map((alert) => alert.mails).join(",")}`;
    console.log(line);
    summary.push(line);
    expect(mails.length - distinct.size).toBe(0);
    expect(perAlert.map((alert) => alert.mails)).toEqual(alerts.map(() => recipients.size));
  });

  it("loses nothing acknowledged when a wallet replica is killed mid-burst", async () => {
    const BURST = 40;
    const KILL_AFTER = 12;
    const organizationId = await customerWithCredit(platform.databases, 0n);
    const victim = platform.subgraphs.wallet.replicas[0]!;
    const keys = Array.from({ length: BURST }, (_, index) => `burst-${run}-${index}`);
    const outcome = new Map<string, "acknowledged" | "failed">();
    let acknowledged = 0;
    let killing: Promise<void> | undefined;
    const grant = async (key: string) => {
      try {
        const answer = await send<{ grantCredit: { id: string } }>(
          platform.graphqlUrl,
          GRANT,
          { org: organizationId, amount: "1.00", key, text: key },
          provider,
        );
        return answer.data?.grantCredit ? "acknowledged" : "failed";
      } catch {
        return "failed";
      }
    };
    const queue = [...keys];
    const worker = async () => {
      for (let key = queue.shift(); key; key = queue.shift()) {
        const result = await grant(key);
        outcome.set(key, result);
        if (result === "acknowledged" && ++acknowledged === KILL_AFTER) killing = platform.kill(victim);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    await killing;
    const entries = async () =>
      new Set(
        (
          await platform.databases.query<{ key: string }>(
            "wallet",
            `select e.idempotency_key as key from wallet_entries e join wallets w on w.id = e.wallet_id
              where w.organization_id = $1 and e.idempotency_key like $2`,
            [organizationId, `burst-${run}-%`],
          )
        ).map((row) => row.key),
      );
    const present = await entries();
    const acked = keys.filter((key) => outcome.get(key) === "acknowledged");
    const lost = acked.filter((key) => !present.has(key));
    const failed = keys.filter((key) => outcome.get(key) !== "acknowledged");
    // What failed is sent again under its key: the surviving replica takes it, once.
    const retried = await Promise.all(failed.map(grant));
    const after = await entries();
    const [rows] = await platform.databases.query<{ count: string }>(
      "wallet",
      `select count(*)::text as count from wallet_entries e join wallets w on w.id = e.wallet_id where w.organization_id = $1
          and e.idempotency_key like $2`,
      [organizationId, `burst-${run}-%`],
    );
    const line =
      `check 6 wallet replica killed: ${acked.length} of ${BURST} acknowledged (kill after ${KILL_AFTER}), ${failed.length} failed, ` +
      `${lost.length} acknowledged missing, retries acknowledged ${retried.filter((r) => r === "acknowledged").length}/${failed.length}, ` +
      `${after.size} distinct entries (${rows!.count} rows), proxy skipped the dead replica ${platform.subgraphs.wallet.proxy.skipped} times`;
    console.log(line);
    summary.push(line);
    // The replica died mid-burst and the platform went on answering through the other one.
    expect(platform.subgraphs.wallet.proxy.skipped).toBeGreaterThan(0);
    expect(acked.length).toBeGreaterThan(KILL_AFTER);
    expect(lost).toEqual([]);
    expect(retried.every((result) => result === "acknowledged")).toBe(true);
    expect([after.size, Number(rows!.count)]).toEqual([BURST, BURST]);
  });
});
