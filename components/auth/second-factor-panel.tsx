"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { confirmTotpSetUp, regenerateRecoveryCodes, startTotpSetUp, turnOffSecondFactor } from "@/lib/auth/second-factor-actions";
import { FormMessage, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import type { SecondFactorLabels } from "./second-factor-labels";

export interface SecondFactorView {
  on: boolean;
  required: boolean;
  /** Whether it is on and since when, and whether it is required, in the reader's language. */
  status: string;
  /** How many recovery codes are left, in the reader's language. */
  recoveryLeft: string;
  /** A set-up under way: the QR code (an SVG data address) and the secret for typing in by hand. */
  pending: { qr: string; secret: string } | null;
}

/**
 * The officer's second factor: set up from a QR code, confirmed with a code, then the recovery
 * codes shown once. One component for every state, so the codes stay on screen when the page
 * re-renders with the factor on.
 */
export function SecondFactorPanel({ view, labels: t }: { view: SecondFactorView; labels: SecondFactorLabels }) {
  const [startState, startAction] = useActionState(startTotpSetUp, null);
  const [confirmState, confirmAction] = useActionState(confirmTotpSetUp, null);
  const [regenerateState, regenerateAction] = useActionState(regenerateRecoveryCodes, null);
  const [offState, offAction] = useActionState(turnOffSecondFactor, null);
  // The latest codes handed over, until the officer says they are kept.
  const handedOver = [regenerateState, confirmState].find((state) => state?.ok && state.secret) ?? null;
  const [dismissed, setDismissed] = useState<ActionResult | null>(null);
  const codes = handedOver?.ok && handedOver !== dismissed ? handedOver.secret!.split("\n") : null;

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-slate-700" data-testid="second-factor-status">
        {view.status}
      </p>
      {codes ? <RecoveryCodes codes={codes} labels={t} onDone={() => setDismissed(handedOver)} /> : null}
      {!view.on && !view.pending ? (
        <form action={startAction} className="flex flex-col items-start gap-3">
          <FormMessage state={startState} />
          <p className="text-sm text-slate-700">{t.startHelp}</p>
          <SubmitButton>{t.start}</SubmitButton>
        </form>
      ) : null}
      {!view.on && view.pending ? <SetUp pending={view.pending} state={confirmState} action={confirmAction} labels={t} /> : null}
      {view.on ? (
        <>
          <section className="flex flex-col gap-3" aria-labelledby="recovery-heading">
            <h2 id="recovery-heading" className="text-base font-semibold text-slate-900">
              {t.recoveryHeading}
            </h2>
            <p className="text-sm text-slate-700" data-testid="recovery-codes-left">
              {view.recoveryLeft}
            </p>
            <form action={regenerateAction} className="flex flex-col gap-3" aria-label={t.regenerate} noValidate>
              {regenerateState?.ok ? null : <FormMessage state={regenerateState} />}
              <TextField name="code" label={t.codeLabel} state={regenerateState} hint={t.regenerateHelp} className="max-w-xs" />
              <div>
                <SubmitButton tone="secondary">{t.regenerate}</SubmitButton>
              </div>
            </form>
          </section>
          {view.required ? null : (
            <section className="flex flex-col gap-3" aria-labelledby="turn-off-heading">
              <h2 id="turn-off-heading" className="text-base font-semibold text-slate-900">
                {t.turnOffHeading}
              </h2>
              <form action={offAction} className="flex flex-col gap-3" aria-label={t.turnOff} noValidate>
                <FormMessage state={offState} />
                <TextField name="proof" type="password" label={t.proofLabel} state={offState} hint={t.proofHelp} className="max-w-xs" />
                <div>
                  <SubmitButton tone="danger">{t.turnOff}</SubmitButton>
                </div>
              </form>
            </section>
          )}
        </>
      ) : null}
      {offState?.ok ? <FormMessage state={offState} /> : null}
    </div>
  );
}

function SetUp({
  pending,
  state,
  action,
  labels: t,
}: {
  pending: { qr: string; secret: string };
  state: ActionResult | null;
  action: (formData: FormData) => void;
  labels: SecondFactorLabels;
}) {
  return (
    <section className="flex flex-col gap-4" aria-labelledby="set-up-heading">
      <h2 id="set-up-heading" className="text-base font-semibold text-slate-900">
        {t.setUpHeading}
      </h2>
      <ol className="flex list-decimal flex-col gap-3 pl-5 text-sm text-slate-700">
        <li>
          {t.stepScan}
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG made on the server, nothing for next/image to optimise */}
          <img src={pending.qr} alt={t.qrAlt} width={192} height={192} className="mt-2 rounded-md border border-slate-200 bg-white p-2" />
        </li>
        <li>
          {t.stepManual}{" "}
          <code className="select-all break-all rounded bg-slate-100 px-2 py-1 font-mono text-sm text-slate-900" data-testid="totp-secret">
            {pending.secret.match(/.{1,4}/g)!.join(" ")}
          </code>
        </li>
        <li>{t.stepConfirm}</li>
      </ol>
      <form action={action} className="flex flex-col gap-3" aria-label={t.confirm} noValidate>
        <FormMessage state={state} />
        <TextField name="code" label={t.codeLabel} state={state} className="max-w-xs" />
        <div>
          <SubmitButton>{t.confirm}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

function RecoveryCodes({ codes, labels: t, onDone }: { codes: string[]; labels: SecondFactorLabels; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = `${t.recoveryFileTitle}\n\n${codes.join("\n")}\n`;
  return (
    <section className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-4" aria-labelledby="codes-heading">
      <h2 id="codes-heading" className="text-base font-semibold text-amber-950">
        {t.codesHeading}
      </h2>
      <p className="text-sm text-amber-950">{t.codesHelp}</p>
      <ul className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm text-slate-900 sm:max-w-md" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code} className="select-all">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
          onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
        >
          {copied ? t.copied : t.copy}
        </button>
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="sccp-tracker-recovery-codes.txt"
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t.download}
        </a>
        <button type="button" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800" onClick={onDone}>
          {t.codesSaved}
        </button>
      </div>
    </section>
  );
}
