import { DocumentsSection, type DocumentsQuery } from "./documents-section";

/** The meeting page's documents: its agenda, the presentations, the report. */
export function MeetingDocuments({ meetingId, canEdit, query }: { meetingId: number; canEdit: boolean; query?: DocumentsQuery }) {
  return <DocumentsSection owner={{ meetingId }} canEdit={canEdit} returnTo={`/meetings/${meetingId}`} query={query} />;
}
