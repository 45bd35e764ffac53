import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export default function ItemNotFound() {
  return (
    <Notice headingLevel={1} title="There is no such item">
      The link may be mistyped, or the item was deleted. <Link href="/items" className="font-medium underline">Back to the work plan</Link>.
    </Notice>
  );
}
