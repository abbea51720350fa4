import { buildFederatedSchema, type Database, type SubgraphDefinition } from "@dcx/kit";
import { CapturingMailer, openTestDatabase } from "@dcx/kit/testing";
import { telemetryTables } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";
import { HEALTH_RESOLVERS } from "../health/index";
import { Organization, organizationReference } from "../organization/index";
import { recordPerformance } from "../sample/sample.service";
import type { MetricValues } from "../sample/sample.types";
import { vmReference } from "../vm/vm.reference";
import { Vm } from "../vm/vm.type";
import type { AlertContext } from "./alert.loaders";
import { ALERT_RESOLVERS } from "./index";
import { createMailAlertNotifier } from "./notify/mail-alert-notifier";

export const TELEMETRY_TEST_DEFINITION = { name: "telemetry-billing", tables: telemetryTables };

export const openAlertTestDatabase = (): Promise<Database<typeof telemetryTables>> =>
  openTestDatabase(TELEMETRY_TEST_DEFINITION);

/** The alert and health fields alone, as the subgraph's schema adds them. */
export const buildAlertTestSchema = () =>
  buildFederatedSchema(
    { resolvers: [...ALERT_RESOLVERS, ...HEALTH_RESOLVERS], orphanedTypes: [Vm, Organization] },
    { Vm: vmReference, Organization: organizationReference },
  );

/** The subgraph with only the alert and health fields, on a clock the test moves (`clock.now`). */
export function alertTestSubgraph(clock: { now: Date }): SubgraphDefinition<typeof telemetryTables, AlertContext> {
  return {
    name: "telemetry-billing",
    defaultPort: 0,
    tables: telemetryTables,
    buildSchema: buildAlertTestSchema,
    createContext: (db, identity) => ({ db, caller: identity.caller, now: clock.now }),
  };
}

export const minutes = (start: Date, count: number) => new Date(start.getTime() + count * 60_000);

export interface TestSample {
  vmId: string;
  organizationId: string;
  at: Date;
  /** Percent, as the graph answers it (stored as basis points). */
  cpu?: number | null;
  memory?: number;
  /** Milliseconds. */
  diskLatency?: number;
}

/** Delivers samples as the collector does (partitions, collection state), every VM polled powered on. */
export async function deliver(db: TelemetryDb, samples: readonly TestSample[], poweredOn = true): Promise<void> {
  const values = (s: TestSample): MetricValues => ({
    cpu_usage_bp: s.cpu === undefined || s.cpu === null ? null : Math.round(s.cpu * 100),
    memory_usage_bp: s.memory === undefined ? null : Math.round(s.memory * 100),
    disk_latency_ms: s.diskLatency ?? null,
  });
  await recordPerformance(db, {
    vms: samples.map((s) => ({ vmId: s.vmId, organizationId: s.organizationId, poweredOn, polledAt: s.at })),
    samples: samples.map((s) => ({
      vmId: s.vmId,
      organizationId: s.organizationId,
      sampledAt: s.at,
      values: values(s),
      uptimeSeconds: null,
    })),
    guestDisks: [],
  });
}

/** A poll that saw the VMs without any sample (e.g. powered off, or a VM whose samples stopped). */
export async function poll(
  db: TelemetryDb,
  vms: readonly { vmId: string; organizationId: string }[],
  at: Date,
  poweredOn: boolean,
): Promise<void> {
  await recordPerformance(db, {
    vms: vms.map((vm) => ({ ...vm, poweredOn, polledAt: at })),
    samples: [],
    guestDisks: [],
  });
}

/** A notifier over a capturing mailer; `contacts` are the owners and admins of every organisation. */
export function capturingNotifier(contacts: string[] = ["owner@adcock.co.za"]) {
  const mailer = new CapturingMailer();
  const logged: string[] = [];
  const notifier = createMailAlertNotifier({
    contacts: { ownersAndAdmins: async () => contacts, moneyContacts: async () => contacts },
    mailer,
    dashboardUrl: "https://dcx.example",
    log: (line) => logged.push(line),
  });
  return { notifier, mailer, logged };
}
