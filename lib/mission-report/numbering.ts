// Headings of a mission report are numbered the way Taiwanese government documents number them:
// 壹、 for a part, 一、 for a section, （一） beneath it, then 1. and （1）. The English report uses
// the usual decimal outline instead. Either way a heading's number depends only on its place.
import type { ReportLanguage } from "./roc-date";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const FORMAL_DIGITS = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"];
const UNITS = ["", "十", "百", "千"];
const FORMAL_UNITS = ["", "拾", "佰", "仟"];

function numeral(n: number, digits: string[], units: string[]): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`${n} is not a heading number (1–9999).`);
  const parts = String(n).split("").map(Number);
  let text = "";
  let zeroPending = false;
  parts.forEach((digit, index) => {
    const unit = units[parts.length - 1 - index]!;
    if (digit === 0) {
      zeroPending = text !== "";
      return;
    }
    if (zeroPending) text += digits[0];
    zeroPending = false;
    text += digits[digit]! + unit;
  });
  // 十一, 十二 …: a leading 一十 is read and written as 十 (but 一百一十 keeps its 一).
  if (n >= 10 && n < 20) text = text.replace(new RegExp(`^${digits[1]}${units[1]}`), units[1]!);
  return text;
}

/** 1 → 一, 11 → 十一, 20 → 二十, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
  return numeral(n, DIGITS, UNITS);
}

/** The formal (大寫) numerals of a report's parts: 1 → 壹, 4 → 肆, 11 → 拾壹, 20 → 貳拾. */
export function formalNumeral(n: number): string {
  return numeral(n, FORMAL_DIGITS, FORMAL_UNITS);
}

/** a, b, … z, aa, ab … */
function letters(n: number): string {
  let text = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(97 + ((rest - 1) % 26)) + text;
  return text;
}

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  let text = "";
  let rest = n;
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      text += symbol;
      rest -= value;
    }
  }
  return text;
}

export const HEADING_LEVELS = 5;

/**
 * The number of the heading at `path` (1-based positions from the part down: [2, 4, 3] is the third
 * heading of the fourth section of the second part), with its separator, as it is printed before
 * the heading's text: 參、 一、 （一） 1. （1） in Chinese; 3. 3.4 (c) (i) – in English.
 */
export function headingNumber(path: readonly number[], language: ReportLanguage): string {
  const level = path.length;
  if (level < 1 || level > HEADING_LEVELS) throw new RangeError(`A heading is 1 to ${HEADING_LEVELS} levels deep, not ${level}.`);
  for (const n of path) if (!Number.isInteger(n) || n < 1) throw new RangeError(`${n} is not a heading's position.`);
  const n = path[level - 1]!;
  if (language === "zh-TW") {
    switch (level) {
      case 1:
        return `${formalNumeral(n)}、`;
      case 2:
        return `${chineseNumeral(n)}、`;
      case 3:
        return `（${chineseNumeral(n)}）`;
      case 4:
        return `${n}.`;
      default:
        return `（${n}）`;
    }
  }
  switch (level) {
    case 1:
      return `${n}.`;
    case 2:
      return `${path[0]}.${n}`;
    case 3:
      return `(${letters(n)})`;
    case 4:
      return `(${roman(n)})`;
    default:
      return `(${letters(n).toUpperCase()})`;
  }
}

/** A numbered heading as printed: 「壹、目的」 with no space after the Chinese separator, "1. Purpose" in English. */
export function numberedHeading(path: readonly number[], text: string, language: ReportLanguage): string {
  const number = headingNumber(path, language);
  if (language === "zh-TW") return path.length === 4 ? `${number} ${text}` : `${number}${text}`;
  return `${number} ${text}`;
}

/** The appendices' own numbering: 附錄一, 附錄二 … or Appendix 1, Appendix 2 … */
export function appendixNumber(n: number, language: ReportLanguage): string {
  return language === "zh-TW" ? `附錄${chineseNumeral(n)}` : `Appendix ${n}`;
}
