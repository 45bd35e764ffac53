"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * A form that edits a versioned record. What each attempt is based on: the saved record after a
 * conflict, else what was posted last (echoed back with a field error), else the record as the
 * page loaded it, kept from the first render so a refresh underneath cannot move the base of an
 * open edit. `BaseFields` posts it for the action's three-way check.
 */
export function useVersionedForm(action: Action, record: { id: number; version: number } | undefined, initial: Record<string, string>) {
  const [state, formAction] = useActionState(action, null);
  const [base] = useState(() => ({ version: record?.version, original: JSON.stringify(initial) }));
  const conflict = state && !state.ok ? state.conflict : undefined;
  const echoed = state && !state.ok ? state.values : undefined;
  const version = conflict ? conflict.savedVersion : (echoed?.version ?? base.version);
  const original = conflict?.saved ? JSON.stringify(conflict.saved) : (echoed?.original ?? base.original);
  const baseFields = record ? (
    <>
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="original" value={original} />
    </>
  ) : null;
  return { state, formAction, conflict, baseFields };
}
