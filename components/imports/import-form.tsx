"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { translateMessage } from "@/lib/i18n/message";
import { importFile } from "@/lib/imports/actions";
import { ACCEPTED_TYPES, MAX_FILE_BYTES, MAX_ROWS } from "@/lib/imports/limits";
import { FormMessage } from "../forms/fields";
import { Notice } from "../ui/notice";
import { ImportReportTable } from "./import-report";

const megabytes = (bytes: number) => Math.floor(bytes / 1024 / 1024);
const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

/**
 * Check first, then apply the same file. The file stays chosen between the two: React resets a
 * form after its action, so with JavaScript the post is made by hand; the server reads the file
 * again for the apply and trusts nothing from the check but the hash of its plan.
 */
export function ImportForm() {
  const t = useTranslations("import");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(importFile, null);
  const [intent, setIntent] = useState<"check" | "apply">("check");
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const report = state?.report;
  const canApply = Boolean(state?.ok && report && report.counts.refuse === 0 && report.counts.create + report.counts.update > 0);

  return (
    <form
      encType="multipart/form-data"
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const data = new FormData(event.currentTarget, submitter);
        const file = data.get("file");
        // The server refuses it too; this spares sending a file that cannot be taken.
        if (file instanceof File && file.size > MAX_FILE_BYTES) {
          setTooLarge(t("tooLarge", { file: file.name, size: kilobytes(file.size), max: kilobytes(MAX_FILE_BYTES) }));
          return;
        }
        setTooLarge(null);
        setIntent(data.get("intent") === "apply" ? "apply" : "check");
        startTransition(() => formAction(data));
      }}
      className="flex flex-col gap-4"
    >
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">{t("fileLabel")}</span>
          <input type="file" name="file" accept={ACCEPTED_TYPES} required aria-describedby="import-file-hint" className="text-sm" />
          <span id="import-file-hint" className="text-xs text-slate-500">
            {t("fileHint", { max: megabytes(MAX_FILE_BYTES), rows: MAX_ROWS })}
          </span>
        </label>
        <button
          type="submit"
          name="intent"
          value="check"
          disabled={pending}
          className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending && intent === "check" ? t("checking") : t("check")}
        </button>
      </div>

      {tooLarge ? <Notice title={t("problemsTitle")}>{tooLarge}</Notice> : null}
      <FormMessage state={state} />
      {state?.problems?.length ? (
        <Notice title={t("problemsTitle")}>
          <ul className="list-disc pl-5">
            {state.problems.map((problem) => (
              <li key={problem}>{translateMessage(tAll, problem)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {report ? <ImportReportTable report={report} /> : null}

      {canApply && report ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <input type="hidden" name="planHash" value={report.planHash} />
          <button
            type="submit"
            name="intent"
            value="apply"
            disabled={pending}
            className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {pending && intent === "apply" ? t("applying") : t("apply")}
          </button>
          <p className="text-slate-600">{t("applyHint")}</p>
        </div>
      ) : null}
    </form>
  );
}
