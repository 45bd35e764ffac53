import { getLocale, getTranslations } from "next-intl/server";
import { briefDocuments } from "@/lib/documents/queries";
import type { Locale } from "@/lib/i18n/config";
import { localTitle } from "@/lib/i18n/data";
import { languageName } from "./labels";

type Listed = Awaited<ReturnType<typeof briefDocuments>>["own"][number];

/**
 * The documents in the printable brief: the meeting's own, then each reported item's; what each
 * is, no controls. Nothing at all when there are none.
 */
export async function BriefDocuments({ meetingId }: { meetingId: number }) {
  const [{ own, items }, t, locale] = await Promise.all([briefDocuments(meetingId), getTranslations("documents"), getLocale() as Promise<Locale>]);
  if (own.length === 0 && items.length === 0) return null;
  const list = (documents: Listed[]) => (
    <ul className="mt-1 flex flex-col gap-1 text-sm">
      {documents.map((document) => (
        <li key={document.id} className="flex flex-wrap items-baseline justify-between gap-x-4">
          <span>{document.title}</span>
          <span className="text-xs text-slate-600">
            {[t(`kinds.${document.kind}`), document.apecNumber, languageName(document.language, locale, t)].filter(Boolean).join(" · ")}
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="mt-6 break-inside-avoid" aria-labelledby="brief-documents" data-testid="brief-documents">
      <h2 id="brief-documents" className="text-base font-semibold">
        {t("title")}
      </h2>
      {own.length > 0 ? (
        <>
          <h3 className="mt-2 text-sm font-semibold text-slate-700">{t("briefMeeting")}</h3>
          {list(own)}
        </>
      ) : null}
      {items.map((item) => {
        const title = localTitle(item, locale);
        return (
          <div key={item.id} className="mt-3">
            <h3 className="text-sm font-semibold text-slate-700" lang={title.lang}>
              {title.text}
            </h3>
            {list(item.documents)}
          </div>
        );
      })}
    </section>
  );
}
