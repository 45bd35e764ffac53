// The drawing is a plain tree of SVG elements serialised by one small function, not React: Next.js
// refuses react-dom/server in server code ("You're importing a component that imports
// react-dom/server"), and one string serves the page, the downloaded file and the PNG alike.

export type SvgAttributes = Record<string, string | number | undefined>;

export interface SvgElement {
  tag: string;
  attributes: SvgAttributes;
  children: SvgNode[];
}

/** An element, or text content (escaped when serialised). */
export type SvgNode = SvgElement | string;

export function el(tag: string, attributes: SvgAttributes = {}, children: SvgNode[] = []): SvgElement {
  return { tag, attributes, children };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text for element content or a double-quoted attribute (the only kind serialize writes). */
export function escapeXml(text: string): string {
  // Control characters are not allowed anywhere in XML: a name pasted with one still draws.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** Numbers with at most two decimals: smaller files, and the same text for the same drawing. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`A chart coordinate is not a finite number: ${value}.`);
  return String(Math.round(value * 100) / 100);
}

function attributeText(attributes: SvgAttributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === "number" ? formatNumber(value) : escapeXml(value)}"`)
    .join("");
}

export function serialize(node: SvgNode): string {
  if (typeof node === "string") return escapeXml(node);
  const inner = node.children.map(serialize).join("");
  return inner ? `<${node.tag}${attributeText(node.attributes)}>${inner}</${node.tag}>` : `<${node.tag}${attributeText(node.attributes)}/>`;
}
