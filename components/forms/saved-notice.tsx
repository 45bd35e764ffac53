import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

/**
 * After a save lands on the record's page: when it was merged with a colleague's change to other
 * fields, a calm word that both changes are kept, so the officer is not surprised by values they
 * did not type. The update actions land on the record's page with `?saved=merged` then; the page
 * passes its `saved` query value here, and any other value shows nothing.
 */
export async function SavedNotice({ saved, subject }: { saved: string | string[] | undefined; subject: "item" | "meeting" }) {
  if (saved !== "merged") return null;
  const t = await getTranslations("forms");
  return (
    <div data-testid="merged-notice">
      <Notice tone="info" title={t("mergedTitle")}>
        {t("mergedBody", { subject })}
      </Notice>
    </div>
  );
}
