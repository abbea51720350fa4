import { sendDueNotices } from "@dcx/wallet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

const WALLET = `query($id: ID!) { organization(id: $id) { wallet { balance { amount } available { amount }
  topUps { reference status amount { amount } } } } }`;
const START = `mutation($input: StartTopUpInput!) { startTopUp(input: $input) {
  topUp { id reference status } redirect { url fields { name value } } } }`;

interface WalletData {
  organization: {
    wallet: {
      balance: { amount: string };
      available: { amount: string };
      topUps: { reference: string; status: string; amount: { amount: string } }[];
    };
  };
}

/**
 * A card top-up end to end over real HTTP: the customer asks the gateway, the browser's form goes
 * to PayGate (the local simulator), the card is paid, PayGate notifies the wallet, the balance
 * moves once and a receipt goes to the payer.
 */
describe("a card top-up through the whole platform", () => {
  let platform: TestPlatform;
  let adcock: string;
  let finance: SignedIn;
  const wallet = async () =>
    (await platform.query<WalletData>(WALLET, { id: adcock }, finance)).data!.organization.wallet;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adcock = platform.seed.organizations.Adcock!;
    finance = await platform.signIn("finance@adcock.co.za");
  });
  afterAll(() => platform?.close());

  it("credits the wallet once PayGate approves, and e-mails a receipt", async () => {
    expect((await wallet()).balance.amount).toBe("25000.00");
    const started = await platform.query<{
      startTopUp: {
        topUp: { id: string; reference: string; status: string };
        redirect: { url: string; fields: { name: string; value: string }[] };
      };
    }>(
      START,
      {
        input: {
          organizationId: adcock,
          amount: "1500.00",
          email: "finance@adcock.co.za",
          idempotencyKey: "integration-top-up-1",
        },
      },
      finance,
    );
    expect(started.errors).toBeUndefined();
    const { topUp, redirect } = started.data!.startTopUp;
    expect(topUp.status).toBe("PENDING");

    // The browser posts the redirect form to PayGate's process page, which lists the test cards.
    const page = await fetch(redirect.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(redirect.fields.map((field): [string, string] => [field.name, field.value])).toString(),
    });
    expect(await page.text()).toContain("4000000000000002");
    expect((await wallet()).balance.amount).toBe("25000.00");

    const payRequestId = redirect.fields.find((field) => field.name === "PAY_REQUEST_ID")!.value;
    await platform.paygate.settle(payRequestId, "4000000000000002");
    expect((await platform.paygate.whenNotified(payRequestId)).delivered).toBe(true);

    const after = await wallet();
    expect(after.balance.amount).toBe("26500.00");
    expect(after.topUps[0]).toEqual({ reference: topUp.reference, status: "APPROVED", amount: { amount: "1500.00" } });

    await sendDueNotices(platform.dbs.wallet, platform.walletDeps.mailer);
    const receipts = platform.walletDeps.mailer.sent.filter((mail) => mail.subject.startsWith("Receipt"));
    expect(receipts.map((mail) => [mail.to, mail.subject])).toEqual([
      ["finance@adcock.co.za", `Receipt: R 1 500.00 added to your DCX Cloud wallet (${topUp.reference})`],
    ]);
  });

  it("lets a customer a reseller has just created, and its owner invited, top up from an empty wallet", async () => {
    const reseller = await platform.signIn("admin@cloudtech.co.za");
    const created = await platform.query<{ createOrganization: { id: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name: "Fresh Produce Ltd", kind: "CUSTOMER" } },
      reseller,
    );
    expect(created.errors).toBeUndefined();
    const customer = created.data!.createOrganization.id;
    const invited = await platform.query(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          organizationId: customer,
          email: "owner@freshproduce.co.za",
          displayName: "Thandi Nkosi",
          role: "OWNER",
        },
      },
      reseller,
    );
    expect(invited.errors).toBeUndefined();
    const owner = await platform.signIn("owner@freshproduce.co.za");
    const empty = await platform.query<WalletData>(WALLET, { id: customer }, owner);
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.organization.wallet).toEqual({
      balance: { amount: "0.00" },
      available: { amount: "0.00" },
      topUps: [],
    });

    const started = await platform.query<{
      startTopUp: { topUp: { reference: string }; redirect: { fields: { name: string; value: string }[] } };
    }>(
      START,
      {
        input: {
          organizationId: customer,
          amount: "500.00",
          email: "owner@freshproduce.co.za",
          idempotencyKey: "fresh-produce-first-top-up",
        },
      },
      owner,
    );
    expect(started.errors).toBeUndefined();
    const payRequestId = started.data!.startTopUp.redirect.fields.find(
      (field) => field.name === "PAY_REQUEST_ID",
    )!.value;
    await platform.paygate.settle(payRequestId, "4000000000000002");
    expect((await platform.paygate.whenNotified(payRequestId)).delivered).toBe(true);
    const after = (await platform.query<WalletData>(WALLET, { id: customer }, owner)).data!.organization.wallet;
    expect(after.balance.amount).toBe("500.00");
    expect(after.topUps.map((topUp) => topUp.status)).toEqual(["APPROVED"]);
  });
});
