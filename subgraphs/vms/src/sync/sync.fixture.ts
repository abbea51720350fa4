import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { startVcenterSimulator, type VcenterSimulator, type VmRecord } from "@dcx/vcenter-simulator";
import { eq } from "drizzle-orm";
import { auditEvents, type vmsTables, vms } from "../db/schema";
import { linkOrganizationFolder } from "../folder/organization-folder.store";
import { VSphereClient } from "../hypervisor";
import { vmsSubgraph } from "../index";

/**
 * The real parts a sync test needs: the local vCenter simulator (demo estate), the vSphere driver
 * over SOAP, and a migrated database. `link` maps a demo organisation folder to a new
 * organisation id, as provisioning an organisation does.
 */
export interface SyncFixture {
  simulator: VcenterSimulator;
  hypervisor: VSphereClient;
  database: Database<typeof vmsTables>;
  organizationOf: Record<string, string>;
  link(folderName: string): Promise<string>;
  folderId(folderName: string): string;
  vcenterVm(name: string): VmRecord;
  row(name: string): Promise<typeof vms.$inferSelect>;
  events(kind?: string): Promise<(typeof auditEvents.$inferSelect)[]>;
  close(): Promise<void>;
}

export async function startSyncFixture(linked: string[]): Promise<SyncFixture> {
  const simulator = await startVcenterSimulator({ port: 0, taskDelayMs: 20 });
  const database = await openTestDatabase(vmsSubgraph);
  const hypervisor = new VSphereClient({ url: simulator.url, user: "administrator@vsphere.local", password: "x" });
  const folders = await hypervisor.listFolders();
  const organizationOf: Record<string, string> = {};
  const folderId = (name: string) => {
    const folder = folders.find((candidate) => candidate.name === name);
    if (!folder) throw new Error(`no folder ${name}`);
    return folder.id;
  };
  const link = async (name: string) => {
    const organizationId = randomUUID();
    await linkOrganizationFolder(database.db, organizationId, folderId(name));
    organizationOf[name] = organizationId;
    return organizationId;
  };
  for (const name of linked) await link(name);
  return {
    simulator,
    hypervisor,
    database,
    organizationOf,
    link,
    folderId,
    vcenterVm: (name) => {
      const vm = Object.values(simulator.state.vms).find((candidate) => candidate.name === name);
      if (!vm) throw new Error(`no VM ${name} in vCenter`);
      return vm;
    },
    row: async (name) => {
      const [row] = await database.db.select().from(vms).where(eq(vms.name, name));
      if (!row) throw new Error(`no row for ${name}`);
      return row;
    },
    events: (kind) =>
      kind
        ? database.db.select().from(auditEvents).where(eq(auditEvents.kind, kind))
        : database.db.select().from(auditEvents),
    close: async () => {
      await hypervisor.close();
      await simulator.close();
      await database.close();
    },
  };
}
