"use server";

import { runAction } from "../actions/run";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { msg } from "../i18n/message";
import { columnVisibilitySchema } from "./columns";
import { ALWAYS_SHOWN, readVisibility } from "./table-options";

/** Remembers which work-plan columns this officer shows, on every device they sign in from. */
export async function saveTableColumns(formData: FormData) {
  return runAction(
    {
      role: "VIEWER",
      schema: columnVisibilitySchema,
      run: async ({ columns }, user) => {
        await db.$transaction(async (tx) => {
          const current = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { tableColumns: true } });
          const before = readVisibility(current.tableColumns);
          // The schema wants every column; the title is shown whatever a forged post says.
          const after = { ...columns };
          for (const column of ALWAYS_SHOWN) after[column] = true;
          await tx.user.update({ where: { id: user.id }, data: { tableColumns: JSON.stringify(after) } });
          await recordAudit(tx, {
            userId: user.id,
            action: "user.tableColumns",
            entityType: "User",
            entityId: user.id,
            summary: msg("audit.tableColumns"),
            before,
            after,
          });
        });
        return { ok: true, message: msg("a.columnsSaved") };
      },
    },
    formData,
  );
}
