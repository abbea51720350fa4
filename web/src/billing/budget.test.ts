import { describe, expect, it } from "vitest";
import { budgetShare, mayManageBudget, parseBudgetAmount } from "./budget";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("parseBudgetAmount", () => {
  it("reads rand as people type them", () => {
    expect(parseBudgetAmount("15000")).toEqual({ amount: "15000.00" });
    expect(parseBudgetAmount("R 12 500,5")).toEqual({ amount: "12500.50" });
    expect(parseBudgetAmount("0.01")).toEqual({ amount: "0.01" });
  });

  it("refuses what is not a positive rand amount, before anything is sent", () => {
    expect(parseBudgetAmount("")).toEqual({ error: "Enter the monthly budget in rand" });
    expect(parseBudgetAmount("-100")).toEqual({ error: "The budget must be more than R 0,00" });
    expect(parseBudgetAmount("0,00")).toEqual({ error: "The budget must be more than R 0,00" });
    expect(parseBudgetAmount("12.345")).toEqual({ error: "Enter rand and cents, e.g. 15000 or 15000.00" });
    expect(parseBudgetAmount("lots")).toEqual({ error: "Enter rand and cents, e.g. 15000 or 15000.00" });
  });
});

describe("budgetShare", () => {
  it("is exact on cents and rounds down to a tenth", () => {
    expect(budgetShare("3115.00", "5000.00")).toEqual({ text: "62,3 %", barPercent: 62.3, over: false });
    // 4 999,99 of 5 000 is 99,9998 %: not yet the whole budget.
    expect(budgetShare("4999.99", "5000.00")).toEqual({ text: "99,9 %", barPercent: 99.9, over: false });
    expect(budgetShare("5000.00", "5000.00")).toEqual({ text: "100,0 %", barPercent: 100, over: true });
  });

  it("keeps the bar within its track when spending passes the budget", () => {
    const share = budgetShare("12345.67", "1000.00");
    expect(plain(share.text)).toBe("1 234,5 %");
    expect(share.barPercent).toBe(100);
    expect(share.over).toBe(true);
  });

  it("reads amounts that float arithmetic would get wrong", () => {
    // 0.1 + 0.2 of 0.3 is exactly all of it.
    expect(budgetShare("0.30", "0.30").text).toBe("100,0 %");
    expect(budgetShare("0.00", "100.00")).toEqual({ text: "0,0 %", barPercent: 0, over: false });
  });
});

describe("mayManageBudget", () => {
  it("follows the server: owners, admins and billing users", () => {
    expect(
      ["OWNER", "ADMIN", "BILLING", "MEMBER", "READ_ONLY"].filter((role) => mayManageBudget(role as never)),
    ).toEqual(["OWNER", "ADMIN", "BILLING"]);
  });
});
