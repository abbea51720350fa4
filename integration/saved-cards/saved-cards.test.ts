import { runCardChargeJob } from "@dcx/wallet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, startTestPlatform, type TestPlatform } from "../platform";

const CARDS = `query($id: ID!) { organization(id: $id) { wallet { balance { amount }
  savedCards { id brand maskedNumber expiryMonth expiryYear expired savedBy savedAt }
  autoTopUp { enabled lastAttempt { status amount { amount } } }
  cardCharges(first: 50) { id status automatic amount { amount } } } } }`;
const START = `mutation($input: StartTopUpInput!) { startTopUp(input: $input) { redirect { fields { name value } } } }`;
const SET_RULE = `mutation($input: SetAutoTopUpInput!) { setAutoTopUp(input: $input) { enabled } }`;
const USAGE = `mutation($org: ID!, $key: String!) {
  postUsageCharge(organizationId: $org, amount: "100.00", description: "Usage", idempotencyKey: $key) { id } }`;

interface Cards {
  organization: {
    wallet: {
      balance: { amount: string };
      savedCards: { id: string; maskedNumber: string }[];
      autoTopUp: { enabled: boolean; lastAttempt: { status: string } | null } | null;
      cardCharges: { id: string; status: string; automatic: boolean }[];
    };
  } | null;
}

/**
 * Saved cards through the gateway, with every subgraph running: a card saved on a top-up, an
 * automatic rule, 20 concurrent usage charges from provider staff crossing its threshold (one
 * top-up, charged by the wallet's job through PayHost), and another tenant kept out.
 */
describe("saved cards and the automatic top-up through the whole platform", () => {
  let platform: TestPlatform;
  let adcock: string;
  let finance: SignedIn;
  let cardId: string;
  const cards = async (as: SignedIn = finance) => (await platform.query<Cards>(CARDS, { id: adcock }, as)).data!;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adcock = platform.seed.organizations.Adcock!;
    finance = await platform.signIn("finance@adcock.co.za");
  });
  afterAll(() => platform?.close());

  it("saves the card PayGate vaulted on an approved top-up; the graph shows no token", async () => {
    const started = await platform.query<{ startTopUp: { redirect: { fields: { name: string; value: string }[] } } }>(
      START,
      {
        input: {
          organizationId: adcock,
          amount: "100.00",
          email: "finance@adcock.co.za",
          idempotencyKey: "integration-saved-card-1",
          saveCard: true,
        },
      },
      finance,
    );
    const payRequestId = started.data!.startTopUp.redirect.fields.find((f) => f.name === "PAY_REQUEST_ID")!.value;
    await platform.paygate.settle(payRequestId, "4000000000000002");
    const vaultId = platform.paygate.transaction(payRequestId)!.settlement!.vault!.vaultId;
    const wallet = (await cards()).organization!.wallet;
    expect(wallet.balance.amount).toBe("25100.00");
    expect(wallet.savedCards).toHaveLength(1);
    expect(JSON.stringify(wallet)).not.toContain(vaultId);
    cardId = wallet.savedCards[0]!.id;
  });

  it("makes one automatic top-up when 20 concurrent usage charges cross the threshold", async () => {
    const rule = await platform.query(
      SET_RULE,
      {
        input: {
          organizationId: adcock,
          cardId,
          threshold: "23500.00",
          amount: "2000.00",
          minHoursBetween: 24,
          monthlyCap: "10000.00",
          email: "finance@adcock.co.za",
          enabled: true,
        },
      },
      finance,
    );
    expect(rule.errors).toBeUndefined();
    const provider = await platform.provider();
    const posted = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        platform.query(USAGE, { org: adcock, key: `integration-auto-usage-${i}` }, provider),
      ),
    );
    expect(posted.filter((answer) => answer.errors)).toEqual([]);
    expect((await cards()).organization!.wallet.cardCharges.map((c) => [c.status, c.automatic])).toEqual([
      ["QUEUED", true],
    ]);
    const report = await runCardChargeJob(platform.dbs.wallet, platform.walletDeps.cards, new Date());
    expect(report.outcomes).toEqual({ approved: 1 });
    await runCardChargeJob(platform.dbs.wallet, platform.walletDeps.cards, new Date());
    const wallet = (await cards()).organization!.wallet;
    expect(wallet.balance.amount).toBe("25100.00"); // 25 100 − 2 000 usage + 2 000 top-up
    expect(wallet.autoTopUp).toMatchObject({ enabled: true, lastAttempt: { status: "APPROVED" } });
    expect(platform.paygate.payHost.payments()).toHaveLength(1);
  });

  it("keeps the card from another tenant: not listed, not usable, not removable", async () => {
    const sanlam = await platform.signIn("cloud@sanlam.co.za");
    expect((await cards(sanlam)).organization).toBeNull();
    const pay = await platform.query(
      `mutation($card: ID!) { payWithSavedCard(input: { cardId: $card, amount: "50.00", email: "cloud@sanlam.co.za", idempotencyKey: "sanlam-uses-adcock-card" }) { id } }`,
      { card: cardId },
      sanlam,
    );
    expect(pay.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const remove = await platform.query(
      `mutation($card: ID!) { removeSavedCard(cardId: $card) { id } }`,
      { card: cardId },
      sanlam,
    );
    expect(remove.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await cards()).organization!.wallet.savedCards).toHaveLength(1);
    expect(platform.paygate.payHost.payments()).toHaveLength(1);
  });
});
