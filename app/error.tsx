"use client";

import { Notice } from "@/components/ui/notice";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Notice headingLevel={1} title="Something went wrong while loading this page">
      <p>Nothing was changed. Try again; if it keeps happening, give the administrator this reference: {error.digest ?? "none"}.</p>
      <button type="button" onClick={reset} className="mt-2 rounded-md border border-amber-400 bg-white px-3 py-1 text-sm font-medium">
        Try again
      </button>
    </Notice>
  );
}
