export * from "./service-client";
export * from "./service-token";
