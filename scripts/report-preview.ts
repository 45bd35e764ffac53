// `npm run report:preview`: the SCCP1 mission report as the seed writes it, in both languages, in a
// fresh SQLite database of its own: the .docx files, their PDFs made by LibreOffice (headless), and
// pictures of the Chinese report's first pages in docs/screenshots/mission-report-<n>.png (and the
// English one's in mission-report-en-<n>.png) for the README.
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(os.tmpdir(), "report-preview-"));
process.env.DATABASE_URL = `file:${path.join(dir, "preview.db")}`;
// The app's server modules refuse to load outside Next.js unless "server-only" is stubbed first.
await import(new URL("./lib/outside-next.mjs", import.meta.url).href);
const { applyPendingMigrations } = await import("../lib/db/apply-migrations");
const { db } = await import("../lib/db");
const { seedDatabase } = await import("../prisma/seed/seed");
const { loadMissionReport } = await import("../lib/mission-report/queries");
const { buildReport } = await import("../lib/mission-report/build");
const { reportDocx } = await import("../lib/mission-report/docx");
const { docxToPdf, pdfPagesToPng, sofficePath } = await import("../lib/mission-report/render-pdf");
const { officeToday } = await import("../lib/today");

try {
  await applyPendingMigrations(process.env.DATABASE_URL);
  await seedDatabase(db);
  const meeting = await db.meeting.findUnique({ where: { seedKey: "sccp-2024-sccp1" }, select: { id: true } });
  if (!meeting) throw new Error("The seed has no SCCP1 meeting.");
  const report = await loadMissionReport(meeting.id);
  if (!report) throw new Error("SCCP1's report could not be loaded.");
  const shots = path.resolve("docs/screenshots");
  mkdirSync(shots, { recursive: true });
  for (const language of ["zh-TW", "en"] as const) {
    const docx = path.join(dir, `mission-report-${language}.docx`);
    writeFileSync(docx, await reportDocx(buildReport(report, { language, today: officeToday() })));
    console.log(`Wrote ${docx}`);
    if (!sofficePath()) {
      console.log("LibreOffice (soffice) is not installed: no PDF or pictures. On Debian: apt-get install libreoffice-writer.");
      continue;
    }
    const pdf = await docxToPdf(docx);
    const name = language === "zh-TW" ? "mission-report" : "mission-report-en";
    copyFileSync(pdf, path.join(dir, `${name}.pdf`));
    for (const [index, png] of (await pdfPagesToPng(pdf, path.join(dir, name), 1, 3)).entries()) {
      const target = path.join(shots, `${name}-${index + 1}.png`);
      renameSync(png, target);
      console.log(`Wrote ${path.relative(process.cwd(), target)}`);
    }
    console.log(`Wrote ${pdf}`);
  }
} finally {
  await db.$disconnect();
  if (process.env.KEEP_PREVIEW !== "1") rmSync(path.join(dir, "preview.db"), { force: true });
}
