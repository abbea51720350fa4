import type { HypervisorGuestDisk, VmGuestDisks } from "../hypervisor.port";
import type { PropertyCollector } from "./property-collector";
import { children, text, type MoRef, type XmlNode } from "./soap-xml";

const MIB = 1024 * 1024;

/** `GuestDiskInfo[]` (bytes) → file systems in whole MiB; entries without a path or size are skipped. */
export function toGuestDisks(value: XmlNode | undefined): HypervisorGuestDisk[] {
  return children(value, "GuestDiskInfo").flatMap((info) => {
    const path = text(info, "diskPath");
    const capacity = Number(text(info, "capacity"));
    const free = Number(text(info, "freeSpace"));
    if (!path || !Number.isFinite(capacity) || capacity <= 0 || !Number.isFinite(free) || free < 0) return [];
    return [{ path, capacityMb: Math.floor(capacity / MIB), freeMb: Math.floor(Math.min(free, capacity) / MIB) }];
  });
}

/**
 * `guest.disk` of just these VMs, in one RetrievePropertiesEx (an object spec per VM): far less
 * than the inventory's full read of every VM, and the references are the ones QueryPerf uses.
 */
export async function readGuestDisks(
  collector: PropertyCollector,
  vms: { instanceUuid: string; ref: MoRef }[],
): Promise<VmGuestDisks[]> {
  const contents = await collector.retrieveObjects(
    vms.map((vm) => vm.ref),
    ["guest.disk"],
  );
  const byRef = new Map(contents.map((content) => [content.obj.value, content]));
  return vms.flatMap(({ instanceUuid, ref }) => {
    const content = byRef.get(ref.value);
    return content ? [{ instanceUuid, disks: toGuestDisks(content.props.get("guest.disk")) }] : [];
  });
}
