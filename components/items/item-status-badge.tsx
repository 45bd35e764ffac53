import type { ItemStatus } from "@/lib/db/generated/enums";
import { ITEM_STATUS_LABEL } from "@/lib/labels";
import { Badge, type BadgeTone } from "../ui/badge";

const TONE: Record<ItemStatus, BadgeTone> = {
  PROPOSED: "muted",
  APPROVED: "info",
  IN_IMPLEMENTATION: "info",
  COMPLETED: "success",
  CANCELLED: "neutral",
};

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  return <Badge tone={TONE[status]}>{ITEM_STATUS_LABEL[status]}</Badge>;
}
