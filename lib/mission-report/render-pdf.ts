// The report as a reader without Word sees it: converted to PDF by LibreOffice (headless) and its
// pages drawn by poppler's pdftoppm, for the README's picture and for the test that the headings
// survive another program's reading. Tools only; nothing here runs in the app's requests.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** LibreOffice's command, or null when it is not installed (Debian: apt-get install libreoffice-writer). */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** Converts a .docx to a PDF beside it and returns the PDF's path. */
export async function docxToPdf(docxPath: string): Promise<string> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed.");
  // A profile of its own, so a conversion never waits on (or breaks) another LibreOffice running.
  const profile = mkdtempSync(path.join(os.tmpdir(), "soffice-profile-"));
  try {
    await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", path.dirname(docxPath), docxPath], {
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = docxPath.replace(/\.docx$/i, ".pdf");
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}.`);
  return pdf;
}

/** The PDF's text, page by page in reading order (poppler's pdftotext). */
export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run("pdftotext", ["-layout", pdfPath, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Draws pages `first`–`last` as PNGs named `<prefix>-<n>.png` and returns their paths in page order. */
export async function pdfPagesToPng(pdfPath: string, prefix: string, first: number, last: number, dpi = 60): Promise<string[]> {
  await run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(first), "-l", String(last), pdfPath, prefix]);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith(".png"))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((name) => path.join(dir, name));
}
