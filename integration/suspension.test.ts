import { EntryKind, postEntry, postUsageCharge, type WalletDb } from "@dcx/wallet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

const HOUR_MS = 3_600_000;
const STATE = `query($id: ID!) { organization(id: $id) {
  vmSuspension { suspendedAt reason powerOffOperations liftedAt }
  wallet { available { amount } arrears { since graceEndsAt vmsSuspendedAt shortfall { amount } } }
  vms(first: 50) { edges { node { id name powerState } } } } }`;
const POWER_ON = `mutation($id: ID!) { powerOnVm(id: $id) { id status } }`;
const POLL = `query($id: ID!) { vmOperation(id: $id) { status } }`;

interface State {
  vmSuspension: { suspendedAt: string; reason: string; powerOffOperations: number; liftedAt: string | null } | null;
  wallet: {
    available: { amount: string };
    arrears: {
      since: string;
      graceEndsAt: string;
      vmsSuspendedAt: string | null;
      shortfall: { amount: string };
    } | null;
  };
  vms: { edges: { node: { id: string; name: string; powerState: string } }[] };
}

/**
 * Unpaid usage as a customer lives it, across the wallet, tenancy and vms subgraphs and the job
 * runner over real HTTP: usage charged beyond the credit limit opens a grace period, the owners
 * are e-mailed, the running VMs are powered off when it ends, and a top-up lifts the suspension.
 */
describe("suspension for unpaid usage", () => {
  let platform: TestPlatform;
  let adcock: string;
  let owner: SignedIn;
  let wallet: WalletDb;
  const start = new Date();
  const at = (hours: number) => new Date(start.getTime() + hours * HOUR_MS);

  beforeAll(async () => {
    platform = await startTestPlatform();
    adcock = platform.seed.organizations.Adcock!;
    owner = await platform.signIn("it@adcock.co.za");
    wallet = platform.dbs.wallet as unknown as WalletDb;
  });
  afterAll(() => platform?.close());

  const state = async () => {
    const answer = await platform.query<{ organization: State }>(STATE, { id: adcock }, owner);
    expect(answer.errors).toBeUndefined();
    return answer.data!.organization;
  };
  const running = (s: State) => s.vms.edges.filter((edge) => edge.node.powerState === "POWERED_ON");
  const unpaidNotices = async () =>
    (
      (await wallet.execute(
        `select recipient, subject from wallet_notices n join wallets w on w.id = n.wallet_id
         where w.organization_id = '${adcock}' and n.kind = 'unpaid_usage' order by n.created_at, recipient`,
      )) as unknown as { rows: { recipient: string; subject: string }[] }
    ).rows;
  const waitUntil = async (check: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 60_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  it("opens a grace period when usage is charged beyond what the account allows, and tells the owners", async () => {
    const before = await state();
    expect(running(before).length).toBeGreaterThanOrEqual(2);
    const available = BigInt(before.wallet.available.amount.replace(".", ""));
    await postUsageCharge(
      wallet,
      {
        organizationId: adcock,
        amountCents: available + 123_45n,
        description: "VM usage (VAT included)",
        idempotencyKey: `usage:${adcock}:2099-01-01`,
      },
      at(0),
    );
    const owing = await state();
    expect(owing.wallet.arrears).toMatchObject({ vmsSuspendedAt: null, shortfall: { amount: "123.45" } });
    expect(owing.vmSuspension).toBeNull();

    await platform.billing.arrears(at(0.1));
    const notices = await unpaidNotices();
    expect(notices.map((notice) => notice.recipient)).toContain("it@adcock.co.za");
    expect(notices.every((notice) => notice.subject.startsWith("Action needed: unpaid usage"))).toBe(true);
  });

  it("powers the running VMs off when the grace period ends unpaid, and refuses to power them on", async () => {
    await platform.billing.arrears(at(48));
    expect(running(await state()).length).toBeGreaterThanOrEqual(2); // the last-day warning only
    const report = await platform.billing.arrears(at(72));
    expect(report.suspended).toBe(1);
    let suspended = await state();
    expect(suspended.vmSuspension).toMatchObject({ liftedAt: null });
    expect(suspended.vmSuspension!.powerOffOperations).toBeGreaterThanOrEqual(2);
    expect(suspended.wallet.arrears!.vmsSuspendedAt).not.toBeNull();
    await waitUntil(async () => running((suspended = await state())).length === 0, "the VMs to be off");

    const refused = await platform.query(POWER_ON, { id: suspended.vms.edges[0]!.node.id }, owner);
    expect(refused.errors?.[0]?.extensions?.code).toBe("ORGANIZATION_SUSPENDED");
    const subjects = (await unpaidNotices()).map((notice) => notice.subject);
    expect(subjects.some((subject) => subject.includes("will be powered off in 24 hours"))).toBe(true);
    expect(subjects.some((subject) => subject.includes("have been powered off"))).toBe(true);
  });

  it("lifts the suspension after a top-up, and the VMs can be powered on again", async () => {
    await postEntry(
      wallet,
      {
        organizationId: adcock,
        kind: EntryKind.TOP_UP,
        amountCents: 500_00n,
        description: "Card top-up",
        idempotencyKey: "suspension-test-top-up",
      },
      at(80),
    );
    expect((await state()).wallet.arrears).toBeNull();
    expect((await platform.billing.arrears(at(80.1))).lifted).toBe(1);
    const lifted = await state();
    expect(lifted.vmSuspension).toBeNull();
    expect(running(lifted)).toHaveLength(0); // left off: their users power them on

    const vmId = lifted.vms.edges[0]!.node.id;
    const accepted = await platform.query<{ powerOnVm: { id: string } }>(POWER_ON, { id: vmId }, owner);
    expect(accepted.errors).toBeUndefined();
    await waitUntil(async () => {
      const poll = await platform.query<{ vmOperation: { status: string } }>(
        POLL,
        { id: accepted.data!.powerOnVm.id },
        owner,
      );
      return poll.data?.vmOperation.status === "SUCCEEDED";
    }, "the VM to power on");
    expect((await unpaidNotices()).at(-1)!.subject).toBe("Your DCX Cloud virtual machines may be powered on again");
  });
});
