"use client";

/**
 * next-auth's sign-out, as its client does it (a CSRF token, then a POST to its sign-out route,
 * then the address it answers with), without that client: next-auth/react was 13 KB of every
 * page's compressed scripts for this one call.
 */
async function signOut(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOut("/sign-in")} className="rounded-md border border-slate-300 px-2.5 py-1 text-slate-700 hover:bg-slate-50">
      {label}
    </button>
  );
}
