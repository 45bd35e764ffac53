"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useSyncExternalStore, type DragEvent, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_FILE_BYTES } from "@/lib/documents/limits";
import { DOCUMENT_FILE_TYPES } from "@/lib/documents/types";
import { translateMessage } from "@/lib/i18n/message";
import { FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";

interface UploadFormProps {
  /** itemId and/or meetingId for a new document; documentId and version for a new version. */
  hidden: Record<string, string | number>;
  returnTo: string;
  kinds: FieldOption[];
  languages: FieldOption[];
  /** A replacement starts from the document's details and may leave the title as it is. */
  initial?: { title: string; kind: string; language: string; apecNumber: string };
  submitLabel: string;
  label: string;
}

const subscribeNothing = () => () => {};
const ACCEPT = Object.values(DOCUMENT_FILE_TYPES)
  .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
  .join(",");
interface UploadAnswer {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/** The route's JSON answer; a proxy's or server's page of error (413, 502) is not one. */
function readAnswer(text: string): UploadAnswer | null {
  try {
    return JSON.parse(text) as UploadAnswer;
  } catch {
    return null;
  }
}

const MAX_MB = Math.round(MAX_FILE_BYTES / 1024 / 1024);

/**
 * A plain multipart form that the upload route answers with a redirect, so it works without
 * JavaScript. With it, the same form takes a dropped file and sends itself in the background,
 * showing the progress and the route's answer in place. The fields go in the route's order, the
 * file last, so the route has the details before the bytes.
 */
export function UploadForm({ hidden, returnTo, kinds, languages, initial, submitLabel, label }: UploadFormProps) {
  const t = useTranslations("documents.upload");
  const tAll = useTranslations();
  const router = useRouter();
  const fileId = useId();
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const scripted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [state, setState] = useState<ActionResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [over, setOver] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const replacing = "documentId" in hidden;

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const files = event.dataTransfer.files;
    if (!files.length || !input.current) return;
    input.current.files = files;
    setChosen(files[0]!.name);
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    // Refused here rather than after 25 MB have gone up; the route refuses it all the same.
    if (file && file.size > MAX_FILE_BYTES) {
      setState({ ok: false, message: t("tooLarge", { max: MAX_MB }) });
      return;
    }
    const body = new FormData(event.currentTarget);
    const request = new XMLHttpRequest();
    request.open("POST", event.currentTarget.action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (e) => setProgress(e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : null);
    request.onload = () => {
      setProgress(null);
      const answer = readAnswer(request.responseText);
      if (answer?.ok && request.status < 300) {
        setState({ ok: true, message: answer.message ?? t("done") });
        setChosen(null);
        form.current?.reset();
        router.refresh();
      } else {
        setState({ ok: false, message: answer?.message ?? t("failed", { status: request.status }), fieldErrors: answer?.fieldErrors });
      }
    };
    request.onerror = () => {
      setProgress(null);
      setState({ ok: false, message: t("networkError") });
    };
    setState(null);
    setProgress(0);
    request.send(body);
  }

  const busy = progress !== null;
  return (
    <form
      ref={form}
      method="post"
      encType="multipart/form-data"
      action="/documents/upload"
      onSubmit={scripted ? send : undefined}
      aria-label={label}
      className="grid gap-3 sm:grid-cols-2"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        name="title"
        label={t("title")}
        state={state}
        initial={initial?.title}
        required={!replacing}
        hint={replacing ? t("titleKeep") : undefined}
        className="sm:col-span-2"
      />
      <SelectField name="kind" label={t("kind")} state={state} initial={initial?.kind ?? "OTHER"} options={kinds} />
      <SelectField name="language" label={t("language")} state={state} initial={initial?.language ?? "en"} options={languages} />
      <TextField name="apecNumber" label={t("apecNumber")} state={state} initial={initial?.apecNumber} hint={t("apecNumberHint")} className="sm:col-span-2" />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={`flex flex-col gap-1 rounded-md border-2 border-dashed px-3 py-3 text-sm sm:col-span-2 ${over ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-slate-50"}`}
      >
        <label htmlFor={fileId} className="font-medium text-slate-700">
          {scripted ? t("fileDrop") : t("file")}
          <span className="text-rose-700"> *</span>
        </label>
        <input
          ref={input}
          id={fileId}
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-describedby={`${fileId}-hint`}
          onChange={(event) => setChosen(event.currentTarget.files?.[0]?.name ?? null)}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1 file:text-sm file:font-medium"
        />
        <p id={`${fileId}-hint`} className="text-xs text-slate-500">
          {chosen ? t("chosen", { name: chosen }) : t("fileHint", { max: MAX_MB })}
        </p>
        {state && !state.ok && state.fieldErrors?.file ? (
          <ul className="text-xs text-rose-800">
            {state.fieldErrors.file.map((error) => (
              <li key={error}>{translateMessage(tAll, error)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
        >
          {busy ? t("sending") : submitLabel}
        </button>
        {busy ? (
          <progress max={100} value={progress ?? undefined} aria-label={t("progress")} className="h-2 w-40">
            {progress}%
          </progress>
        ) : null}
      </div>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
