import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Section } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/session";
import { clearSignInThrottle } from "@/lib/auth/sign-in-throttle-actions";
import { listSignInThrottles } from "@/lib/auth/sign-in-throttle-queries";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/today";

export const dynamic = "force-dynamic";

const KIND_LABEL = { email: "kindEmail", ip: "kindIp", device: "kindDevice" } as const;
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signInLocks"))("title") };
}

export default async function SignInLocksPage() {
  await requirePageUser({ role: "ADMIN" });
  const [{ rows, total }, t, locale] = await Promise.all([listSignInThrottles(), getTranslations("signInLocks"), getLocale()]);
  const when = (instant: Date) => formatInstant(instant, locale as Locale);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Section title={t("title")} aside={rows.length < total ? t("shown", { shown: rows.length, total }) : `${total}`}>
        {rows.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((row) => (
              <li key={row.key} className="flex flex-col gap-2 py-3 lg:flex-row lg:items-start lg:justify-between" data-testid="sign-in-lock">
                <div>
                  <p className="text-sm font-medium text-slate-900">
                    <span className="text-slate-600">{t(KIND_LABEL[row.kind])}</span> {row.subject}
                  </p>
                  <p className="mt-1 text-xs text-slate-600">
                    {t("failures", { count: row.failures, first: when(row.firstFailureAt), last: when(row.lastFailureAt) })}
                  </p>
                  <p className="mt-1">
                    {row.lockedUntil ? (
                      <Badge tone="warning">{t("waitsUntil", { until: when(row.lockedUntil) })}</Badge>
                    ) : (
                      <Badge tone="neutral">{t("notWaiting")}</Badge>
                    )}
                  </p>
                </div>
                <ActionButton
                  action={clearSignInThrottle}
                  fields={{ key: row.key }}
                  label={t("clearLabel", { subject: row.subject })}
                  confirm={t("confirmClear", { subject: row.subject })}
                >
                  {t("clear")}
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
