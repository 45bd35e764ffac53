import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { NavigationProgress } from "@/components/navigation-progress";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/lib/auth/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Each page checks the user itself (layouts are not re-run on client navigation); this only
  // decides what the header shows.
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
  return (
    <>
      <Suspense fallback={null}>
        <NavigationProgress label={t("loadingPage")} />
      </Suspense>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto w-full max-w-7xl px-4 pb-16 pt-6 sm:px-6 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
