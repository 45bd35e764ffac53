import { ChartFigure } from "@/components/charts/chart-figure";
import type { Block, ReportOutline, Section } from "@/lib/mission-report/build";

const HEADING_CLASS = {
  1: "mt-8 text-xl font-bold print:break-before-page",
  2: "mt-5 text-lg font-bold",
  3: "mt-4 ml-[1em] text-base font-bold",
} as const;

const BODY_CLASS = { 1: "ml-[2em]", 2: "ml-[2em]", 3: "ml-[3em]" } as const;

function ReportBlock({ block, level, zh }: { block: Block; level: 1 | 2 | 3; zh: boolean }) {
  switch (block.type) {
    case "chart":
      // The section's heading is the chart's title; the figure brings the drawing, caption and numbers.
      return (
        <div className={`${BODY_CLASS[level]} my-3 font-sans`}>
          <ChartFigure spec={block.spec} withHeading={false} locale={zh ? "zh-TW" : "en"} />
        </div>
      );
    case "paragraph":
      return (
        <p className={`${BODY_CLASS[level]} my-1 text-justify`}>
          {block.label ? (
            <strong>
              {block.label}
              {zh ? "：" : ": "}
            </strong>
          ) : null}
          {block.text}
        </p>
      );
    case "numbered":
      return (
        <p className={`${BODY_CLASS[level]} my-1 flex gap-2 text-justify ${block.level === 5 ? "pl-[1.5em]" : ""}`}>
          <span className="shrink-0">{block.number}</span>
          <span>{block.text}</span>
        </p>
      );
    case "table":
      return (
        <table className={`${BODY_CLASS[level]} my-3 w-[calc(100%-2em)] border-collapse text-sm`}>
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column} scope="col" className="border border-slate-400 bg-slate-100 px-2 py-1 text-left font-semibold">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, index) => (
              <tr key={index} className="break-inside-avoid">
                {row.map((cell, column) => (
                  <td key={column} className="border border-slate-400 px-2 py-1 align-top">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

function ReportSection({ section, zh }: { section: Section; zh: boolean }) {
  const Heading = section.level === 1 ? "h2" : section.level === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby={section.anchor} data-testid={`report-section-${section.level}`}>
      <Heading id={section.anchor} className={HEADING_CLASS[section.level]}>
        {section.heading}
      </Heading>
      {section.blocks.map((block, index) => (
        <ReportBlock key={index} block={block} level={section.level} zh={zh} />
      ))}
      {section.children.map((child) => (
        <ReportSection key={child.anchor} section={child} zh={zh} />
      ))}
    </section>
  );
}

function ContentsEntry({ section }: { section: Section }) {
  return (
    <li>
      <a href={`#${section.anchor}`} className="hover:underline">
        {section.heading}
      </a>
      {section.children.length ? (
        <ol className="ml-[2em]">
          {section.children.map((child) => (
            <ContentsEntry key={child.anchor} section={child} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/** The mission report as a printable A4 page: the same outline the .docx is made from. */
export function ReportView({ outline }: { outline: ReportOutline }) {
  const zh = outline.language === "zh-TW";
  return (
    <article
      lang={zh ? "zh-Hant-TW" : "en"}
      className="mx-auto max-w-[180mm] font-serif leading-relaxed text-slate-950 print:max-w-none"
      data-testid="mission-report"
    >
      <header className="flex min-h-[60vh] flex-col items-center justify-center gap-8 py-12 print:min-h-[250mm]">
        <p className="text-lg">{outline.kind}</p>
        <h1 className="text-center text-2xl font-bold">{outline.title}</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-2 gap-y-2">
          {outline.cover.map((line) => (
            <div key={line.label} className="contents">
              <dt className="font-bold">
                {line.label}
                {zh ? "：" : ":"}
              </dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <section aria-labelledby="summary" className="print:break-before-page">
        <h2 id="summary" className="mt-8 text-xl font-bold">
          {outline.summaryHeading}
        </h2>
        {outline.summary.map((paragraph, index) => (
          <p key={index} className={`my-1 text-justify ${zh ? "indent-[2em]" : ""}`}>
            {paragraph}
          </p>
        ))}
      </section>
      <nav aria-labelledby="contents" className="print:break-before-page">
        <h2 id="contents" className="mt-8 text-center text-xl font-bold">
          {outline.contentsHeading}
        </h2>
        <ol className="mt-3">
          {outline.sections.map((section) => (
            <ContentsEntry key={section.anchor} section={section} />
          ))}
        </ol>
      </nav>
      {outline.sections.map((section) => (
        <ReportSection key={section.anchor} section={section} zh={zh} />
      ))}
    </article>
  );
}
