"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { db } from "../db";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import { applyPlan, ImportRefused } from "./apply";
import { MAX_FILE_BYTES } from "./limits";
import { kilobytes, parseImportFile, quoted } from "./parse";
import { buildPlan, type ImportReport } from "./plan";
import { importFormSchema } from "./schema";

export type ImportResult = ActionResult & {
  report?: ImportReport;
  /** Why the file as a whole cannot be read, each said on its own. */
  problems?: string[];
};

// A large file means thousands of small statements; SQLite runs them quickly, but not in
// Prisma's default five seconds.
const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/**
 * One action for both steps, told apart by the button pressed. "check" reads the file and reports
 * what it would change; "apply" reads the same file again, plans again inside the transaction that
 * writes, and goes on only if that plan is the one the officer checked (same file, same rows,
 * same saved values): the browser sends back nothing but that plan's hash.
 */
export async function importFile(_previous: ImportResult | null, formData: FormData): Promise<ImportResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: importFormSchema,
      run: async (input, user): Promise<ImportResult> => {
        const file = formData.get("file");
        if (!(file instanceof File) || (file.size === 0 && !file.name)) return { ok: false, message: msg("import.noFile") };
        // Checked before reading: the size is known from the request, the content is not needed.
        if (file.size > MAX_FILE_BYTES)
          return {
            ok: false,
            message: msg("import.fileRefused"),
            problems: [msg("import.tooLarge", { file: quoted(file.name), size: kilobytes(file.size), max: kilobytes(MAX_FILE_BYTES) })],
          };
        const parsed = await parseImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
        // The name is the browser's word and may be 16 KB long: the report and the audit trail keep it short.
        const name = quoted(file.name);
        if (!parsed.ok) return { ok: false, message: msg("import.fileRefused"), problems: parsed.problems };

        if (input.intent === "check") {
          const { report } = await db.$transaction((tx) => buildPlan(tx, parsed.file, name), TRANSACTION);
          const { create, update, unchanged, refuse } = report.counts;
          if (refuse) return { ok: false, message: msg("import.wouldRefuse", { count: refuse }), report };
          return { ok: true, message: msg(create + update ? "import.checked" : "import.nothingChanges", { create, update, unchanged }), report };
        }

        try {
          const counts = await writeTransaction(async (tx) => {
            const plan = await buildPlan(tx, parsed.file, name);
            if (plan.report.counts.refuse) throw new ImportRefused(msg("import.wouldRefuse", { count: plan.report.counts.refuse }), plan.report);
            if (plan.report.planHash !== input.planHash) throw new ImportRefused(msg("import.changedSinceCheck"), plan.report);
            if (plan.operations.length === 0) throw new ImportRefused(msg("import.nothingChanges", { unchanged: plan.report.counts.unchanged }), plan.report);
            return applyPlan(tx, plan, user.id, name, parsed.file.sha256);
          }, TRANSACTION);
          revalidatePath("/", "layout");
          return { ok: true, message: msg("import.applied", counts) };
        } catch (error) {
          if (error instanceof ImportRefused) return { ok: false, message: error.message, report: error.report };
          throw error;
        }
      },
    },
    formData,
  );
}
