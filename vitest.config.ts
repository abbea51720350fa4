import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * graphql ships ESM and CJS builds; type-graphql and Apollo load the CJS one. Pinning every
 * import to it keeps one copy, so `instanceof GraphQLScalarType` checks hold in tests too.
 */
export const singleGraphql = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }];

const FOLDER_NAMES = ["kit", "subgraphs", "simulators", "supergraph", "integration", "web", "scripts"];
const FOLDERS = `{${FOLDER_NAMES.join(",")}}`;

/**
 * Suites that take minutes or start whole processes run in CI through their own scripts, so that
 * `npm test` stays quick: `npm run test:slow` (processes killed mid-burst, `*.slow.test.ts`) and
 * `npm run test:browser` (Chromium against the whole platform).
 */
export const SLOW_FILES = [
  "integration/crash/**/*.test.ts",
  "integration/replicas/**/*.test.ts",
  `${FOLDERS}/**/*.slow.test.{ts,tsx}`,
];
export const BROWSER_FILES = ["integration/browser/**/*.test.ts"];

/**
 * What a test file may change for every later file in its process: module mocks, stubbed globals
 * or environment, spies on shared objects, fake timers.
 */
const CHANGES_THE_PROCESS =
  /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|spyOn|useFakeTimers|resetModules)\(|process\.env\.\w+\s*=[^=]/;

function testFilesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "dist" ? [] : testFilesIn(file);
    return /\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * Files that need a fresh process for another reason. The committed schemas are printed in the
 * order type-graphql first registered each type, which is the order its module was first loaded
 * in the process: after other files loaded some of them, the same schema prints in another order.
 */
const FRESH_PROCESS_FILES = ["supergraph/src/compose/compose.test.ts"];

/** Test files that run in a process of their own (found by `CHANGES_THE_PROCESS`, so new ones are too). */
const OWN_PROCESS_FILES = [
  ...FRESH_PROCESS_FILES,
  ...FOLDER_NAMES.flatMap((folder) => testFilesIn(path.join(ROOT, folder)))
    .filter((file) => CHANGES_THE_PROCESS.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(ROOT, file).split(path.sep).join("/")),
];

const ALL_TESTS = [`${FOLDERS}/**/*.test.{ts,tsx}`];
const EXCLUDED = ["**/node_modules/**", ...SLOW_FILES, ...BROWSER_FILES];

/**
 * `npm test`: unit, subgraph and integration tests on PGlite (or TEST_POSTGRES_URL).
 *
 * A worker process runs file after file ("shared"), so the platform's modules, the compiled
 * PGlite and its migrated template load once per worker instead of once per file: most of the
 * suite's time went there. Every test still opens its own servers and databases and closes them;
 * files that change the process itself keep a process of their own ("own-process").
 */
export default defineConfig({
  resolve: { alias: singleGraphql },
  test: {
    // Generous on purpose: a test that passes idle must not time out with twice the load beside it.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Two-core machines: each test file opens several PGlite databases; keep parallelism modest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "shared", isolate: false, include: ALL_TESTS, exclude: [...EXCLUDED, ...OWN_PROCESS_FILES] },
      },
      ...(OWN_PROCESS_FILES.length
        ? [{ extends: true as const, test: { name: "own-process", include: OWN_PROCESS_FILES, exclude: EXCLUDED } }]
        : []),
    ],
  },
});
