import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/lib/auth/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Each page checks the user itself (layouts are not re-run on client navigation); this only
  // decides what the header shows.
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto w-full max-w-7xl px-4 pb-16 pt-6 sm:px-6 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
