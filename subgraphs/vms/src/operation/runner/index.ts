export { startOperationRunner, OPERATIONS_QUEUE, JOB_SCHEMA, type OperationRunner } from "./operation-runner";
export { loadRunnerOptions, DEFAULT_RUNNER_OPTIONS, type RunnerOptions } from "./runner.config";
export type { SweepResult } from "./operation.sweep";
