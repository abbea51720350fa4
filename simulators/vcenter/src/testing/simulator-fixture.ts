import { startVcenterSimulator, type VcenterSimulator } from "../server/vcenter-simulator";
import { VimCalls } from "./vim-calls";

/** Starts a simulator (fast tasks) with a logged-in client; `stopSimulators` in afterEach closes them. */
const running: VcenterSimulator[] = [];

export async function startWithClient(options: Parameters<typeof startVcenterSimulator>[0] = {}) {
  const simulator = await startVcenterSimulator({ taskDelayMs: 40, ...options });
  running.push(simulator);
  const calls = new VimCalls(simulator.url);
  await calls.soap.login();
  return { calls, state: simulator.state };
}

export const stopSimulators = () => Promise.all(running.splice(0).map((simulator) => simulator.close()));

export const folderOf = (state: VcenterSimulator["state"], name: string) =>
  Object.values(state.folders).find((folder) => folder.name === name)!.id;

/** A CreateVM_Task body: 2 vCPU, 4 GB, a 50 GB disk on ds-performance-01 and a VMXNET3 NIC on pg-backend. */
export const createSpec = (name: string, extra = "") =>
  `<config><name>${name}</name><guestId>ubuntu64Guest</guestId><files><vmPathName>[ds-standard-01]</vmPathName></files>` +
  `<numCPUs>2</numCPUs><memoryMB>4096</memoryMB>` +
  `<deviceChange><operation>add</operation><fileOperation>create</fileOperation><device xsi:type="VirtualDisk"><key>-1</key>` +
  `<backing xsi:type="VirtualDiskFlatVer2BackingInfo"><fileName>[ds-performance-01]</fileName><diskMode>persistent</diskMode></backing>` +
  `<capacityInKB>52428800</capacityInKB></device></deviceChange>` +
  `<deviceChange><operation>add</operation><device xsi:type="VirtualVmxnet3"><key>-2</key><backing xsi:type="VirtualEthernetCardNetworkBackingInfo"><deviceName>pg-backend</deviceName></backing></device></deviceChange>` +
  `${extra}</config><pool type="ResourcePool">resgroup-8</pool>`;
