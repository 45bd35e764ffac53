import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { createMeeting } from "@/lib/meetings/actions";
import { forumOptions } from "@/lib/meetings/form-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New meeting" };

export default async function NewMeetingPage() {
  await requirePageUser({ role: "EDITOR" });
  return (
    <>
      <PageHeader title="New meeting" />
      <MeetingForm action={createMeeting} fora={await forumOptions()} cancelHref="/meetings" />
    </>
  );
}
