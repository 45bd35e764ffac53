import { useTranslations } from "next-intl";
import type { ItemStatus } from "@/lib/db/generated/enums";
import { Badge, type BadgeTone } from "../ui/badge";

const TONE: Record<ItemStatus, BadgeTone> = {
  PROPOSED: "muted",
  APPROVED: "info",
  IN_IMPLEMENTATION: "info",
  COMPLETED: "success",
  CANCELLED: "neutral",
};

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const t = useTranslations("enums.itemStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
