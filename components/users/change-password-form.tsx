"use client";

import { useActionState } from "react";
import { changeOwnPassword } from "@/lib/users/actions";
import { FormMessage, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changeOwnPassword, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" state={state} required />
      <TextField name="newPassword" label="New password" type="password" state={state} required hint="At least 12 characters." />
      <TextField name="confirmPassword" label="New password again" type="password" state={state} required />
      <div>
        <SubmitButton pendingText="Saving…">Change password</SubmitButton>
      </div>
    </form>
  );
}
