import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, testPostgresUrl } from "../testing/test-database";
import { type Database, openDatabase } from "./database";
import { queueingLock, skippingLock } from "./run-lock";

type AnyDatabase = Database<Record<string, unknown>>;

/** A promise and the function that settles it: a run held open until the test lets it end. */
const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
};

/**
 * Two replicas' handles on one database: on the PostgreSQL server two pools on a fresh database
 * (the advisory lock is what keeps them apart); on PGlite one handle twice (one process owns it).
 */
describe(`run locks (${testPostgresUrl() ? "PostgreSQL server" : "PGlite"})`, () => {
  let replicas: [AnyDatabase, AnyDatabase];
  let drop = async () => {};
  beforeAll(async () => {
    const admin = testPostgresUrl();
    if (!admin) {
      const database = await openDatabase({ schema: {}, migrationsFolder: "" });
      replicas = [database, database];
      drop = () => database.close();
      return;
    }
    const name = `dcx_test_run_lock_${randomBytes(6).toString("hex")}`;
    await adminQuery(admin, `create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const open = () => openDatabase({ schema: {}, migrationsFolder: "", url: url.toString() });
    replicas = [await open(), await open()];
    drop = async () => {
      await Promise.all(replicas.map((replica) => replica.close()));
      await adminQuery(admin, `drop database if exists ${name} with (force)`);
    };
  });
  afterAll(() => drop());

  it("lets one replica run under a skipping lock while the other skips, then lets the other run", async () => {
    const name = `test:${randomBytes(4).toString("hex")}`;
    const [first, second] = replicas.map((replica) => skippingLock(replica, name));
    const held = gate();
    const running = first!(async () => {
      await held.opened;
      return "first";
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await second!(async () => "second")).toEqual({ ran: false });
    held.open();
    expect(await running).toEqual({ ran: true, result: "first" });
    expect(await second!(async () => "second")).toEqual({ ran: true, result: "second" });
  });

  it("makes the second replica wait under a queueing lock until the first is done, then run", async () => {
    const name = `test:${randomBytes(4).toString("hex")}`;
    const [first, second] = replicas.map((replica) => queueingLock(replica, name));
    const events: string[] = [];
    const held = gate();
    const running = first!(async () => {
      events.push("first started");
      await held.opened;
      events.push("first done");
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const waiting = second!(async () => events.push("second started"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).toEqual(["first started"]);
    held.open();
    await Promise.all([running, waiting]);
    expect(events).toEqual(["first started", "first done", "second started"]);
  });

  it("keeps different lock names apart", async () => {
    const held = gate();
    const running = skippingLock(replicas[0], "test:one")(() => held.opened);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await skippingLock(replicas[1], "test:two")(async () => "other")).toEqual({ ran: true, result: "other" });
    held.open();
    await running;
  });
});
