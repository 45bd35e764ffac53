"use client";

import { useActionState } from "react";
import type { Role } from "@/lib/db/generated/enums";
import { changeRole, resetPassword, setUserActive } from "@/lib/users/actions";
import type { FieldOption } from "../forms/fields";
import { ActionButton } from "../forms/action-button";
import { SubmitButton } from "../forms/submit-button";
import { OneTimeSecret } from "./one-time-secret";

export function UserRowActions({ user, roles }: { user: { id: number; email: string; role: Role; active: boolean }; roles: FieldOption[] }) {
  const [roleState, roleAction] = useActionState(changeRole, null);
  const [resetState, resetAction] = useActionState(resetPassword, null);
  return (
    <div className="flex flex-wrap items-start gap-2">
      <form action={roleAction} className="flex items-center gap-2" aria-label={`Role of ${user.email}`}>
        <input type="hidden" name="userId" value={user.id} />
        <select name="role" defaultValue={user.role} aria-label={`Role of ${user.email}`} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
          {roles.map((role) => (
            <option key={role.value} value={role.value}>{role.label}</option>
          ))}
        </select>
        <SubmitButton tone="secondary">Change role</SubmitButton>
      </form>
      <form action={resetAction} aria-label={`Reset the password of ${user.email}`}>
        <input type="hidden" name="userId" value={user.id} />
        <SubmitButton tone="secondary">Reset password</SubmitButton>
      </form>
      <ActionButton action={setUserActive} fields={{ userId: user.id, active: String(!user.active) }} tone={user.active ? "danger" : "secondary"}>
        {user.active ? "Deactivate" : "Reactivate"}
      </ActionButton>
      <div className="w-full text-xs" aria-live="polite">
        {roleState ? <p className={roleState.ok ? "text-emerald-800" : "text-rose-800"}>{roleState.message}</p> : null}
        {resetState ? <p className={resetState.ok ? "text-emerald-800" : "text-rose-800"}>{resetState.message}</p> : null}
        {resetState?.ok && resetState.secret ? <OneTimeSecret secret={resetState.secret} /> : null}
      </div>
    </div>
  );
}
