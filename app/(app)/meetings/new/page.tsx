import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { createMeeting } from "@/lib/meetings/actions";
import { forumOptions } from "@/lib/meetings/form-options";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("newTitle") };
}

export default async function NewMeetingPage() {
  await requirePageUser({ role: "EDITOR" });
  const t = await getTranslations("meetings");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <MeetingForm action={createMeeting} fora={await forumOptions()} cancelHref="/meetings" />
    </>
  );
}
