import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { SECOND_FACTOR_LABELS, type SecondFactorLabels } from "@/components/auth/second-factor-labels";
import { SecondFactorPanel } from "@/components/auth/second-factor-panel";
import { SessionsList } from "@/components/auth/sessions-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { secondFactorStatus } from "@/lib/auth/second-factor-queries";
import { requirePageUser } from "@/lib/auth/session";
import { listOwnSessions } from "@/lib/auth/user-sessions-queries";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/today";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

export default async function SecurityPage() {
  const user = await requirePageUser({ allowSecondFactorSetUp: true });
  const [t, tSessions, locale, status, sessions] = await Promise.all([
    getTranslations("security"),
    getTranslations("sessions"),
    getLocale(),
    secondFactorStatus(user.id),
    listOwnSessions(user.id, user.sessionId),
  ]);
  // The QR code is drawn here, as an SVG in a data address: the page ships no QR code library, and
  // the secret reaches only the officer setting it up.
  const qr = status.pending ? await QRCode.toString(status.pending.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) : null;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      {user.mustSetUpSecondFactor ? (
        <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("mustSetUp")}
        </p>
      ) : null}
      <Section title={t("heading")}>
        <SecondFactorPanel
          labels={Object.fromEntries(SECOND_FACTOR_LABELS.map((key) => [key, t(key)])) as SecondFactorLabels}
          view={{
            on: status.on,
            required: status.required,
            status: [
              status.enabledAt ? t("statusOn", { date: formatInstant(status.enabledAt, locale as Locale) }) : t("statusOff"),
              status.required ? t("requiredNote") : "",
            ].join(" "),
            recoveryLeft: t("recoveryLeft", { count: status.recoveryCodesLeft }),
            pending: status.pending && qr ? { qr: `data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}`, secret: status.pending.secret } : null,
          }}
        />
      </Section>
      <div className="mt-6">
        <Section title={tSessions("heading")} aside={`${sessions.length}`}>
          <SessionsList sessions={sessions} />
        </Section>
      </div>
    </>
  );
}
