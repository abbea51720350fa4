import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

/**
 * graphql ships ESM and CJS builds; type-graphql and Apollo load the CJS one. Pinning every
 * import to it keeps one copy, so `instanceof GraphQLScalarType` checks hold in tests too.
 */
export const singleGraphql = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }];

export default defineConfig({
  resolve: { alias: singleGraphql },
  test: {
    include: ["{kit,subgraphs,supergraph,integration,web,scripts}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "integration/browser/**"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two-core machines: each test file opens several PGlite databases; keep parallelism modest.
    maxWorkers: 2,
  },
});
