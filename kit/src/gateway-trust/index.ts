export * from "./gateway-token";
export * from "./gateway-token-verifier";
export * from "./request-binding";
export * from "./used-token-ids";
