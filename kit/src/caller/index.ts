export * from "./caller";
export * from "./scope";
