// The mission report as a Word document: A4, the cover on its own page, 摘要, a real table of
// contents field over headings 1–3, and every heading in a Heading style so Word's navigation pane
// and its Update Table work. Chinese text is set in a Traditional Chinese font named for East Asian
// characters; Word and LibreOffice fall back to the system's own CJK font when it is missing.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { chartPng } from "../charts/render-png";
import { chartSize } from "../charts/render-svg";
import type { Block, ReportOutline, Section } from "./build";

/** Noto CJK ships with most Linux systems and LibreOffice; Word on Windows falls back to 新細明體 for zh-TW text. */
export const CJK_FONT = "Noto Serif CJK TC";
const LATIN_FONT = "Times New Roman";
const FONT = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: CJK_FONT };

// Sizes in half-points, lengths in twentieths of a point (twips).
const BODY_SIZE = 28;
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1440;
const CHARACTER = 280;
/** Twips per pixel at Word's 96 pixels to the inch. */
const TWIPS_PER_PIXEL = 15;
/** A chart's picture is drawn at twice its size, so it stays sharp in print. */
const CHART_SCALE = 2;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function headingStyle(size: number, indent: number, outlineLevel: number) {
  return {
    run: { font: FONT, size, bold: true, color: "000000" },
    paragraph: { spacing: { before: 240, after: 120 }, indent: { left: indent }, keepNext: true, keepLines: true, outlineLevel },
  };
}

/** How far a section's text sits in from the margin: under its heading's text, as the source report sets it. */
function bodyIndent(level: number): number {
  return level === 1 ? CHARACTER * 2 : level === 2 ? CHARACTER * 2 : CHARACTER * 3;
}

function runs(text: string, label?: string, zh = true): TextRun[] {
  return label ? [new TextRun({ text: `${label}${zh ? "：" : ": "}`, bold: true }), new TextRun(text)] : [new TextRun(text)];
}

function blockChildren(block: Block, level: number, zh: boolean): FileChild[] {
  const left = bodyIndent(level);
  switch (block.type) {
    case "paragraph":
      return [new Paragraph({ children: runs(block.text, block.label, zh), indent: { left }, alignment: AlignmentType.JUSTIFIED })];
    case "numbered": {
      const hanging = zh ? CHARACTER * (block.level === 4 ? 1.5 : 2) : CHARACTER * 2.5;
      const indent = left + (block.level === 5 ? CHARACTER * 1.5 : 0) + hanging;
      return [
        new Paragraph({
          children: [new TextRun(`${block.number}${zh && block.level === 5 ? "" : zh ? " " : "\t"}`), new TextRun(block.text)],
          indent: { left: indent, hanging },
          alignment: AlignmentType.JUSTIFIED,
        }),
      ];
    }
    case "chart": {
      // As wide as the text beside it allows, never wider than the drawing.
      const natural = chartSize(block.spec);
      const room = (A4.width - 2 * MARGIN - left) / TWIPS_PER_PIXEL;
      const width = Math.min(natural.width, room);
      const height = Math.round((natural.height * width) / natural.width);
      return [
        new Paragraph({
          indent: { left },
          keepNext: true,
          // The body's fixed line height would crop the picture to one line in LibreOffice.
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 120 },
          children: [
            new ImageRun({
              type: "png",
              data: chartPng(block.spec, { scale: CHART_SCALE }),
              transformation: { width: Math.round(width), height },
              altText: { name: block.spec.name, title: block.spec.title, description: block.spec.description },
            }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: block.spec.description, size: BODY_SIZE - 4 })], indent: { left }, keepNext: true }),
        ...blockChildren(block.table, level, zh),
      ];
    }
    case "table": {
      const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
      const borders = { top: border, bottom: border, left: border, right: border };
      const cell = (text: string, header: boolean) =>
        new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: BODY_SIZE - 4 })] })] });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.columns.map((c) => cell(c, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((c) => cell(c, false)) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}

function sectionChildren(section: Section, zh: boolean): FileChild[] {
  return [
    new Paragraph({ heading: HEADINGS[section.level], children: [new TextRun(section.heading)], pageBreakBefore: section.level === 1 }),
    ...section.blocks.flatMap((block) => blockChildren(block, section.level, zh)),
    ...section.children.flatMap((child) => sectionChildren(child, zh)),
  ];
}

/** The report as a .docx file. */
export async function reportDocx(outline: ReportOutline): Promise<Buffer> {
  const zh = outline.language === "zh-TW";
  // Latin text is English in both reports: marked as Chinese, LibreOffice breaks English words anywhere.
  const language = { value: "en-GB", eastAsia: "zh-TW" };
  const cover: FileChild[] = [
    new Paragraph({ children: [], spacing: { before: 2400 } }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: outline.kind, size: 32 })], spacing: { after: 720 } }),
    new Paragraph({ style: "Title", alignment: AlignmentType.CENTER, children: [new TextRun(outline.title)], spacing: { after: 1440 } }),
    ...outline.cover.map(
      (line) =>
        new Paragraph({
          indent: { left: CHARACTER * 4 },
          spacing: { after: 160 },
          children: [new TextRun({ text: `${line.label}${zh ? "：" : ": "}`, bold: true }), new TextRun(line.value)],
        }),
    ),
  ];
  const summary: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(outline.summaryHeading)] }),
    ...outline.summary.map(
      (text) => new Paragraph({ children: [new TextRun(text)], indent: { firstLine: zh ? CHARACTER * 2 : 0 }, alignment: AlignmentType.JUSTIFIED }),
    ),
  ];
  const contents: FileChild[] = [
    new Paragraph({ style: "TOCHeading", pageBreakBefore: true, children: [new TextRun(outline.contentsHeading)] }),
    new TableOfContents(outline.contentsHeading, { hyperlink: true, headingStyleRange: "1-3" }),
  ];

  const document = new Document({
    title: outline.title,
    creator: outline.organisation ?? "SCCP Tracker",
    description: outline.kind,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language },
          paragraph: { spacing: { line: 400, after: 80 } },
        },
        title: { run: { font: FONT, size: 40, bold: true, color: "000000" }, paragraph: { alignment: AlignmentType.CENTER } },
        heading1: headingStyle(32, 0, 0),
        heading2: headingStyle(30, 0, 1),
        heading3: headingStyle(BODY_SIZE, CHARACTER, 2),
      },
      paragraphStyles: [
        {
          id: "TOCHeading",
          name: "TOC Heading",
          basedOn: "Normal",
          next: "Normal",
          run: { font: FONT, size: 32, bold: true },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
        },
        children: [...cover, ...summary, ...contents, ...outline.sections.flatMap((section) => sectionChildren(section, zh))],
      },
    ],
  });
  return Packer.toBuffer(document);
}
