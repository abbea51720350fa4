export * from "./callers";
export * from "./gateway-keys";
export * from "./graphql-request";
export * from "./test-database";
export * from "./test-subgraph";
