// ESLint (flat config): TypeScript's recommended rules and React's hooks rules, zero
// warnings (`npm run lint`). Layers and import cycles are dependency-cruiser's
// (.dependency-cruiser.cjs), which counts type imports too.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/server/db/generated/**",
      "lib/server/db/generated-postgres/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts}"],
    rules: {
      // Unused names are errors, except those that say so with a leading underscore.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // React code only: Playwright's and Vitest's fixtures call a `use` that is no hook.
    files: ["app/**/*.tsx", "components/**/*.{ts,tsx}", "lib/features/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    plugins: { "react-hooks": reactHooks },
    // The hooks rules proper. The plugin's React Compiler rules (refs, set-state-in-effect,
    // immutability) are left off: the app is not built with the compiler, and they ask for
    // rewrites of six components (portal toolbar, portlet, theme toggle, unread count, add-task
    // form, setup filters) that are better done once the UI branches have merged.
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        module: "writable",
        require: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        Buffer: "readonly",
      },
    },
  },
);
