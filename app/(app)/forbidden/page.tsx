import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function ForbiddenPage() {
  await requirePageUser();
  return (
    <Notice headingLevel={1} title="Your role does not open this page">
      Ask an administrator if you need it. <Link href="/" className="font-medium underline">Back to the overview</Link>.
    </Notice>
  );
}
