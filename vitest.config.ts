import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

/**
 * graphql ships ESM and CJS builds; type-graphql and Apollo load the CJS one. Pinning every
 * import to it keeps one copy, so `instanceof GraphQLScalarType` checks hold in tests too.
 */
export const singleGraphql = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }];

const FOLDERS = "{kit,subgraphs,simulators,supergraph,integration,web,scripts}";

/**
 * Suites that take minutes or start whole processes run in CI through their own scripts, so that
 * `npm test` stays quick: `npm run test:slow` (processes killed mid-burst, `*.slow.test.ts`) and
 * `npm run test:browser` (Chromium against the whole platform).
 */
export const SLOW_FILES = ["integration/crash/**/*.test.ts", `${FOLDERS}/**/*.slow.test.{ts,tsx}`];
export const BROWSER_FILES = ["integration/browser/**/*.test.ts"];

/** `npm test`: unit, subgraph and integration tests on PGlite (or TEST_POSTGRES_URL). */
export default defineConfig({
  resolve: { alias: singleGraphql },
  test: {
    include: [`${FOLDERS}/**/*.test.{ts,tsx}`],
    exclude: ["**/node_modules/**", ...SLOW_FILES, ...BROWSER_FILES],
    // Generous on purpose: a test that passes idle must not time out with twice the load beside it.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Two-core machines: each test file opens several PGlite databases; keep parallelism modest.
    maxWorkers: 2,
  },
});
