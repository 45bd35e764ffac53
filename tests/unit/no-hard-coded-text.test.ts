// Every word an officer reads comes from the catalogues. This reads each component and page as a
// syntax tree and fails on text between tags, or on a user-facing attribute, written as a literal.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const USER_FACING_ATTRIBUTES = new Set([
  "title",
  "label",
  "placeholder",
  "aria-label",
  "alt",
  "confirm",
  "empty",
  "hint",
  "subtitle",
  "aside",
  "pendingText",
  "submitLabel",
  "caption",
]);
/** Letters of any script; punctuation, numbers and symbols such as "·" or "↑" are not words. */
const WORDS = /[\p{L}]{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? tsxFiles(full) : name.endsWith(".tsx") ? [full] : [];
  });
}

function literalText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(source))) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value.text
          : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
            ? value.expression.text
            : null;
      if (literal && WORDS.test(literal)) found.push(`${node.name.getText(source)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${path.relative(ROOT, file)}: ${text}`);
}

describe("user-facing text", () => {
  it("is never written into a component or page", () => {
    const files = [...tsxFiles(path.join(ROOT, "app")), ...tsxFiles(path.join(ROOT, "components"))];
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(literalText)).toEqual([]);
  });

  it("would be caught", () => {
    const probe = path.join(ROOT, "tests/unit/fixtures/hard-coded.tsx");
    expect(literalText(probe)).toEqual([
      "tests/unit/fixtures/hard-coded.tsx: Save changes",
      'tests/unit/fixtures/hard-coded.tsx: aria-label="Close the dialog"',
      "tests/unit/fixtures/hard-coded.tsx: 儲存",
    ]);
  });
});
