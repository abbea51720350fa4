import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { startVcenterSimulator, type VcenterSimulator } from "@dcx/vcenter-simulator";
import { eq } from "drizzle-orm";
import { type vmsTables, vmPerfCursors, vms } from "../db/schema";
import { linkOrganizationFolder } from "../folder/organization-folder.store";
import { type PerfQuery, VSphereClient } from "../hypervisor";
import { vmsSubgraph } from "../index";
import { syncInventory } from "../sync";
import type { CollectorDeps } from "./perf-collector";
import { advanceCursors } from "./perf-cursor.store";
import type { PerformanceDelivery } from "./perf-sample";
import type { PerformanceSink } from "./performance-sink";

/** A sink that keeps every call and answers as telemetry-billing does: idempotent on (VM, instant). */
export interface CapturingSink extends PerformanceSink {
  calls: PerformanceDelivery[];
  stored: Set<string>;
  /** While set, `record` throws it and stores nothing. */
  failWith: Error | null;
  /** While set, `record` waits for it first. */
  gate: Promise<void> | null;
}

export function capturingSink(): CapturingSink {
  const sink: CapturingSink = {
    calls: [],
    stored: new Set(),
    failWith: null,
    gate: null,
    async record(delivery) {
      await sink.gate;
      if (sink.failWith) throw sink.failWith;
      sink.calls.push(structuredClone(delivery));
      let samplesWritten = 0;
      for (const sample of delivery.samples) {
        const key = `${sample.vmId}@${sample.sampledAt}`;
        if (!sink.stored.has(key)) samplesWritten += 1;
        sink.stored.add(key);
      }
      return { samplesWritten, samplesAlreadyStored: delivery.samples.length - samplesWritten };
    },
  };
  return sink;
}

/**
 * The real parts: the local vCenter simulator (demo estate) on a clock the test moves, the vSphere
 * driver (its performance and guest-disk reads recorded), and a vms database filled by the
 * inventory sync from the linked folders.
 */
export interface TelemetryFixture {
  simulator: VcenterSimulator;
  client: VSphereClient;
  database: Database<typeof vmsTables>;
  hypervisor: CollectorDeps["hypervisor"];
  perfQueries: PerfQuery[];
  guestReads: string[][];
  now: Date;
  setNow(at: Date): void;
  deps(sink: PerformanceSink, log?: (line: string) => void): CollectorDeps;
  vmId(name: string): Promise<string>;
  instanceUuid(name: string): string;
  cursor(name: string): Promise<Date | null>;
  /** As if every VM had been collected up to `at`. */
  setCursors(at: Date): Promise<void>;
  close(): Promise<void>;
}

export async function startTelemetryFixture(folders: string[], startAt: Date): Promise<TelemetryFixture> {
  let now = startAt;
  const clock = () => now;
  const simulator = await startVcenterSimulator({ port: 0, taskDelayMs: 20, clock });
  const database = await openTestDatabase(vmsSubgraph);
  const client = new VSphereClient({ url: simulator.url, user: "administrator@vsphere.local", password: "x" });
  const known = await client.listFolders();
  for (const name of folders) {
    await linkOrganizationFolder(database.db, randomUUID(), known.find((folder) => folder.name === name)!.id);
  }
  await syncInventory(database.db, client, { clock });
  const perfQueries: PerfQuery[] = [];
  const guestReads: string[][] = [];
  const vmNamed = (name: string) => Object.values(simulator.state.vms).find((vm) => vm.name === name)!;
  const fixture: TelemetryFixture = {
    simulator,
    client,
    database,
    perfQueries,
    guestReads,
    get now() {
      return now;
    },
    setNow: (at) => (now = at),
    hypervisor: {
      queryPerformance: (query) => {
        perfQueries.push(query);
        return client.queryPerformance(query);
      },
      readGuestDisks: (uuids) => {
        guestReads.push(uuids);
        return client.readGuestDisks(uuids);
      },
    },
    deps: (sink, log = () => undefined) => ({ database, hypervisor: fixture.hypervisor, sink, clock, log }),
    vmId: async (name) => {
      const [row] = await database.db.select({ id: vms.id }).from(vms).where(eq(vms.name, name));
      return row!.id;
    },
    instanceUuid: (name) => vmNamed(name).instanceUuid,
    cursor: async (name) => {
      const [row] = await database.db
        .select({ until: vmPerfCursors.collectedUntil })
        .from(vmPerfCursors)
        .where(eq(vmPerfCursors.vmId, await fixture.vmId(name)));
      return row?.until ?? null;
    },
    setCursors: async (at) => {
      const rows = await database.db.select({ id: vms.id }).from(vms);
      await advanceCursors(
        database.db,
        rows.map((row) => row.id),
        at,
      );
    },
    close: async () => {
      await client.close();
      await simulator.close();
      await database.close();
    },
  };
  return fixture;
}
