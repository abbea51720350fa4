import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { explainInsufficientFunds, insufficientFundsOf } from "./insufficient-funds";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const refused = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [{ message: "Not enough funds", extensions }] });

describe("insufficientFundsOf", () => {
  it("reads the shortfall and what the create would have reserved", () => {
    const refusal = insufficientFundsOf(
      refused({
        code: "INSUFFICIENT_FUNDS",
        shortfall: "1234.56",
        amount: "300.00",
        keepAvailable: "1500.50",
        runwayHours: 72,
      }),
    );
    expect(refusal).toEqual({ shortfall: "1234.56", amount: "300.00", keepAvailable: "1500.50", runwayHours: 72 });
    expect(plain(explainInsufficientFunds(refusal!))).toBe(
      "The wallet is R 1 234,56 short. Creating this VM reserves R 300,00 (its first 72 hours), and R 1 500,50 stays reserved for the VMs already running.",
    );
  });

  it("says nothing of running VMs when none keep anything reserved", () => {
    const refusal = insufficientFundsOf(
      refused({
        code: "INSUFFICIENT_FUNDS",
        shortfall: "10.00",
        amount: "10.00",
        keepAvailable: "0.00",
        runwayHours: 24,
      }),
    );
    expect(plain(explainInsufficientFunds(refusal!))).toBe(
      "The wallet is R 10,00 short. Creating this VM reserves R 10,00 (its first 24 hours).",
    );
  });

  it("is not a money refusal for other codes or without a shortfall", () => {
    expect(insufficientFundsOf(refused({ code: "CONFLICT", shortfall: "1.00" }))).toBeNull();
    expect(insufficientFundsOf(refused({ code: "INSUFFICIENT_FUNDS" }))).toBeNull();
    expect(insufficientFundsOf(undefined)).toBeNull();
  });
});
