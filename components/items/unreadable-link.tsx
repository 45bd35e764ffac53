import { useTranslations } from "next-intl";
import Link from "next/link";
import { translateMessage } from "@/lib/i18n/message";
import { Notice } from "../ui/notice";
import { PageHeader } from "../ui/page-header";

/** A view whose link carries a filter it cannot read: says which, and offers the unfiltered view. */
export function UnreadableLink({ title, messages, reset }: { title: string; messages: string[]; reset?: "/items" | "/items/matrix" }) {
  const t = useTranslations();
  return (
    <>
      <PageHeader title={title} />
      <Notice title={t("errors.linkFilterUnreadable")}>
        <ul className="list-disc pl-5">
          {messages.map((message) => (
            <li key={message}>{translateMessage(t, message)}</li>
          ))}
        </ul>
        {reset ? (
          <p className="mt-2">
            <Link href={reset} className="font-medium underline">
              {t("errors.showEveryItem")}
            </Link>
          </p>
        ) : null}
      </Notice>
    </>
  );
}
