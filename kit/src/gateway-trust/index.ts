export * from "./gateway-token";
