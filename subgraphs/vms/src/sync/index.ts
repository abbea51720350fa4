export { syncInventory, type InventorySyncReport, type SyncOptions } from "./inventory-sync";
export { startInventorySync, describeSync, type InventorySyncSchedule } from "./sync.schedule";
export { tierOfDatastore } from "./vcenter-vm";
