/**
 * A full inventory read of a 3,300-VM estate through RetrievePropertiesEx paging, with the
 * properties an inventory sync needs. Client and simulator share this process, so the CPU time
 * printed is an upper bound for the simulator's share. The target is well under 10 s.
 *
 *     npx tsx simulators/vcenter/bench/inventory.ts [organizations] [vmsPerOrganization] [pageSize]
 */
import { loadavg } from "node:os";
import { generatedInventory, startVcenterSimulator } from "../src/index";
import { texts } from "../src/testing/soap-test-client";
import { VimCalls } from "../src/testing/vim-calls";

const [organizations = 110, vmsPerOrganization = 30, pageSize = 500] = process.argv.slice(2).map(Number);
const SYNC_PROPERTIES = [
  "name",
  "parent",
  "config.instanceUuid",
  "config.template",
  "config.hardware.numCPU",
  "config.hardware.memoryMB",
  "config.guestFullName",
  "config.hardware.device",
  "config.createDate",
  "config.changeVersion",
  "runtime.powerState",
  "runtime.host",
  "guest.ipAddress",
  "guest.net",
  "guest.toolsRunningStatus",
  "datastore",
  "customValue",
];

const inventory = generatedInventory({ organizations, vmsPerOrganization, seed: "bench" });
const simulator = await startVcenterSimulator({ inventory });
try {
  const calls = new VimCalls(simulator.url);
  await calls.soap.login();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const view = await calls.vmView();
  let answer = await calls.retrieveView(view, SYNC_PROPERTIES, pageSize);
  let objects = texts(answer.xml, "obj").length;
  let bytes = answer.xml.length;
  let pages = 1;
  for (let token = texts(answer.xml, "token")[0]; token; token = texts(answer.xml, "token")[0]) {
    answer = await calls.continueRetrieve(token);
    objects += texts(answer.xml, "obj").length;
    bytes += answer.xml.length;
    pages += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  console.log(
    `full inventory read: ${objects} VMs (incl. 3 templates) in ${pages} pages of ≤${pageSize}, ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MB of SOAP: ${seconds.toFixed(2)} s wall, ` +
      `${((user + system) / 1e6).toFixed(2)} s CPU (server and client together; load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const expected = organizations * vmsPerOrganization + 3;
  if (objects !== expected) throw new Error(`expected ${expected} VMs, read ${objects}`);
} finally {
  await simulator.close();
}
