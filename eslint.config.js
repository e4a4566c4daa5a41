// Lint rules. The one that matters most: src/core stays pure (no UI, storage or DOM imports),
// so the app, the Web Workers and the command line can all share it.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const forbiddenInCore = ["react", "react-dom", "react-dom/*", "dexie", "dexie-react-hooks", "@tiptap/*", "d3", "d3-*", "zustand", "zustand/*", "mammoth", "papaparse", "playwright-core"];

export default tseslint.config(
  { ignores: ["dist", "dist-cli", "node_modules", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.tsx", "src/state/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: {
      globals: {},
    },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: forbiddenInCore, message: "src/core is pure domain logic: no UI, storage, editor or chart libraries." },
            { group: ["**/persistence/**", "**/state/**", "**/ui/**", "**/app/**", "**/editor/**", "**/viz/**", "**/workers/**", "**/formats/**"], message: "src/core must not depend on outer layers." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "navigator", "localStorage", "indexedDB", "HTMLElement"],
    },
  },
);
