import { texts } from "../testing/soap-test-client";
import { VimCalls } from "../testing/vim-calls";

/** One server under comparison, with the references a scenario needs found through the API itself. */
export interface ParityTarget {
  name: string;
  calls: VimCalls;
  vmFolder: string;
  pool: string;
  datastoreName: string;
  /** A running, non-template VM the server started with. */
  runningVm: string;
}

const valueOf = (xml: string, path: string) => new RegExp(`<name>${path}</name><val[^>]*>([^<]*)</val>`).exec(xml)?.[1];

export async function parityTarget(name: string, url: string): Promise<ParityTarget> {
  const calls = new VimCalls(url);
  await calls.soap.login();
  const root = await calls.retrieve({ type: "Folder", value: "group-d1" }, ["childEntity"]);
  const datacenter = /<ManagedObjectReference type="Datacenter">([^<]+)</.exec(root.xml)![1]!;
  const dc = await calls.retrieve({ type: "Datacenter", value: datacenter }, ["vmFolder", "datastore"]);
  const vmFolder = valueOf(dc.xml, "vmFolder")!;
  const datastore = /<ManagedObjectReference type="Datastore">([^<]+)</.exec(dc.xml)![1]!;
  const datastoreName = valueOf((await calls.retrieve({ type: "Datastore", value: datastore }, ["name"])).xml, "name")!;
  const listing = await calls.retrieveView(await calls.vmView(), [
    "runtime.powerState",
    "config.template",
    "resourcePool",
  ]);
  const running = listing.xml
    .split("<objects>")
    .slice(1)
    .find(
      (object) =>
        object.includes(">poweredOn<") && object.includes(">false<") && object.includes("<name>resourcePool</name>"),
    )!;
  return {
    name,
    calls,
    vmFolder,
    pool: valueOf(running, "resourcePool")!,
    datastoreName,
    runningVm: texts(running, "obj")[0] ?? /^<obj type="VirtualMachine">([^<]+)/.exec(running)![1]!,
  };
}

/** The same CreateVM_Task body on every target: a disk on the target's datastore and a VMXNET3 NIC on "VM Network". */
export const createVmBody = (target: ParityTarget, name: string) =>
  `<config><name>${name}</name><guestId>ubuntu64Guest</guestId><files><vmPathName>[${target.datastoreName}]</vmPathName></files>` +
  `<numCPUs>2</numCPUs><memoryMB>2048</memoryMB>` +
  `<deviceChange><operation>add</operation><fileOperation>create</fileOperation><device xsi:type="VirtualDisk"><key>-1</key>` +
  `<backing xsi:type="VirtualDiskFlatVer2BackingInfo"><fileName>[${target.datastoreName}]</fileName><diskMode>persistent</diskMode><thinProvisioned>true</thinProvisioned></backing>` +
  `<controllerKey>1000</controllerKey><unitNumber>0</unitNumber><capacityInKB>1048576</capacityInKB></device></deviceChange>` +
  `<deviceChange><operation>add</operation><device xsi:type="VirtualVmxnet3"><key>-2</key><backing xsi:type="VirtualEthernetCardNetworkBackingInfo">` +
  `<deviceName>VM Network</deviceName></backing><addressType>generated</addressType></device></deviceChange>` +
  `</config><pool type="ResourcePool">${target.pool}</pool>`;
