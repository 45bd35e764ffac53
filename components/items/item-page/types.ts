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

export type ItemHeaderProps = ItemSectionProps & { user: CurrentUser };
