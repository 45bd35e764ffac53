import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SubmitButton } from "@/components/forms/submit-button";
import { Notice } from "@/components/ui/notice";
import { resubscribe } from "@/lib/digests/actions";
import { linkState, unsubscribeByLink } from "@/lib/digests/unsubscribe";
import { htmlLang } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unsubscribe"))("metaTitle") };
}

/**
 * Where a digest's unsubscribe link leads, signed in or not: opening it unsubscribes at once (one
 * click), says so in the officer's own language, and offers to undo it. Coming back from "subscribe
 * again" ("again" set), it only shows where things stand.
 */
export default async function UnsubscribePage({ searchParams }: PageProps<"/unsubscribe">) {
  const params = await searchParams;
  const signed = { u: params.u, t: params.t, s: params.s };
  const state = params.again === "1" ? await linkState(signed) : await unsubscribeByLink(signed);
  const locale = state.ok || state.problem === "inactive" ? state.locale : undefined;
  const t = await getTranslations(locale ? { locale } : undefined);
  const app = t("common.appName");

  let notice: { tone: "warning" | "info"; title: string; body?: string };
  let undo = false;
  if (!state.ok) {
    notice =
      state.problem === "invalid"
        ? { tone: "warning", title: t("unsubscribe.invalidTitle"), body: t("unsubscribe.invalidBody") }
        : { tone: "warning", title: t("unsubscribe.inactive") };
  } else if (state.token.target.kind === "view") {
    const { view } = state;
    if (!view) notice = { tone: "warning", title: t("unsubscribe.viewGone") };
    else if (view.subscribed) notice = { tone: "info", title: t("unsubscribe.viewAgain", { view: view.name }) };
    else [notice, undo] = [{ tone: "info", title: t("unsubscribe.viewDone", { view: view.name }) }, true];
  } else if (state.digest !== "OFF") {
    notice = { tone: "info", title: t("unsubscribe.again", { frequency: state.digest, email: state.email }) };
  } else {
    [notice, undo] = [{ tone: "info", title: t("unsubscribe.done", { email: state.email }), body: t("unsubscribe.doneDetail") }, true];
  }

  return (
    <div lang={locale ? htmlLang(locale) : undefined} className="flex min-h-screen flex-col items-center bg-slate-50 px-4 pt-10">
      <header className="mb-8 text-center">
        <span className="block text-2xl font-semibold tracking-tight text-slate-900">{app}</span>
        <span className="block text-sm text-slate-500">{t("common.appTagline")}</span>
      </header>
      <main id="main" className="w-full max-w-md">
        <h1 className="mb-4 text-xl font-semibold text-slate-900">{t("unsubscribe.metaTitle")}</h1>
        <Notice tone={notice.tone} title={notice.title}>
          {notice.body}
        </Notice>
        {undo && state.ok ? (
          // The way back, in case the click was a mistake: the link's own signed fields, posted.
          <form action={resubscribe} className="mt-4 flex flex-wrap items-center gap-3 text-sm text-slate-700">
            <input type="hidden" name="u" value={state.signed.u} />
            <input type="hidden" name="t" value={state.signed.t} />
            <input type="hidden" name="s" value={state.signed.s} />
            <span>{t("unsubscribe.mistake")}</span>
            <SubmitButton>{t("unsubscribe.resubscribe")}</SubmitButton>
          </form>
        ) : null}
        <p className="mt-6 text-sm">
          <Link href="/" className="text-brand-700 underline">
            {t("unsubscribe.openApp", { app })}
          </Link>
        </p>
      </main>
    </div>
  );
}
