"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { manageCalendarToken } from "@/lib/tokens/actions";
import { FormMessage } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

export function CalendarTokenPanel({ feedBase, active }: { feedBase: string; active: boolean }) {
  const t = useTranslations("calendar");
  const [state, act] = useActionState(manageCalendarToken, null);
  const address = state?.ok && state.secret ? `${feedBase}/${state.secret}.ics` : null;
  return (
    <form action={act} className="flex flex-col gap-4">
      {address ? (
        <div className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <FormMessage state={state} />
          <label className="mt-2 flex flex-col gap-1">
            <span className="font-medium text-slate-700">{t("address")}</span>
            <input
              readOnly
              value={address}
              data-testid="calendar-address"
              className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="op" value="renew">
          {active ? t("renew") : t("create")}
        </SubmitButton>
        {active ? (
          <SubmitButton tone="danger" name="op" value="revoke">
            {t("revoke")}
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
