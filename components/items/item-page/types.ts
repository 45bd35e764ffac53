import type { FollowLabels } from "@/components/follows/follow-button";
import type { CurrentUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import type { getItem } from "@/lib/items/queries";

export type ItemPageItem = NonNullable<Awaited<ReturnType<typeof getItem>>>;

/** What every section of the item page is drawn from. */
export interface ItemSectionProps {
  item: ItemPageItem;
  locale: Locale;
  /** An editor on a live item: archived items are read-only until restored. */
  canEdit: boolean;
}

/** Whether the officer follows the item, the button's words, and why it is followed or not. */
export interface ItemFollow {
  following: boolean;
  labels: FollowLabels;
  status?: string;
}

export type ItemHeaderProps = ItemSectionProps & { user: CurrentUser; follow: ItemFollow };
