import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EconomyLink } from "@/components/economies/economy-link";
import { FollowButton } from "@/components/follows/follow-button";
import { ActionButton } from "@/components/forms/action-button";
import { ItemStatusBadge } from "@/components/items/item-status-badge";
import { hasRole } from "@/lib/auth/roles";
import { localTitle, otherTitle } from "@/lib/i18n/data";
import { archiveItem, deleteItem, restoreItem } from "@/lib/items/actions";
import type { ItemHeaderProps } from "./types";

/** Where the item sits, its titles in both languages, and what the officer may do to it. */
export async function ItemHeader({ item, locale, canEdit, user, follow }: ItemHeaderProps) {
  const [t, tk] = await Promise.all([getTranslations("item"), getTranslations("enums.itemKind")]);
  const title = localTitle(item, locale);
  const subtitle = otherTitle(item, locale);
  return (
    <div>
      <p className="text-sm text-slate-500">
        <Link href="/items" className="underline-offset-2 hover:underline">
          {t("breadcrumb")}
        </Link>{" "}
        / {item.year} · {tk(item.kind ?? "none")}
      </p>
      <h1 lang={title.lang} className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
        {title.text}
      </h1>
      {title.fallback ? <p className="mt-1 text-sm italic text-slate-500">{t("fallbackTitle")}</p> : null}
      {subtitle ? (
        <p lang={subtitle.lang} className="mt-1 text-lg text-slate-600">
          {subtitle.text}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <ItemStatusBadge status={item.status} />
        <span className="text-slate-600">
          {t("proposedBy")} <EconomyLink economy={item.proposer} />
        </span>
        {follow.status ? (
          <span className="text-slate-600" data-testid="follow-status">
            {follow.status}
          </span>
        ) : null}
      </div>
      <div className="mt-4 flex flex-wrap items-start gap-2 text-sm">
        <FollowButton itemId={item.id} following={follow.following} labels={follow.labels} />
        {canEdit ? (
          <Link href={`/items/${item.id}/edit`} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
            {t("edit")}
          </Link>
        ) : null}
        <Link
          href={`/items/${item.id}/history`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("history")}
        </Link>
        {hasRole(user.role, "EDITOR") ? (
          item.archivedAt ? (
            <ActionButton action={restoreItem} fields={{ id: item.id, version: item.version }}>
              {t("restore")}
            </ActionButton>
          ) : (
            <ActionButton action={archiveItem} fields={{ id: item.id, version: item.version }} confirm={t("confirmArchive")}>
              {t("archive")}
            </ActionButton>
          )
        ) : null}
        {item.archivedAt && hasRole(user.role, "ADMIN") ? (
          <ActionButton action={deleteItem} fields={{ id: item.id, version: item.version }} tone="danger" confirm={t("confirmDelete")}>
            {t("deleteForGood")}
          </ActionButton>
        ) : null}
      </div>
    </div>
  );
}
