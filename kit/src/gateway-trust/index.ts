export * from "./gateway-keys";
export * from "./gateway-token";
