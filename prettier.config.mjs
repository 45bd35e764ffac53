// The layout of the code is the formatter's, so reviews read changes rather than spacing.
// Wide lines: the codebase reads better with a rule on one line than folded over four.
/** @type {import("prettier").Config} */
const config = {
  printWidth: 160,
  plugins: ["@ianvs/prettier-plugin-sort-imports"],
  importOrder: ["<BUILTIN_MODULES>", "<THIRD_PARTY_MODULES>", "^@/(.*)$", "^[.]"],
  importOrderTypeScriptVersion: "5.9.3",
};

export default config;
