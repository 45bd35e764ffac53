import type { Metadata, Route } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { meetingName } from "@/lib/i18n/data";
import { updateMeeting } from "@/lib/meetings/actions";
import { forumOptions } from "@/lib/meetings/form-options";
import { meetingToFormValues } from "@/lib/meetings/form-values";
import { getMeeting } from "@/lib/meetings/queries";
import { meetingIdSchema } from "@/lib/meetings/schema";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("editTitle") };
}

export default async function EditMeetingPage({ params }: PageProps<"/meetings/[id]/edit">) {
  await requirePageUser({ role: "EDITOR" });
  const id = meetingIdSchema.safeParse((await params).id);
  const meeting = id.success ? await getMeeting(id.data) : null;
  if (!meeting) notFound();
  const t = await getTranslations("meetings");
  return (
    <>
      <PageHeader title={t("editTitle")} subtitle={meetingName(meeting, (await getLocale()) as Locale)} />
      <MeetingForm
        action={updateMeeting}
        fora={await forumOptions()}
        initial={meetingToFormValues(meeting)}
        meeting={{ id: meeting.id, version: meeting.version }}
        cancelHref={`/meetings/${meeting.id}` as Route}
      />
    </>
  );
}
