import { getLocale } from "next-intl/server";
import { hasRole } from "@/lib/auth/roles";
import { requireRouteUser } from "@/lib/auth/route-user";
import { acceptUpload, type UploadAnswer } from "@/lib/documents/accept";
import { documentErrorMessage } from "@/lib/documents/errors";
import { catalogueTranslator } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/config";
import { msg, translateMessage } from "@/lib/i18n/message";
import { isCrossOrigin } from "@/lib/request-guard";

export const dynamic = "force-dynamic";

const STATUS: Partial<Record<Extract<UploadAnswer, { ok: false }>["code"], number>> = {
  forbidden: 403,
  tooLarge: 413,
  typeUnknown: 415,
  markup: 415,
  zipNotOffice: 415,
  zipBomb: 422,
  zipUnsafe: 422,
  empty: 422,
  itemGone: 404,
  meetingGone: 404,
  documentGone: 404,
  itemArchived: 409,
  documentArchived: 409,
  stale: 409,
  abandoned: 408,
};

const FILE_CODES = new Set(["noFile", "empty", "tooLarge", "typeUnknown", "markup", "zipNotOffice", "zipBomb", "zipUnsafe"]);

/**
 * POST /documents/upload: a new document, or a new version of one, as multipart/form-data with the
 * file last (the contract with the form: lib/documents/schema.ts names the fields). proxy.ts does
 * not run here, so that the file streams (see its matcher): the same refusals are made here.
 * With `Accept: application/json` the answer is JSON; a plain form is sent back to its page.
 */
export async function POST(request: Request) {
  const noStore = { "Cache-Control": "no-store" };
  if (isCrossOrigin(request.headers)) return Response.json({ error: "cross-origin" }, { status: 403, headers: noStore });
  const reader = (await getLocale()) as Locale;
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const allowed = await requireRouteUser(request, reader);
  if (!allowed.ok) {
    if (allowed.response.status === 401 && !wantsJson) return new Response(null, { status: 303, headers: { Location: "/sign-in", ...noStore } });
    return allowed.response;
  }
  const translate = (message: string) => translateMessage(catalogueTranslator(reader) as never, message);
  if (!hasRole(allowed.user.role, "EDITOR")) {
    const message = translate(documentErrorMessage("forbidden"));
    return wantsJson
      ? Response.json({ ok: false, message }, { status: 403, headers: noStore })
      : new Response(`${message}\n`, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", ...noStore } });
  }

  const answer = await acceptUpload(request, allowed.user);
  if (wantsJson) {
    if (answer.ok) {
      const message = translate(msg(answer.replaced ? "documents.a.replaced" : "documents.a.uploaded", { title: answer.title, number: answer.number }));
      return Response.json({ ok: true, documentId: answer.documentId, number: answer.number, message }, { headers: noStore });
    }
    const message = translate(documentErrorMessage(answer.code));
    // What is wrong with the file itself is said next to the file's field too.
    const fieldErrors = FILE_CODES.has(answer.code)
      ? { file: [message] }
      : answer.fieldErrors && Object.fromEntries(Object.entries(answer.fieldErrors).map(([field, messages]) => [field, messages.map(translate)]));
    return Response.json({ ok: false, code: answer.code, message, fieldErrors }, { status: STATUS[answer.code] ?? 400, headers: noStore });
  }
  const back = new URL(answer.returnTo, "http://same-site.invalid");
  back.searchParams.delete("document");
  back.searchParams.delete("documentError");
  if (answer.ok) back.searchParams.set("document", "uploaded");
  else back.searchParams.set("documentError", answer.code);
  back.hash = "documents";
  return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}${back.hash}`, ...noStore } });
}
