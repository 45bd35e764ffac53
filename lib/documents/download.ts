import "server-only";
// Which stored file a download address serves, and to whom.
import { hasRole } from "../auth/roles";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

export interface DownloadableFile {
  blobId: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * The document's version `number` (the latest when null), or null when there is none for this
 * reader: an archived document, or one of an archived item, is gone for viewers; editors and
 * administrators may still fetch it (to restore it knowingly).
 */
export async function downloadableFile(user: Pick<CurrentUser, "role">, documentId: number, number: number | null): Promise<DownloadableFile | null> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { archivedAt: true, item: { select: { archivedAt: true } } } });
  if (!document) return null;
  if ((document.archivedAt || document.item?.archivedAt) && !hasRole(user.role, "EDITOR")) return null;
  const select = { blobId: true, fileName: true, contentType: true, size: true, sha256: true } as const;
  return number === null
    ? db.documentVersion.findFirst({ where: { documentId }, orderBy: { number: "desc" }, select })
    : db.documentVersion.findUnique({ where: { documentId_number: { documentId, number } }, select });
}
