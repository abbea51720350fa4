/**
 * The vCenter inventory sync against a 3,300-VM estate (110 organisations × 30 VMs) on the local
 * vCenter simulator, through the real vSphere driver: a first full sync (every VM inserted), a
 * second (nothing changed: no write), then about 5 % changed in vCenter (power, renames, VMs
 * deleted and created outside the platform) and a third. Prints each timing and report.
 *
 *     npx tsx bench/vm-sync.ts                # embedded PGlite
 *     npx tsx bench/vm-sync.ts --postgres     # the PostgreSQL server (TEST_POSTGRES_URL, default local)
 *
 * The first full sync must stay ≤ 10 s on the 2-core development machine.
 */
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { openTestDatabase } from "@dcx/kit/testing";
import { generatedInventory, startVcenterSimulator, type VmRecord } from "@dcx/vcenter-simulator";
import { linkOrganizationFolder } from "../subgraphs/vms/src/folder/organization-folder.store";
import { VSphereClient } from "../subgraphs/vms/src/hypervisor";
import { vmsSubgraph } from "../subgraphs/vms/src/index";
import { describeSync, type InventorySyncReport, syncInventory } from "../subgraphs/vms/src/sync";

const LIMIT_MS = 10_000;
if (process.argv.includes("--postgres")) {
  process.env.TEST_POSTGRES_URL ||= "postgres://postgres@127.0.0.1:5432/postgres";
}

const simulator = await startVcenterSimulator({
  inventory: generatedInventory({ organizations: 110, vmsPerOrganization: 30, seed: "bench" }),
});
const database = await openTestDatabase(vmsSubgraph);
const hypervisor = new VSphereClient({ url: simulator.url, user: "administrator@vsphere.local", password: "bench" });
const clock = () => new Date();

try {
  // Each organisation's folder (vm/dcx/<name>) is linked to an organisation, as provisioning does.
  const folders = await hypervisor.listFolders();
  const dcx = folders.find((folder) => folder.id === simulator.state.organizationsFolder)!;
  const organizationFolders = folders.filter((folder) => folder.parentId === dcx.id);
  for (const folder of organizationFolders) await linkOrganizationFolder(database.db, randomUUID(), folder.id);
  console.log(
    `${Object.keys(simulator.state.vms).length} VMs in vCenter, ${organizationFolders.length} organisation folders linked; ` +
      `database: ${database.driver}; load average ${loadavg()[0]!.toFixed(1)}`,
  );

  const first = await timed("first sync (all new)", () => syncInventory(database.db, hypervisor, { clock }));
  await timed("second sync (no change)", () => syncInventory(database.db, hypervisor, { clock }));

  const changes = changeAboutFivePercent(Object.values(simulator.state.vms).filter((vm) => !vm.template));
  console.log(`changed in vCenter: ${JSON.stringify(changes)}`);
  await timed("third sync (~5 % changed)", () => syncInventory(database.db, hypervisor, { clock }));

  if (first.ms > LIMIT_MS) {
    console.error(`FAIL: the first full sync took ${first.ms} ms, over ${LIMIT_MS} ms`);
    process.exitCode = 1;
  }
} finally {
  await hypervisor.close();
  await simulator.close();
  await database.close();
}

/**
 * Runs one sync and prints its report with the CPU time this process spent (driver, simulator and,
 * on PGlite, the database all run here), so a figure taken while the machine is busy can be read.
 */
async function timed(label: string, run: () => Promise<InventorySyncReport>): Promise<InventorySyncReport> {
  const cpu = process.cpuUsage();
  const report = await run();
  const { user, system } = process.cpuUsage(cpu);
  console.log(
    `${label}: ${describeSync(report)}; ${((user + system) / 1e6).toFixed(2)} s CPU, load ${loadavg()[0]!.toFixed(1)}`,
  );
  return report;
}

/** Every 20th VM gets one change, in turn: power toggled, renamed, deleted, or a copy created beside it. */
function changeAboutFivePercent(list: VmRecord[]) {
  const counts = { power: 0, renamed: 0, deleted: 0, created: 0 };
  const state = simulator.state;
  const now = new Date().toISOString();
  list
    .filter((_, index) => index % 20 === 0)
    .forEach((vm, index) => {
      switch (index % 4) {
        case 0:
          vm.powerState = vm.powerState === "poweredOn" ? "poweredOff" : "poweredOn";
          for (const nic of vm.nics) nic.ipAddress = null;
          counts.power += 1;
          break;
        case 1:
          vm.name = `${vm.name}-renamed`;
          vm.changeVersion = now;
          counts.renamed += 1;
          break;
        case 2:
          delete state.vms[vm.id];
          counts.deleted += 1;
          break;
        default: {
          state.nextId += 1;
          const id = `vm-${state.nextId}`;
          state.vms[id] = {
            ...structuredClone(vm),
            id,
            name: `${vm.name}-new`,
            instanceUuid: randomUUID(),
            createDate: now,
          };
          counts.created += 1;
        }
      }
    });
  return counts;
}
