export { openSharedState, type SharedState } from "./shared-state";
export { type Claim, memoryUsedIdStore, type UsedIds, type UsedIdStore } from "./used-ids";
export { redisUsedIdStore } from "./redis-used-ids";
