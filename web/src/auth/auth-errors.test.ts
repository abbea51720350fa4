import { describe, expect, it } from "vitest";
import { AuthFailure, endsSession, failureFromGraphQLErrors, isAuthError, toAuthFailure } from "./auth-errors";

const unauthenticated = { message: "Invalid or expired code", extensions: { code: "UNAUTHENTICATED" } };
const rateLimited = {
  message: "Too many sign-in attempts. Try again in 120 seconds.",
  extensions: { code: "RATE_LIMITED", retryAfterSeconds: 120 },
};

describe("failureFromGraphQLErrors", () => {
  it("recognises a wrong or expired code", () => {
    const failure = failureFromGraphQLErrors([unauthenticated]);
    expect(failure.kind).toBe("unauthenticated");
    expect(failure.message).toBe("Invalid or expired code");
  });

  it("reads how long a rate limit lasts", () => {
    const failure = failureFromGraphQLErrors([unauthenticated, rateLimited]);
    expect(failure.kind).toBe("rate-limited");
    expect(failure.retryAfterSeconds).toBe(120);
  });

  it("has no wait when the server did not give a usable one", () => {
    for (const retryAfterSeconds of [undefined, "soon", -5, Number.NaN]) {
      const failure = failureFromGraphQLErrors([
        { message: "Slow down", extensions: { code: "RATE_LIMITED", retryAfterSeconds } },
      ]);
      expect(failure.retryAfterSeconds).toBeNull();
    }
  });

  it("keeps the server's message for bad input and other errors", () => {
    expect(
      failureFromGraphQLErrors([{ message: "Not an e-mail address", extensions: { code: "BAD_USER_INPUT" } }]),
    ).toMatchObject({
      kind: "bad-input",
      message: "Not an e-mail address",
    });
    expect(
      failureFromGraphQLErrors([
        { message: "The tenancy service is unavailable" },
        { message: "The tenancy service is unavailable" },
      ]),
    ).toMatchObject({
      kind: "server",
      message: "The tenancy service is unavailable",
    });
  });
});

describe("endsSession", () => {
  it("ends the session when the refresh token is refused", () => {
    expect(endsSession(new AuthFailure("unauthenticated", "Refresh token reused"))).toBe(true);
    expect(endsSession(new AuthFailure("bad-input", "Malformed refresh token"))).toBe(true);
  });

  it("keeps the session through network trouble, outages and rate limits", () => {
    expect(endsSession(new AuthFailure("unavailable", "Failed to fetch"))).toBe(false);
    expect(endsSession(new AuthFailure("server", "The tenancy service is unavailable"))).toBe(false);
    expect(endsSession(new AuthFailure("rate-limited", "Slow down", 30))).toBe(false);
  });
});

describe("toAuthFailure", () => {
  it("passes AuthFailures through and treats anything else as unavailable", () => {
    const failure = new AuthFailure("server", "x");
    expect(toAuthFailure(failure)).toBe(failure);
    expect(toAuthFailure(new TypeError("Failed to fetch"))).toMatchObject({
      kind: "unavailable",
      message: "Failed to fetch",
    });
  });
});

describe("isAuthError", () => {
  it("is true for UNAUTHENTICATED errors and for HTTP 401", () => {
    expect(isAuthError({ graphQLErrors: [unauthenticated] })).toBe(true);
    expect(isAuthError({ graphQLErrors: [], response: { status: 401 } })).toBe(true);
  });

  it("is false for other failures", () => {
    expect(isAuthError({ graphQLErrors: [{ message: "Forbidden", extensions: { code: "FORBIDDEN" } }] })).toBe(false);
    expect(isAuthError({ graphQLErrors: [], response: { status: 502 } })).toBe(false);
    expect(isAuthError({ graphQLErrors: [], response: undefined })).toBe(false);
  });
});
