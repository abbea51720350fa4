import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LimitsTestGateway, startLimitsTestGateway } from "../testing/limits-test-gateway";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What must never reach a client: SQL, bound values, table names, stack frames. */
const LEAKS = [/insert into/i, /adcock/i, /wallet_ledger/, /stacktrace/i, /\bat .*\.[jt]s:\d+/, /probe-subgraph/];

describe.each(["development", "production"])("gateway error masking in %s", (mode) => {
  let test: LimitsTestGateway;
  beforeAll(async () => {
    test = await startLimitsTestGateway({}, { NODE_ENV: mode });
  });
  afterAll(() => test?.close());

  const send = async (query: string, variables?: Record<string, unknown>) => {
    const response = await test.post(query, variables);
    const text = await response.text();
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    return JSON.parse(text) as {
      data?: unknown;
      errors: { message: string; path?: unknown; extensions: Record<string, unknown> }[];
    };
  };

  it.each(["exception", "internal", "uncoded"])(
    "turns a subgraph's %s error into 'Internal error' with an id, and logs the original under that id",
    async (kind) => {
      const { data, errors } = await send(`{ failure(kind: "${kind}") }`);
      expect(data).toEqual({ failure: null });
      expect(errors).toEqual([
        {
          message: "Internal error",
          path: ["failure"],
          extensions: { code: "INTERNAL_SERVER_ERROR", errorId: expect.stringMatching(UUID) },
        },
      ]);
      const logged = test.errorLog.find((entry) => entry.errorId === errors[0]!.extensions.errorId);
      expect(logged).toMatchObject({ level: "error", subgraph: "probe", path: ["failure"] });
      expect(String(logged?.message)).toMatch(kind === "uncoded" ? /wallet_ledger/ : /insert into "users"/);
    },
  );

  it("passes the platform's stable codes through untouched, without stacks", async () => {
    const badInput = await send(`{ failure(kind: "badInput") }`);
    expect(badInput.errors[0]).toMatchObject({
      message: "name must be at most 80 characters",
      path: ["failure"],
      extensions: { code: "BAD_USER_INPUT", field: "name" },
    });
    const limited = await send(`{ failure(kind: "rateLimited") }`);
    expect(limited.errors[0]).toMatchObject({
      message: "Too many requests",
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 7 },
    });
    expect(test.errorLog.filter((entry) => entry.code === "BAD_USER_INPUT")).toEqual([]);
  });

  it(`${mode === "production" ? "hides" : "keeps"} "Did you mean" suggestions for fields and enum values`, async () => {
    const field = await send(`{ itemz { id } }`);
    expect(field.errors[0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(field.errors[0]!.message).toMatch(/Cannot query field "itemz" on type "Query"/);
    const value = await send(`query($kind: Kind!) { kindName(kind: $kind) }`, { kind: "CUSTOMR" });
    expect(value.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(value.errors[0]!.message).toMatch(/CUSTOMR/);
    for (const message of [field.errors[0]!.message, value.errors[0]!.message]) {
      if (mode === "production") {
        expect(message).not.toMatch(/Did you mean/);
        expect(message).not.toMatch(/"items?"|"CUSTOMER"/);
      } else {
        expect(message).toMatch(/Did you mean/);
      }
    }
  });
});
