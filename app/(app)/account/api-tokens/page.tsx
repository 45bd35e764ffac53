import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Section } from "@/components/ui/section";
import { ApiTokenForm } from "@/components/users/api-token-form";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/today";
import { revokeApiToken } from "@/lib/tokens/actions";
import { liveApiTokens } from "@/lib/tokens/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api"))("title") };
}

export default async function ApiTokensPage() {
  const user = await requirePageUser();
  const [t, locale, tokens] = await Promise.all([getTranslations("api"), getLocale(), liveApiTokens(user.id)]);
  const when = (date: Date) => formatInstant(date, locale as Locale);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <div className="flex flex-col gap-6">
        <Section title={t("create")}>
          <ApiTokenForm />
        </Section>
        <Section title={t("title")} aside={`${tokens.length}`}>
          {tokens.length === 0 ? (
            <EmptyState>{t("none")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {tokens.map((token) => (
                <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm" data-testid="api-token">
                  <div>
                    <p className="font-medium text-slate-900">{token.label}</p>
                    <p className="text-xs text-slate-500">
                      {token.lastUsedAt
                        ? t("lastUsed", { created: when(token.createdAt), used: when(token.lastUsedAt) })
                        : t("neverUsed", { created: when(token.createdAt) })}
                    </p>
                  </div>
                  <ActionButton action={revokeApiToken} fields={{ id: token.id }} tone="danger" size="sm">
                    {t("revoke")}
                  </ActionButton>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
