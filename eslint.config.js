import js from "@eslint/js";
import tseslint from "typescript-eslint";

const SUBGRAPHS = ["tenancy", "wallet", "catalog", "vms", "telemetry-billing"];

/** A subgraph may use the kit, never another subgraph. */
const subgraphBoundaries = SUBGRAPHS.map((name) => ({
  files: [`subgraphs/${name}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: SUBGRAPHS.filter((other) => other !== name).flatMap((other) => [
              `@dcx/${other}`,
              `**/subgraphs/${other}/**`,
            ]),
            message: "Subgraphs never import each other; share through @dcx/kit or the graph.",
          },
          { group: ["@dcx/supergraph", "@dcx/web"], message: "Subgraphs depend on the kit only." },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", ".data/**", "web/src/gql/**", "drizzle/**", "schema/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["kit/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@dcx/*", "!@dcx/kit"], message: "The kit holds no domain code." }] },
      ],
    },
  },
  ...subgraphBoundaries,
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
);
