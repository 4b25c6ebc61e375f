import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Stored text is always rendered as text: no raw HTML anywhere (issue 9, XSS).
      "react/no-danger": "error",
    },
  },
  {
    // Layering: shared code never reaches into routes.
    files: ["components/**", "lib/**", "db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: ["@/app/*"] }] },
  },
];

export default config;
