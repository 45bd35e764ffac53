import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export default function MeetingNotFound() {
  return (
    <Notice headingLevel={1} title="There is no such meeting">
      <Link href="/meetings" className="font-medium underline">See all meetings</Link>.
    </Notice>
  );
}
