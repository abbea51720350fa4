export { describeCollection, type PerformanceCollectionReport } from "./collection-report";
export { startPerformanceCollector, type CollectorSchedule, type RunningCollector } from "./collector.schedule";
export {
  createPerformanceCollector,
  type CollectorDeps,
  type CollectorOptions,
  type PerformanceCollector,
} from "./perf-collector";
export type { GuestDiskSample, PerformanceDelivery, PolledVm, VmPerformanceSample } from "./perf-sample";
export {
  loadTelemetrySink,
  RECORD_VM_PERFORMANCE,
  telemetryServiceSink,
  type PerformanceReceipt,
  type PerformanceSink,
} from "./performance-sink";
export { DEFAULT_COLLECTOR_CONFIG, loadCollectorConfig, type CollectorConfig } from "./telemetry.config";
