export { startVcenterSimulator, type VcenterSimulator, type VcenterSimulatorOptions } from "./server/vcenter-simulator";
export { demoInventory, DEMO_VMS } from "./inventory/demo-inventory";
export { generatedInventory, type GeneratedInventoryOptions } from "./inventory/generated-inventory";
export {
  buildInventory,
  DATACENTER_NAME,
  DATASTORES,
  PORT_GROUPS,
  type InventoryPlan,
  type VmPlan,
} from "./inventory/inventory-builder";
export { GUEST_OS } from "./inventory/guest-os";
export { PERF_COUNTERS, COUNTER_BY_NAME } from "./perf/counter-info";
export type { InventoryState, VmRecord, PowerState, StorageTier } from "./model/inventory.types";
export { runVcenterSimulator } from "./run";
