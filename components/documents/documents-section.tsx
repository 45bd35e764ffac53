import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { Notice } from "@/components/ui/notice";
import { EmptyState, Section } from "@/components/ui/section";
import { formatDay } from "@/lib/dates";
import { archiveDocument, restoreDocument } from "@/lib/documents/actions";
import { documentErrorMessage, isDocumentErrorCode } from "@/lib/documents/errors";
import { documentsOf, type ListedDocument } from "@/lib/documents/queries";
import { DOCUMENT_LANGUAGES } from "@/lib/documents/schema";
import type { Locale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";
import { officeDay } from "@/lib/today";
import { DocumentDetailsForm } from "./details-form";
import { formatSize, kindOptions, languageName, languageOptions } from "./labels";
import { UploadForm } from "./upload-form";

/** The query a page was opened with: the plain upload form lands back with `?document=…` or `?documentError=…`. */
export type DocumentsQuery = Record<string, string | string[] | undefined>;

type Owner = { itemId: number } | { meetingId: number };

interface DocumentsSectionProps {
  owner: Owner;
  /** An editor on a live record: upload, replace, edit, archive and restore. */
  canEdit: boolean;
  /** The page's own path, where the plain form's redirect lands. */
  returnTo: string;
  query?: DocumentsQuery;
  /** Instead of the list: why the reader sees no files here (a viewer on an archived item). */
  withheld?: string;
}

type T = Awaited<ReturnType<typeof getTranslations<"documents">>>;

async function UploadNotice({ query }: { query?: DocumentsQuery }) {
  const [t, tAll] = await Promise.all([getTranslations("documents"), getTranslations()]);
  const uploaded = query?.document;
  const code = query?.documentError;
  if (uploaded === "uploaded") {
    return (
      <div className="mb-3" data-testid="document-notice">
        <Notice tone="info" title={t("uploaded")} />
      </div>
    );
  }
  if (typeof code !== "string") return null;
  return (
    <div className="mb-3" data-testid="document-notice">
      <Notice title={t("notUploaded")}>{isDocumentErrorCode(code) ? translateMessage(tAll, documentErrorMessage(code)) : t("unknownError")}</Notice>
    </div>
  );
}

function versionLine(version: ListedDocument["versions"][number], locale: Locale, t: T) {
  const parts = [version.fileName, formatSize(version.size, locale), formatDay(officeDay(version.createdAt), locale)];
  return version.uploadedBy ? [...parts, t("by", { name: version.uploadedBy.name })].join(" · ") : parts.join(" · ");
}

function Details({ document, locale, t }: { document: ListedDocument; locale: Locale; t: T }) {
  return (
    <p className="text-xs text-slate-600">
      {t(`kinds.${document.kind}`)} · <span>{languageName(document.language, locale, t)}</span>
      {document.apecNumber ? (
        <>
          {" · "}
          <span className="font-mono" data-testid="apec-number">
            {document.apecNumber}
          </span>
        </>
      ) : null}
    </p>
  );
}

/** One record's documents, as a section of its page, with an editor's controls; every control works without JavaScript. */
export async function DocumentsSection({ owner, canEdit, returnTo, query, withheld }: DocumentsSectionProps) {
  const [t, locale] = await Promise.all([getTranslations("documents"), getLocale() as Promise<Locale>]);
  const [live, archived] = withheld
    ? [[], []]
    : await Promise.all([documentsOf(owner, { archived: false }), canEdit ? documentsOf(owner, { archived: true }) : Promise.resolve([])]);
  const kinds = kindOptions(t);
  const languages = languageOptions(DOCUMENT_LANGUAGES, locale, t);
  const download = (id: number, number?: number) => (number ? `/documents/${id}/versions/${number}/download` : `/documents/${id}/download`);
  const linkClass = "text-sm font-medium text-brand-700 underline-offset-2 hover:underline";

  return (
    <Section title={t("title")} id="documents" aside={withheld ? undefined : `${live.length}`}>
      <UploadNotice query={query} />
      {withheld ? (
        <EmptyState>{withheld}</EmptyState>
      ) : live.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={t("listLabel")}>
          {live.map((document) => {
            const [current, ...earlier] = document.versions;
            return (
              <li key={document.id} className="flex flex-col gap-1 py-3" data-testid="document">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  <span className="font-medium text-slate-900">{document.title}</span>
                  {current ? (
                    <a href={download(document.id)} className={linkClass} aria-label={t("downloadLabel", { title: document.title })}>
                      {t("download")}
                    </a>
                  ) : null}
                </div>
                <Details document={document} locale={locale} t={t} />
                {current ? (
                  <p className="text-xs text-slate-500" data-testid="current-version">
                    {t("versionNumber", { number: current.number })} · {versionLine(current, locale, t)}
                  </p>
                ) : null}
                {earlier.length > 0 ? (
                  <details className="text-xs">
                    <summary className="cursor-pointer font-medium text-brand-700">{t("earlierVersions", { count: earlier.length })}</summary>
                    <ul className="mt-1 flex flex-col gap-1 pl-4" data-testid="earlier-versions">
                      {earlier.map((version) => (
                        <li key={version.number} className="flex flex-wrap items-baseline justify-between gap-x-3 text-slate-600">
                          <span>
                            {t("versionNumber", { number: version.number })} · {versionLine(version, locale, t)}
                          </span>
                          <a
                            href={download(document.id, version.number)}
                            className="font-medium text-brand-700 underline-offset-2 hover:underline"
                            aria-label={t("downloadVersionLabel", { title: document.title, number: version.number })}
                          >
                            {t("download")}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {canEdit ? (
                  <details className="text-sm">
                    <summary className="cursor-pointer text-xs font-medium text-brand-700">{t("manage")}</summary>
                    <div className="mt-3 flex flex-col gap-4">
                      <div>
                        <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("replace")}</h3>
                        <UploadForm
                          hidden={{ documentId: document.id, version: document.version }}
                          returnTo={returnTo}
                          kinds={kinds}
                          languages={languages}
                          initial={{ title: "", kind: document.kind, language: document.language, apecNumber: document.apecNumber ?? "" }}
                          submitLabel={t("replaceSubmit")}
                          label={t("replaceLabel", { title: document.title })}
                        />
                      </div>
                      <div className="border-t border-slate-100 pt-3">
                        <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("editDetails")}</h3>
                        <DocumentDetailsForm document={document} kinds={kinds} languages={languages} />
                      </div>
                      <div className="border-t border-slate-100 pt-3">
                        <ActionButton
                          action={archiveDocument}
                          fields={{ id: document.id, version: document.version }}
                          tone="danger"
                          label={t("archiveLabel", { title: document.title })}
                          confirm={t("confirmArchive", { title: document.title })}
                        >
                          {t("archive")}
                        </ActionButton>
                      </div>
                    </div>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit ? (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("add")}</h3>
          <UploadForm hidden={owner} returnTo={returnTo} kinds={kinds} languages={languages} submitLabel={t("uploadSubmit")} label={t("add")} />
        </div>
      ) : null}
      {archived.length > 0 ? (
        <details className="mt-3 border-t border-slate-100 pt-3 text-sm" data-testid="archived-documents">
          <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-500">{t("archived", { count: archived.length })}</summary>
          <ul className="mt-2 flex flex-col gap-2">
            {archived.map((document) => (
              <li key={document.id} className="flex flex-wrap items-center justify-between gap-2 text-slate-600">
                <span>
                  {document.title}
                  {document.archivedAt ? (
                    <span className="ml-2 text-xs">{t("archivedOn", { date: formatDay(officeDay(document.archivedAt), locale) })}</span>
                  ) : null}
                </span>
                <ActionButton
                  action={restoreDocument}
                  fields={{ id: document.id, version: document.version }}
                  size="sm"
                  label={t("restoreLabel", { title: document.title })}
                >
                  {t("restore")}
                </ActionButton>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}
