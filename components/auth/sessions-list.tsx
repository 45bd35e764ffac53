import { getLocale, getTranslations } from "next-intl/server";
import { endOwnOtherSessions, endOwnSession } from "@/lib/auth/user-sessions-actions";
import type { OwnSession } from "@/lib/auth/user-sessions-queries";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/today";
import { ActionButton } from "../forms/action-button";
import { Badge } from "../ui/badge";

/** The officer's own sessions, each with what identifies it, and a way to end the ones that are not this browser. */
export async function SessionsList({ sessions }: { sessions: OwnSession[] }) {
  const [t, locale] = await Promise.all([getTranslations("sessions"), getLocale()]);
  const others = sessions.filter((session) => !session.current).length;
  const when = (instant: Date) => formatInstant(instant, locale as Locale);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ul className="divide-y divide-slate-100" aria-label={t("listLabel")}>
        {sessions.map((session) => {
          const browser = session.agent.browser ?? t("unknownBrowser");
          const system = session.agent.system ?? t("unknownSystem");
          return (
            <li key={session.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid="session-row">
              <div className="text-sm">
                <p className="font-medium text-slate-900">
                  {t("agent", { browser, system })} {session.current ? <Badge tone="success">{t("thisBrowser")}</Badge> : null}
                </p>
                <p className="text-xs text-slate-600">
                  {t(session.method === "oidc" ? "signedInSso" : "signedInPassword", { when: when(session.createdAt) })}
                  {session.address ? ` · ${t("from", { address: session.address })}` : ""}
                </p>
                <p className="text-xs text-slate-500">{t("lastActive", { when: when(session.lastSeenAt) })}</p>
              </div>
              {session.current ? null : (
                <ActionButton action={endOwnSession} fields={{ sessionId: session.id }} size="sm" label={t("endOneLabel", { browser, system })}>
                  {t("endOne")}
                </ActionButton>
              )}
            </li>
          );
        })}
      </ul>
      {others > 0 ? (
        <div>
          <ActionButton action={endOwnOtherSessions} fields={{}} tone="danger" confirm={t("confirmEndOthers", { count: others })}>
            {t("endOthers", { count: others })}
          </ActionButton>
        </div>
      ) : (
        <p className="text-sm text-slate-500">{t("onlyThis")}</p>
      )}
    </div>
  );
}
