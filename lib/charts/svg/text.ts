// Text cannot be measured on the server, so widths are estimated: a CJK glyph is about 1em, Latin
// letters about 0.6em (narrow and wide ones adjusted). The estimate errs wide, so a label that
// "fits" does fit; one that does not is wrapped, then shortened with its full text kept in a <title>.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ilIjtf.,:;'|!()[\]\s]/;
const CAPITAL = /[A-Z0-9MW@%&]/;

export function charWidth(char: string, fontSize: number): number {
  if (WIDE.test(char)) return fontSize;
  if (NARROW.test(char)) return fontSize * 0.34;
  if (CAPITAL.test(char)) return fontSize * 0.68;
  return fontSize * 0.6;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char, fontSize);
  return width;
}

/** Breakable pieces: Latin words with their following space (split after a hyphen too), and each CJK glyph on its own. */
function tokens(text: string): string[] {
  const pieces =
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6][\u3001\u3002\uff0c\uff09\u300d]?|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/gu,
    ) ?? [];
  return pieces.flatMap((piece) => piece.split(/(?<=[A-Za-z]-)(?=[A-Za-z])/));
}

const ELLIPSIS = "…";

/** The longest start of `text` that fits `width` with an ellipsis after it. */
function shorten(text: string, width: number, fontSize: number): string {
  const room = width - textWidth(ELLIPSIS, fontSize);
  let out = "";
  for (const char of text) {
    if (textWidth(out + char, fontSize) > room) break;
    out += char;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

export interface FittedText {
  lines: string[];
  /** True when text was cut: the drawing then carries the full text in a <title>. */
  shortened: boolean;
}

/** `text` in at most `maxLines` lines of at most `width`; the last line shortened if it must be. */
export function fitText(text: string, width: number, fontSize: number, maxLines: number): FittedText {
  const clean = text.replace(/\s+/g, " ").trim();
  if (textWidth(clean, fontSize) <= width) return { lines: [clean], shortened: false };
  const pieces = tokens(clean);
  const lines: string[] = [];
  let line = "";
  let lineStart = 0;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (!line || textWidth((line + piece).trimEnd(), fontSize) <= width) {
      line += piece;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // No more lines: the last one takes everything left and is cut to fit.
      const rest = pieces.slice(lineStart).join("").trim();
      return { lines: [...lines, shorten(rest, width, fontSize)], shortened: true };
    }
    lines.push(line.trimEnd());
    line = piece.trimStart();
    lineStart = index;
  }
  lines.push(line.trimEnd());
  // A single word wider than the line is cut too.
  const shortened = lines.some((l) => textWidth(l, fontSize) > width);
  return { lines: lines.map((l) => (textWidth(l, fontSize) > width ? shorten(l, width, fontSize) : l)), shortened };
}
