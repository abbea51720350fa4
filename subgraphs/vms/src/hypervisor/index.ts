export * from "./hypervisor.port";
export * from "./hypervisor.error";
export { HYPERVISOR_LIMITS } from "./hypervisor.limits";
export { loadHypervisorConfig } from "./hypervisor.config";
export { VSphereClient, type VSphereClientOptions } from "./vsphere/vsphere.client";
