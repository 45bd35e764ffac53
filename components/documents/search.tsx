import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatDay } from "@/lib/dates";
import type { documentPlaces, DocumentSearch, FoundDocument } from "@/lib/documents/queries";
import { DOCUMENT_LANGUAGES } from "@/lib/documents/schema";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, meetingName } from "@/lib/i18n/data";
import { translateMessage } from "@/lib/i18n/message";
import { DEFAULT_PAGE_SIZE } from "@/lib/items/table-options";
import { officeDay } from "@/lib/today";
import { formatSize, kindOptions, languageName, languageOptions } from "./labels";

type Places = Awaited<ReturnType<typeof documentPlaces>>;

const inputClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm";

/** The page's link for a search, without the parameters at their defaults. */
export function searchHref(search: DocumentSearch, page = search.page): string {
  const params = new URLSearchParams();
  for (const key of ["q", "kind", "language", "item", "meeting"] as const) {
    if (search[key] !== undefined) params.set(key, String(search[key]));
  }
  if (search.size !== DEFAULT_PAGE_SIZE) params.set("size", String(search.size));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/documents?${query}` : "/documents";
}

/** A link the page cannot read: each problem said, and the way back to every document. */
export async function UnreadableSearch({ problems }: { problems: string[] }) {
  const [t, tAll] = await Promise.all([getTranslations("documents"), getTranslations()]);
  return (
    <>
      <PageHeader title={t("searchTitle")} />
      <Notice title={t("search.unreadable")}>
        <ul className="list-disc pl-5">
          {problems.map((problem) => (
            <li key={problem}>{translateMessage(tAll, problem)}</li>
          ))}
        </ul>
        <p className="mt-2">
          <Link href="/documents" className="font-medium underline">
            {t("search.showAll")}
          </Link>
        </p>
      </Notice>
    </>
  );
}

/** A plain GET form: every search is a link that can be sent and bookmarked. */
export async function DocumentSearchForm({ search, places }: { search: DocumentSearch; places: Places }) {
  const [t, locale] = await Promise.all([getTranslations("documents"), getLocale() as Promise<Locale>]);
  const field = (label: string, control: React.ReactNode) => (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-slate-700">{label}</span>
      {control}
    </label>
  );
  return (
    <form
      method="get"
      action="/documents"
      role="search"
      aria-label={t("search.label")}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="sm:col-span-2">
        {field(
          t("search.q"),
          <input type="search" name="q" defaultValue={search.q ?? ""} maxLength={100} placeholder={t("search.qPlaceholder")} className={inputClass} />,
        )}
      </div>
      {field(
        t("upload.kind"),
        <select name="kind" defaultValue={search.kind ?? ""} className={inputClass}>
          <option value="">{t("search.anyKind")}</option>
          {kindOptions(t).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>,
      )}
      {field(
        t("upload.language"),
        <select name="language" defaultValue={search.language ?? ""} className={inputClass}>
          <option value="">{t("search.anyLanguage")}</option>
          {languageOptions(DOCUMENT_LANGUAGES, locale, t).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>,
      )}
      {field(
        t("search.item"),
        <select name="item" defaultValue={search.item ? String(search.item) : ""} className={`${inputClass} max-w-full`}>
          <option value="">{t("search.anyItem")}</option>
          {places.items.map((item) => (
            <option key={item.id} value={item.id}>
              {localTitle(item, locale).text}
            </option>
          ))}
        </select>,
      )}
      {field(
        t("search.meeting"),
        <select name="meeting" defaultValue={search.meeting ? String(search.meeting) : ""} className={`${inputClass} max-w-full`}>
          <option value="">{t("search.anyMeeting")}</option>
          {places.meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {meetingName(meeting, locale)}
            </option>
          ))}
        </select>,
      )}
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("search.submit")}
        </button>
        <Link href="/documents" className="text-sm text-brand-700 underline underline-offset-2">
          {t("search.clear")}
        </Link>
      </div>
    </form>
  );
}

/** A page of found documents: what each is, where it belongs, its current file and the download. */
export async function DocumentResults({ rows, search, total, pageCount }: { rows: FoundDocument[]; search: DocumentSearch; total: number; pageCount: number }) {
  const [t, tt, locale] = await Promise.all([getTranslations("documents"), getTranslations("table"), getLocale() as Promise<Locale>]);
  const first = (search.page - 1) * search.size + 1;
  const last = Math.min(total, search.page * search.size);
  const pageLink = (target: number, label: string, rel?: string) =>
    target >= 1 && target <= pageCount && target !== search.page ? (
      <Link
        href={searchHref(search, target) as never}
        rel={rel}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
      >
        {label}
      </Link>
    ) : (
      <span className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-400" aria-disabled="true">
        {label}
      </span>
    );
  return (
    <>
      <p className="mb-3 text-sm text-slate-700" role="status" data-testid="document-count">
        {total === 0 ? t("search.countNone") : pageCount > 1 ? t("search.countPage", { first, last, total }) : t("search.countAll", { count: total })}
      </p>
      {rows.length === 0 && total > 0 ? (
        <Notice tone="info" title={t("search.pageBeyond", { pageCount })}>
          <Link href={searchHref(search, pageCount) as never} className="underline">
            {t("search.lastPage")}
          </Link>
        </Notice>
      ) : null}
      {rows.length > 0 ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label={t("listLabel")}>
          {rows.map((document) => {
            const current = document.versions[0];
            return (
              <li key={document.id} className="flex flex-col gap-1 px-4 py-3" data-testid="found-document">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  <span className="font-medium text-slate-900">{document.title}</span>
                  {current ? (
                    <a
                      href={`/documents/${document.id}/download`}
                      className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
                      aria-label={t("downloadLabel", { title: document.title })}
                    >
                      {t("download")}
                    </a>
                  ) : null}
                </div>
                <p className="text-xs text-slate-600">
                  {t(`kinds.${document.kind}`)} · {languageName(document.language, locale, t)}
                  {document.apecNumber ? (
                    <>
                      {" · "}
                      <span className="font-mono">{document.apecNumber}</span>
                    </>
                  ) : null}
                </p>
                {current ? (
                  <p className="text-xs text-slate-500">
                    {[
                      t("versionNumber", { number: current.number }),
                      current.fileName,
                      formatSize(current.size, locale),
                      formatDay(officeDay(current.createdAt), locale),
                      ...(current.uploadedBy ? [t("by", { name: current.uploadedBy.name })] : []),
                    ].join(" · ")}
                  </p>
                ) : null}
                <p className="text-sm">
                  {document.item ? (
                    <Link href={`/items/${document.item.id}#documents`} className="text-brand-700 underline-offset-2 hover:underline">
                      {localTitle(document.item, locale).text}
                    </Link>
                  ) : null}
                  {document.item && document.meeting ? " · " : null}
                  {document.meeting ? (
                    <Link href={`/meetings/${document.meeting.id}#documents`} className="text-brand-700 underline-offset-2 hover:underline">
                      {meetingName(document.meeting, locale)}
                    </Link>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
      {pageCount > 1 ? (
        <nav aria-label={tt("pages")} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          {pageLink(1, tt("firstPage"))}
          {pageLink(search.page - 1, tt("previousPage"), "prev")}
          <span className="px-2 text-slate-700" aria-current="page">
            {tt("pageOf", { page: search.page, pageCount })}
          </span>
          {pageLink(search.page + 1, tt("nextPage"), "next")}
          {pageLink(pageCount, tt("lastPage"))}
        </nav>
      ) : null}
    </>
  );
}
