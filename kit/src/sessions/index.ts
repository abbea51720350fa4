export * from "./access-token";
