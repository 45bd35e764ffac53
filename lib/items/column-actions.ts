"use server";

import { runAction } from "../actions/run";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import { setOwnTableColumns } from "../users/mutations";
import { columnVisibilitySchema } from "./columns";
import { ALWAYS_SHOWN, readVisibility } from "./table-options";

/** Remembers which work-plan columns this officer shows, on every device they sign in from. */
export async function saveTableColumns(formData: FormData) {
  return runAction(
    {
      role: "VIEWER",
      schema: columnVisibilitySchema,
      run: async ({ columns }, user) => {
        // The schema wants every column; the title is shown whatever a forged post says.
        const after = { ...columns };
        for (const column of ALWAYS_SHOWN) after[column] = true;
        await writeTransaction((tx) => setOwnTableColumns(tx, user, { before: readVisibility(user.tableColumns), after }));
        return { ok: true, message: msg("a.columnsSaved") };
      },
    },
    formData,
  );
}
