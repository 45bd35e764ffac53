"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetSecondFactor } from "@/lib/auth/second-factor-actions";
import { endAllSessionsOf } from "@/lib/auth/user-sessions-actions";
import type { Role } from "@/lib/db/generated/enums";
import { translateMessage } from "@/lib/i18n/message";
import { changeRole, resetPassword, setUserActive } from "@/lib/users/actions";
import { ActionButton } from "../forms/action-button";
import type { FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { OneTimeSecret } from "./one-time-secret";

export function UserRowActions({
  user,
  roles,
  isSelf,
}: {
  user: { id: number; email: string; role: Role; active: boolean; secondFactor: boolean; liveSessions: number };
  roles: FieldOption[];
  isSelf: boolean;
}) {
  const t = useTranslations("users");
  const tAll = useTranslations();
  const [roleState, roleAction] = useActionState(changeRole, null);
  const [resetState, resetAction] = useActionState(resetPassword, null);
  return (
    <div className="flex flex-wrap items-start gap-2">
      {isSelf ? null : (
        <form action={roleAction} className="flex items-center gap-2" aria-label={t("roleOf", { email: user.email })}>
          <input type="hidden" name="userId" value={user.id} />
          <select
            name="role"
            defaultValue={user.role}
            aria-label={t("roleOf", { email: user.email })}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          >
            {roles.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </select>
          <SubmitButton tone="secondary">{t("changeRole")}</SubmitButton>
        </form>
      )}
      <form
        action={resetAction}
        aria-label={t("resetLabel", { email: user.email })}
        onSubmit={(event) => {
          if (!window.confirm(t("confirmReset", { email: user.email }))) event.preventDefault();
        }}
      >
        <input type="hidden" name="userId" value={user.id} />
        <SubmitButton tone="secondary">{t("resetPassword")}</SubmitButton>
      </form>
      {user.secondFactor && !isSelf ? (
        <ActionButton
          action={resetSecondFactor}
          fields={{ userId: user.id }}
          tone="secondary"
          confirm={t("confirmResetSecondFactor", { email: user.email })}
          label={t("resetSecondFactorLabel", { email: user.email })}
        >
          {t("resetSecondFactor")}
        </ActionButton>
      ) : null}
      {!isSelf && user.liveSessions > 0 ? (
        <ActionButton
          action={endAllSessionsOf}
          fields={{ userId: user.id }}
          tone="secondary"
          confirm={t("confirmEndSessions", { email: user.email, count: user.liveSessions })}
          label={t("endSessionsLabel", { email: user.email })}
        >
          {t("endSessions", { count: user.liveSessions })}
        </ActionButton>
      ) : null}
      {isSelf ? null : (
        <ActionButton action={setUserActive} fields={{ userId: user.id, active: String(!user.active) }} tone={user.active ? "danger" : "secondary"}>
          {user.active ? t("deactivate") : t("reactivate")}
        </ActionButton>
      )}
      <div className="w-full text-xs" aria-live="polite">
        {roleState ? <p className={roleState.ok ? "text-emerald-800" : "text-rose-800"}>{translateMessage(tAll, roleState.message)}</p> : null}
        {resetState ? <p className={resetState.ok ? "text-emerald-800" : "text-rose-800"}>{translateMessage(tAll, resetState.message)}</p> : null}
        {resetState?.ok && resetState.secret ? <OneTimeSecret secret={resetState.secret} /> : null}
      </div>
    </div>
  );
}
