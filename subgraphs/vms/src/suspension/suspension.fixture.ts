import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  customerUser,
  startTestSubgraph,
  type TestServiceKeys,
  testServiceKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { startVcenterSimulator, type VcenterSimulator } from "@dcx/vcenter-simulator";
import { and, asc, eq, inArray } from "drizzle-orm";
import { auditEvents, vmOperations, vms, type vmsTables } from "../db/schema";
import { linkOrganizationFolder } from "../folder/organization-folder.store";
import { VSphereClient } from "../hypervisor";
import { createVmsSubgraph } from "../index";
import { GENERAL_SMALL, recordingMoneyGate } from "../operation/operation.test-support";
import { type OperationRunner, startOperationRunner } from "../operation/runner";
import { FAST_RUNNER } from "../operation/runner/runner.fixture";
import { syncInventory } from "../sync";
import type { VmsDeps } from "../vms.deps";

export const SUSPENSION = "organizationId suspendedAt reason liftedAt powerOffOperations";
export const SUSPEND = `mutation($org: ID!, $reason: String!) {
  suspendOrganizationVms(organizationId: $org, reason: $reason) { ${SUSPENSION} } }`;
export const LIFT = `mutation($org: ID!) { liftVmSuspension(organizationId: $org) { ${SUSPENSION} } }`;
export const ORGANIZATION_SUSPENSION = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Organization { id vmSuspension { ${SUSPENSION} } } } }`;

export interface SuspensionAnswer {
  organizationId: string;
  suspendedAt: string;
  reason: string;
  liftedAt: string | null;
  powerOffOperations: number;
}

/** The services that call the vms subgraph directly in these tests: only `wallet` may suspend. */
export function suspensionCallers() {
  return {
    wallet: testServiceKeys("wallet"),
    vms: testServiceKeys("vms"),
    billing: testServiceKeys("telemetry-billing"),
    catalog: testServiceKeys("catalog"),
  };
}

export const trusting = (keys: TestServiceKeys[]) => new Map(keys.map((key) => [key.service, key.publicKey]));

/**
 * The vms subgraph over HTTP trusting the wallet's key, with its real job runner driving the real
 * vSphere client against the local vCenter simulator: the demo's Vodacom folder linked to a new
 * organisation, its `vc-backup-01` powered off in vCenter, then found by the inventory sync —
 * three VMs, two running.
 */
export interface SuspensionHarness {
  subgraph: TestSubgraph<typeof vmsTables>;
  simulator: VcenterSimulator;
  hypervisor: VSphereClient;
  runner: OperationRunner;
  deps: VmsDeps;
  money: ReturnType<typeof recordingMoneyGate>;
  logs: string[];
  organizationId: string;
  owner: ReturnType<typeof customerUser>;
  /** VM ids by name. */
  vmIds: Record<string, string>;
  suspend(reason?: string, organizationId?: string): Promise<SuspensionAnswer>;
  lift(organizationId?: string): Promise<SuspensionAnswer | null>;
  /** Powers a VM on or off in vCenter itself, as someone with vCenter access would. */
  setPowerInVcenter(name: string, state: "poweredOn" | "poweredOff"): Promise<void>;
  /** The inventory sync, as its schedule runs it. */
  sync(): Promise<void>;
  powerStates(): Promise<Record<string, string>>;
  operationsOf(organizationId?: string): Promise<(typeof vmOperations.$inferSelect)[]>;
  /** Until no operation of the organisation is queued or running. */
  settle(organizationId?: string): Promise<void>;
  link(folderName: string): Promise<string>;
  close(): Promise<void>;
}

export async function startSuspensionHarness(): Promise<SuspensionHarness> {
  const simulator = await startVcenterSimulator({ port: 0, taskDelayMs: 20 });
  const hypervisor = new VSphereClient({ url: simulator.url, user: "administrator@vsphere.local", password: "x" });
  const money = recordingMoneyGate([GENERAL_SMALL]);
  const logs: string[] = [];
  const deps: VmsDeps = {
    hypervisor,
    moneyGate: money,
    queue: null,
    clock: () => new Date(),
    log: (line) => logs.push(line),
  };
  const wallet = testServiceKeys("wallet");
  const subgraph = await startTestSubgraph(
    createVmsSubgraph(() => deps),
    undefined,
    {
      trustedServices: trusting([wallet]),
    },
  );
  const runner = await startOperationRunner(subgraph.database, { ...deps, hypervisor }, FAST_RUNNER);
  deps.queue = runner.queue;
  const db = subgraph.database.db;
  const asWallet = wallet.client({ vms: subgraph.server.graphqlUrl });

  const folders = await hypervisor.listFolders();
  const link = async (folderName: string) => {
    const organizationId = randomUUID();
    await linkOrganizationFolder(db, organizationId, folders.find((folder) => folder.name === folderName)!.id);
    return organizationId;
  };
  const organizationId = await link("Vodacom");
  const vcenterVm = (name: string) => Object.values(simulator.state.vms).find((vm) => vm.name === name)!;
  const setPowerInVcenter = async (name: string, state: "poweredOn" | "poweredOff") => {
    const uuid = vcenterVm(name).instanceUuid;
    const task = state === "poweredOn" ? await hypervisor.powerOn(uuid) : await hypervisor.powerOff(uuid);
    await hypervisor.awaitTask(task, { timeoutMs: 10_000 });
  };
  const sync = async () => void (await syncInventory(db, hypervisor, { clock: () => new Date() }));
  await setPowerInVcenter("vc-backup-01", "poweredOff");
  await sync();
  const rows = await db.select().from(vms).where(eq(vms.organizationId, organizationId));
  const vmIds = Object.fromEntries(rows.map((row) => [row.name, row.id]));

  const operationsOf = (organization = organizationId) =>
    db
      .select()
      .from(vmOperations)
      .where(eq(vmOperations.organizationId, organization))
      .orderBy(asc(vmOperations.createdAt));

  return {
    subgraph,
    simulator,
    hypervisor,
    runner,
    deps,
    money,
    logs,
    organizationId,
    owner: customerUser(organizationId, "owner"),
    vmIds,
    async suspend(reason = "Unpaid usage: R 1 250.00 past the credit limit", organization = organizationId) {
      const answer = await asWallet.request<{ suspendOrganizationVms: SuspensionAnswer }>("vms", SUSPEND, {
        org: organization,
        reason,
      });
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      return answer.data.suspendOrganizationVms;
    },
    async lift(organization = organizationId) {
      const answer = await asWallet.request<{ liftVmSuspension: SuspensionAnswer | null }>("vms", LIFT, {
        org: organization,
      });
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      return answer.data.liftVmSuspension;
    },
    setPowerInVcenter,
    sync,
    async powerStates() {
      const list = await db.select().from(vms).where(eq(vms.organizationId, organizationId));
      return Object.fromEntries(list.map((row) => [row.name, row.powerState]));
    },
    operationsOf,
    async settle(organization = organizationId) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const active = await db
          .select({ id: vmOperations.id })
          .from(vmOperations)
          .where(
            and(eq(vmOperations.organizationId, organization), inArray(vmOperations.status, ["queued", "running"])),
          );
        if (!active.length) return;
        if (Date.now() > deadline) throw new Error(`${active.length} operations still in flight`);
        await sleep(50);
      }
    },
    link,
    async close() {
      await runner.stop({ timeoutMs: 2000 }).catch(() => undefined);
      await subgraph.close();
      await hypervisor.close().catch(() => undefined);
      await simulator.close();
    },
  };
}

/** The audit events of one kind for an organisation. */
export const eventsOf = (subgraph: TestSubgraph<typeof vmsTables>, organizationId: string, kind: string) =>
  subgraph.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.kind, kind)));
