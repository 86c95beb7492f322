import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

// eslint-plugin-office-addins 4.0.10: its configs leave languageOptions.parser undefined (so espree is used)
// and scope the TypeScript rules to js/ts only. Widen to tsx and set the parser explicitly.
const officeReact = officeAddins.configs.react.map((c) =>
  c.files && c.files.includes("**/*.{js,mjs,cjs,ts,cts,mts}") ? { ...c, files: ["**/*.{js,mjs,cjs,ts,cts,mts,jsx,tsx}"] } : c
);

export default [
  { ignores: ["dist/**", "coverage/**", "node_modules/**", "*.config.js", "*.config.mjs"] },
  ...officeReact,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { parser: tseslint.parser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-undef": "off", // TypeScript checks globals (Office, Excel, CustomFunctions, DOM)
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["scripts/**/*.js", "test/e2e/**/*.js", "bench/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off", "no-undef": "off" },
  },
];
