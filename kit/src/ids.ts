const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Text PostgreSQL accepts as a uuid; anything else would make a query fail with a cast error. */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/** Ids that cannot be UUIDs cannot exist: filter them out before they reach a query. */
export const validUuids = (ids: readonly string[]): string[] => ids.filter(isUuid);
