import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { SmtpStatus } from "@/lib/mail/queries";

/** Where mail goes, or why it stays in the outbox. */
export function SmtpBanner({ status }: { status: SmtpStatus }) {
  const t = useTranslations("outbox");
  if (status.state === "configured") {
    return (
      <p className="mb-4 text-sm text-slate-600" data-testid="smtp-configured">
        {t("sendingThrough", { server: status.server, from: status.from })}
      </p>
    );
  }
  return (
    <div className="mb-4" data-testid="smtp-banner">
      {status.state === "missing" ? (
        <Notice title={t("noSmtpTitle")}>{t("noSmtp")}</Notice>
      ) : (
        <Notice title={t("invalidSmtpTitle")}>
          {t("invalidSmtp")} <code className="break-all text-xs">{status.problem}</code>
        </Notice>
      )}
    </div>
  );
}
