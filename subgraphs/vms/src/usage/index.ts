export {
  createUsageRelay,
  describeUsageRelay,
  toUsageChangeInput,
  USAGE_RELAY_DEFAULTS,
  type UsageRelay,
  type UsageRelayDeps,
  type UsageRelayOptions,
  type UsageRelayReport,
} from "./usage-relay";
export { startUsageRelay, type RunningUsageRelay, type UsageRelaySchedule } from "./usage-relay.schedule";
export { loadUsageRelayConfig, type UsageRelayConfig } from "./usage-relay.config";
export { usageOutboxGauge } from "./usage-outbox.metrics";
export {
  loadUsageSink,
  RECORD_VM_USAGE_CHANGES,
  telemetryUsageSink,
  type UsageReceipt,
  type UsageSink,
  type VmUsageChangeInput,
} from "./usage-sink";
