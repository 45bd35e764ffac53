import { getTranslations } from "next-intl/server";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { itemArchivedAt } from "@/lib/documents/queries";
import { DocumentsSection, type DocumentsQuery } from "./documents-section";

/**
 * The item page's documents. `canEdit` is the page's own (an editor on a live item); a viewer sees
 * no files of an archived item, which they may not download.
 */
export async function ItemDocuments({ itemId, canEdit, query }: { itemId: number; canEdit: boolean; query?: DocumentsQuery }) {
  const [user, archivedAt, t] = await Promise.all([requirePageUser(), itemArchivedAt(itemId), getTranslations("documents")]);
  const withheld = archivedAt && !hasRole(user.role, "EDITOR") ? t("archivedItem") : undefined;
  return <DocumentsSection owner={{ itemId }} canEdit={canEdit && !archivedAt} returnTo={`/items/${itemId}`} query={query} withheld={withheld} />;
}
