export * from "./service-client";
export * from "./service-token";
export * from "./organization-contacts";
