import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export default function EconomyNotFound() {
  return (
    <Notice headingLevel={1} title="No APEC economy has that code">
      Economy codes have two letters, such as PE for Peru. <Link href="/economies" className="font-medium underline">See all 21 economies</Link>.
    </Notice>
  );
}
