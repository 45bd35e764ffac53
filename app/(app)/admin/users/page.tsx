import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { usersWithSecondFactor } from "@/lib/auth/second-factor-queries";
import { requirePageUser } from "@/lib/auth/session";
import { liveSessionCounts } from "@/lib/auth/user-sessions-queries";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/today";
import { listUsers } from "@/lib/users/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const me = await requirePageUser({ role: "ADMIN" });
  const [users, withSecondFactor, sessionCounts, t, tc, tsec, roleName, locale] = await Promise.all([
    listUsers(),
    usersWithSecondFactor(),
    liveSessionCounts(),
    getTranslations("users"),
    getTranslations("common"),
    getTranslations("security"),
    getTranslations("enums.role"),
    getLocale(),
  ]);
  const roles = (["VIEWER", "EDITOR", "ADMIN"] as const).map((value) => ({ value, label: roleName(value) }));
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="flex flex-col gap-6">
        <Section title={t("newAccount")}>
          <CreateUserForm roles={roles} />
        </Section>
        <Section title={t("accounts")} aside={`${users.length}`}>
          <ul className="divide-y divide-slate-100">
            {users.map((user) => (
              <li key={user.id} className="flex flex-col gap-2 py-3 lg:flex-row lg:items-start lg:justify-between" data-testid="user-row">
                <div>
                  <p className="text-sm font-medium text-slate-900">
                    {user.name} {user.id === me.id ? <span className="text-slate-500">{tc("you")}</span> : null}
                  </p>
                  <p className="text-xs text-slate-600">{user.email}</p>
                  <p className="mt-1 flex flex-wrap gap-2">
                    <Badge tone="info">{roleName(user.role)}</Badge>
                    {user.active ? null : <Badge tone="danger">{t("deactivatedBadge")}</Badge>}
                    {user.mustChangePassword ? <Badge tone="warning">{t("oneTimeBadge")}</Badge> : null}
                    {withSecondFactor.has(user.id) ? <Badge tone="success">{tsec("badge")}</Badge> : null}
                  </p>
                  <p className="mt-1 text-xs text-slate-500">
                    {user.lastSignInAt ? t("lastSignIn", { when: formatInstant(user.lastSignInAt, locale as Locale) }) : t("neverSignedIn")}
                    {" · "}
                    {t("liveSessions", { count: sessionCounts.get(user.id) ?? 0 })}
                  </p>
                </div>
                <UserRowActions
                  user={{ ...user, secondFactor: withSecondFactor.has(user.id), liveSessions: sessionCounts.get(user.id) ?? 0 }}
                  roles={roles}
                  isSelf={user.id === me.id}
                />
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </>
  );
}
