// The two languages must say the same things: a key in one catalogue and not the other, a
// message whose placeholders differ, or a key the code uses that neither has, fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zhTW from "@/lib/i18n/messages/zh-TW.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const EN = flatten(en as Tree);
const ZH = flatten(zhTW as Tree);

/** The top-level argument names of an ICU message ({name}, {count, plural, …}). */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z][\w]*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("the English and Traditional Chinese catalogues", () => {
  it("have exactly the same keys", () => {
    expect(Object.keys(ZH).filter((key) => !(key in EN))).toEqual([]);
    expect(Object.keys(EN).filter((key) => !(key in ZH))).toEqual([]);
  });

  it("use the same placeholders for every message, and none is empty", () => {
    // Values sent in both languages' forms ("economy" and "economyZh") count as one placeholder.
    const normalised = (names: string[]) => [...new Set(names.map((name) => name.replace(/Zh$/, "")))].sort();
    for (const key of Object.keys(EN)) {
      expect(normalised(argumentsOf(ZH[key]!)), key).toEqual(normalised(argumentsOf(EN[key]!)));
      expect(EN[key]!.trim(), key).not.toBe("");
      // "<" opens a rich-text tag in ICU messages, which these catalogues never use.
      expect(EN[key]! + ZH[key]!, key).not.toMatch(/<[A-Za-z/]/);
      expect(ZH[key]!.trim(), key).not.toBe("");
    }
  });

  it("format every message in both languages without error", () => {
    for (const [locale, messages] of [
      ["en", en],
      ["zh-TW", zhTW],
    ] as const) {
      const t = createTranslator({
        locale,
        messages,
        onError: (error) => {
          throw error;
        },
      });
      for (const [key, text] of Object.entries(locale === "en" ? EN : ZH)) {
        const values = Object.fromEntries(argumentsOf(text).map((name) => [name, 2]));
        expect(() => t(key as never, values as never), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it("hold every message key the server code sends", () => {
    const root = path.resolve(import.meta.dirname, "../../lib");
    const used = new Set(sourceFiles(root).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bmsg\(\s*"([\w.]+)"/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in EN))).toEqual([]);
  });
});

describe("translation keys the components use", () => {
  // Parses every source file with TypeScript: seconds on a busy machine, and more as the code grows.
  it("all exist in the catalogue", { timeout: 60_000 }, async () => {
    const ts = (await import("typescript")).default;
    const root = path.resolve(import.meta.dirname, "../..");
    const files = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components")), ...sourceFiles(path.join(root, "lib"))];
    const missing: string[] = [];
    let checked = 0;
    const namespaceOf = (call: import("typescript").Node | undefined): string | null => {
      let node = call;
      while (node && ts.isAwaitExpression(node)) node = node.expression;
      if (!node || !ts.isCallExpression(node)) return null;
      const callee = node.expression.getText();
      if (callee !== "useTranslations" && callee !== "getTranslations") return null;
      const arg = node.arguments[0];
      return arg && ts.isStringLiteral(arg) ? arg.text : "";
    };
    for (const file of files) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, "utf8"),
        ts.ScriptTarget.Latest,
        true,
        file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const namespaces = new Map<string, string>();
      const collect = (node: import("typescript").Node) => {
        if (ts.isVariableDeclaration(node) && node.initializer) {
          if (ts.isIdentifier(node.name)) {
            const ns = namespaceOf(node.initializer);
            if (ns !== null) namespaces.set(node.name.text, ns);
          } else if (ts.isArrayBindingPattern(node.name)) {
            let init: import("typescript").Node = node.initializer;
            while (ts.isAwaitExpression(init)) init = init.expression;
            const list = ts.isCallExpression(init) && init.arguments[0] && ts.isArrayLiteralExpression(init.arguments[0]) ? init.arguments[0].elements : [];
            node.name.elements.forEach((element, index) => {
              if (ts.isBindingElement(element) && ts.isIdentifier(element.name)) {
                const ns = namespaceOf(list[index]);
                if (ns !== null) namespaces.set(element.name.text, ns);
              }
            });
          }
        }
        ts.forEachChild(node, collect);
      };
      collect(source);
      const check = (node: import("typescript").Node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) {
          const arg = node.arguments[0];
          if (arg && ts.isStringLiteral(arg)) {
            const ns = namespaces.get(node.expression.text)!;
            const key = ns ? `${ns}.${arg.text}` : arg.text;
            checked++;
            if (!(key in EN)) missing.push(`${path.relative(root, file)}: ${key}`);
          }
        }
        ts.forEachChild(node, check);
      };
      check(source);
    }
    expect(checked).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });
});
