import { describe, expect, it } from "vitest";
import { describeCard, parseAutoTopUpForm } from "./auto-top-up-rules";

const valid = {
  cardId: "card-1",
  threshold: "500",
  amount: "1 000,50",
  minHoursBetween: "24",
  monthlyCap: "R5000",
  email: " Finance@Example.co.za ",
};

describe("the automatic top-up form", () => {
  it("turns typed figures into the graph's decimals", () => {
    expect(parseAutoTopUpForm(valid)).toEqual({
      request: {
        cardId: "card-1",
        threshold: "500.00",
        amount: "1000.50",
        minHoursBetween: 24,
        monthlyCap: "5000.00",
        email: "finance@example.co.za",
      },
    });
  });

  it("names every field that is wrong", () => {
    const parsed = parseAutoTopUpForm({
      cardId: "",
      threshold: "-1",
      amount: "9.99",
      minHoursBetween: "721",
      monthlyCap: "abc",
      email: "nobody",
    });
    expect(Object.keys("errors" in parsed ? parsed.errors : {}).sort()).toEqual([
      "amount",
      "cardId",
      "email",
      "minHoursBetween",
      "monthlyCap",
      "threshold",
    ]);
  });

  it("wants a monthly cap of at least one top-up, and hours from 1 to 720", () => {
    expect(parseAutoTopUpForm({ ...valid, monthlyCap: "1000.49" })).toEqual({
      errors: { monthlyCap: "At least the top-up amount" },
    });
    expect("request" in parseAutoTopUpForm({ ...valid, minHoursBetween: "1" })).toBe(true);
    expect("request" in parseAutoTopUpForm({ ...valid, minHoursBetween: "720" })).toBe(true);
    expect(parseAutoTopUpForm({ ...valid, minHoursBetween: "0" })).toEqual({
      errors: { minHoursBetween: "Enter 1 to 720 hours" },
    });
  });

  it("describes a card by what PayGate masked only", () => {
    expect(describeCard({ brand: "Visa", maskedNumber: "400000******0002", expiryMonth: 3, expiryYear: 2029 })).toBe(
      "Visa 400000******0002, expires 03/2029",
    );
  });
});
