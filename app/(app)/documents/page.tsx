import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentResults, DocumentSearchForm, UnreadableSearch } from "@/components/documents/search";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { documentPlaces, parseDocumentSearch, searchDocuments } from "@/lib/documents/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents"))("searchTitle") };
}

/** Every live document of the work plan and the meetings, searched by title or APEC number. */
export default async function DocumentsPage({ searchParams }: PageProps<"/documents">) {
  const user = await requirePageUser();
  const t = await getTranslations("documents");
  const parsed = await parseDocumentSearch(await searchParams);
  if (!parsed.ok) return <UnreadableSearch problems={parsed.problems} />;
  const editor = hasRole(user.role, "EDITOR");
  const [result, places] = await Promise.all([searchDocuments(parsed.data, editor), documentPlaces(editor)]);
  return (
    <>
      <PageHeader title={t("searchTitle")} subtitle={t("searchSubtitle")} />
      <DocumentSearchForm search={parsed.data} places={places} />
      <DocumentResults rows={result.rows} search={parsed.data} total={result.total} pageCount={result.pageCount} />
    </>
  );
}
