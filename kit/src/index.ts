import "reflect-metadata";

export * from "./config/env";
export * from "./config/subgraph-config";
export * from "./db/database";
export * from "./errors";
export * from "./gateway-trust";
export * from "./ids";
export * from "./loaders/order-by-keys";
export * from "./money/decimal";
export * from "./paths";
export * from "./schema/build-subgraph-schema";
export * from "./schema/decimal-scalar";
export * from "./schema/money-type";
export * from "./server/listen";
export * from "./server/subgraph-server";
export * from "./subgraph";
