import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export default async function MeetingNotFound() {
  const t = await getTranslations("errors");
  return (
    <Notice headingLevel={1} title={t("meetingNotFound")}>
      <Link href="/meetings" className="font-medium underline">
        {t("seeAllMeetings")}
      </Link>
      .
    </Notice>
  );
}
