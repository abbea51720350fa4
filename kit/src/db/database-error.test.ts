import { describe, expect, it } from "vitest";
import { databaseErrorOf, inputRefusal } from "./database-error";

describe("database errors", () => {
  const server = Object.assign(new Error('value "99999999999" is out of range for type integer'), {
    code: "22003",
    severity: "ERROR",
    column: "count",
  });

  it("are found behind Drizzle's wrapper, whose message carries the SQL", () => {
    const wrapped = Object.assign(new Error("Failed query: insert into t values ($1)\nparams: 99999999999"), {
      cause: server,
    });
    expect(databaseErrorOf(wrapped)).toEqual({ code: "22003", message: server.message, column: "count" });
  });

  it("are not Node's system errors, whose codes can look alike", () => {
    expect(databaseErrorOf(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).toBeUndefined();
    expect(databaseErrorOf(new Error("plain"))).toBeUndefined();
  });

  it("are the caller's fault only for malformed or out-of-range input", () => {
    for (const code of ["22003", "22P02", "22001", "22021", "22P05", "22007", "22008"]) {
      expect(inputRefusal(code)).toBeTruthy();
    }
    for (const code of ["23505", "23503", "40001", "57014", "XX000"]) expect(inputRefusal(code)).toBeUndefined();
  });
});
