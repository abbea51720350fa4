import { describe, expect, it } from "vitest";
import { AuthFailure } from "../auth/auth-errors";
import { checkEmail, formatDuration, isCompleteCode, normalizeCode, signInErrorMessage } from "./sign-in-form";

describe("normalizeCode", () => {
  it("keeps only digits, at most six", () => {
    expect(normalizeCode("123 456")).toBe("123456");
    expect(normalizeCode("123-456")).toBe("123456");
    expect(normalizeCode("Your code: 482913.")).toBe("482913");
    expect(normalizeCode("12345678")).toBe("123456");
    expect(normalizeCode("abc")).toBe("");
  });

  it("knows a complete code", () => {
    expect(isCompleteCode("482913")).toBe(true);
    expect(isCompleteCode("48291")).toBe(false);
    expect(isCompleteCode("48291a")).toBe(false);
  });
});

describe("checkEmail", () => {
  it("accepts an address, trimmed", () => {
    expect(checkEmail("  thandi@cloudtech.example ")).toEqual({ email: "thandi@cloudtech.example" });
  });

  it("lower-cases it, as the platform stores addresses", () => {
    expect(checkEmail("Thandi@CloudTech.example")).toEqual({ email: "thandi@cloudtech.example" });
  });

  it("applies the platform's rule, stricter than any text around an @", () => {
    for (const address of ["thandi@cloudtech.c", "thandi..m@cloudtech.example", "thandi@-cloudtech.example"]) {
      expect(checkEmail(address)).toEqual({ problem: `"${address}" is not an e-mail address.` });
    }
  });

  it("says what is wrong", () => {
    expect(checkEmail("  ")).toEqual({ problem: "Enter your e-mail address." });
    expect(checkEmail("thandi")).toEqual({ problem: '"thandi" is not an e-mail address.' });
    expect(checkEmail("thandi@cloudtech")).toEqual({ problem: '"thandi@cloudtech" is not an e-mail address.' });
  });
});

describe("formatDuration", () => {
  it("says seconds under a minute and whole minutes, rounded up, above", () => {
    expect(formatDuration(1)).toBe("1 second");
    expect(formatDuration(45)).toBe("45 seconds");
    expect(formatDuration(60)).toBe("1 minute");
    expect(formatDuration(61)).toBe("2 minutes");
    expect(formatDuration(600)).toBe("10 minutes");
  });
});

describe("signInErrorMessage", () => {
  it("explains a wrong or expired code", () => {
    const message = signInErrorMessage(new AuthFailure("unauthenticated", "Invalid or expired code"), "code");
    expect(message).toBe("That code is wrong or has expired. Check the most recent e-mail, or send a new code.");
  });

  it("says how long to wait after too many attempts", () => {
    expect(signInErrorMessage(new AuthFailure("rate-limited", "Too many", 120), "email")).toBe(
      "Too many attempts. Try again in 2 minutes.",
    );
    expect(signInErrorMessage(new AuthFailure("rate-limited", "Too many", 30), "code")).toBe(
      "Too many attempts. Try again in 30 seconds.",
    );
    expect(signInErrorMessage(new AuthFailure("rate-limited", "Too many"), "code")).toBe(
      "Too many attempts. Wait a few minutes and try again.",
    );
  });

  it("calls a network failure a network failure", () => {
    const failure = new AuthFailure("unavailable", "DCX Cloud could not be reached (Failed to fetch)");
    expect(signInErrorMessage(failure, "email")).toBe(
      "Network error: DCX Cloud could not be reached (Failed to fetch). Check your connection and try again.",
    );
  });

  it("passes the server's words on for bad input and other errors", () => {
    expect(signInErrorMessage(new AuthFailure("bad-input", "Not an e-mail address"), "email")).toBe(
      "Not an e-mail address",
    );
    expect(signInErrorMessage(new AuthFailure("server", "The tenancy service is unavailable"), "code")).toBe(
      "Sign-in failed: The tenancy service is unavailable",
    );
  });
});
