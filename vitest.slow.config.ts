import { defineConfig } from "vitest/config";
import { SLOW_FILES, singleGraphql } from "./vitest.config.ts";

/** `npm run test:slow`: suites kept out of `npm test` for their length; CI runs them. */
export default defineConfig({
  resolve: { alias: singleGraphql },
  test: {
    include: SLOW_FILES,
    exclude: ["**/node_modules/**"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Each file starts real processes and loads them: one at a time keeps their timing honest.
    fileParallelism: false,
  },
});
