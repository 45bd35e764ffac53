"use client";

import type { Route } from "next";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ActionResult } from "@/lib/actions/result";

type Conflict = NonNullable<Extract<ActionResult, { ok: false }>["conflict"]>;

/**
 * What a versioned form says when someone saved the record after it was opened: the fields both
 * changed differently become choices (drawn by each field), this panel says what to do with them,
 * and offers the way out to the saved record.
 */
export function ConflictPanel({ conflict, subject, cancelHref }: { conflict: Conflict; subject: "item" | "meeting"; cancelHref: Route }) {
  const t = useTranslations("forms");
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="conflict">
      <h2 className="font-semibold">{t("conflictTitle", { subject })}</h2>
      <p className="mt-1">
        {conflict.fields.length ? t("conflictChoose") : t("conflictNone")}{" "}
        <Link href={cancelHref} className="font-medium underline">
          {t("conflictCancel", { subject })}
        </Link>
        .
      </p>
    </div>
  );
}
