/**
 * The kinds of event the vms subgraph writes to an organisation's audit trail: one per finished
 * operation (`vm.<operation>`), changes the inventory sync found in vCenter (`drift.…`) and
 * suspensions for unpaid usage (`suspension.…`).
 */
export const AUDIT_KINDS = [
  { kind: "vm.create", label: "VM created" },
  { kind: "vm.power_on", label: "Powered on" },
  { kind: "vm.power_off", label: "Powered off" },
  { kind: "vm.shutdown", label: "Shut down" },
  { kind: "vm.reboot", label: "Rebooted" },
  { kind: "vm.suspend", label: "Suspended" },
  { kind: "vm.resize", label: "Resized" },
  { kind: "vm.add_disk", label: "Disk added" },
  { kind: "vm.grow_disk", label: "Disk grown" },
  { kind: "vm.delete", label: "VM deleted" },
  { kind: "drift.vm_appeared", label: "Found in vCenter" },
  { kind: "drift.vm_changed", label: "Changed in vCenter" },
  { kind: "drift.vm_vanished", label: "Gone from vCenter" },
  { kind: "suspension.started", label: "Suspended for unpaid usage" },
  { kind: "suspension.lifted", label: "Suspension lifted" },
] as const;

const LABELS = new Map<string, string>(AUDIT_KINDS.map(({ kind, label }) => [kind, label]));

export const isKnownAuditKind = (kind: string) => LABELS.has(kind);

/** A person's name for a kind; a kind this page does not know yet is shown as the server names it. */
export const auditKindLabel = (kind: string) => LABELS.get(kind) ?? kind;
