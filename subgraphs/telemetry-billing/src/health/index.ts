import { VmHealthResolver } from "./vm-health.resolver";

/** `Vm.health(window)`, for the schema build. */
export const HEALTH_RESOLVERS = [VmHealthResolver] as const;

export { healthOf, PENALTY } from "./health-score";
export { VmHealth } from "./vm-health.type";
