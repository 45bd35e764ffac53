import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export default function NotFound() {
  return (
    <Notice headingLevel={1} title="This page does not exist">
      <Link href="/" className="font-medium underline">Go to the overview</Link>.
    </Notice>
  );
}
