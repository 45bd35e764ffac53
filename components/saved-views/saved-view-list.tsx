import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/section";
import { deleteView, shareView, subscribeView } from "@/lib/saved-views/actions";
import type { SavedViewEntry } from "@/lib/saved-views/queries";
import { RenameViewForm } from "./rename-view-form";

export type ListedView = SavedViewEntry & { description: string };

/**
 * Saved views as a list: each opens the work plan it names, says what it shows, and offers what
 * the officer may do with it: subscribe to any; rename, share and delete their own; an
 * administrator may also delete a colleague's shared view.
 */
export async function SavedViewList({ views, userId, isAdmin, empty }: { views: ListedView[]; userId: number; isAdmin: boolean; empty: string }) {
  const t = await getTranslations("savedViews");
  if (views.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {views.map((view) => {
        const own = view.owner.id === userId;
        return (
          <li key={view.id} className="flex flex-col gap-2 py-3 text-sm sm:flex-row sm:items-start sm:justify-between" data-testid="saved-view">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/items${view.query ? `?${view.query}` : ""}` as never} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {view.name}
                </Link>
                {own ? <Badge tone={view.shared ? "info" : "muted"}>{view.shared ? t("sharedBadge") : t("privateBadge")}</Badge> : null}
                {view.subscribed ? <Badge tone="success">{t("subscribedBadge")}</Badge> : null}
              </p>
              <p className="mt-0.5 text-xs text-slate-600">{view.description}</p>
              {own ? null : <p className="mt-0.5 text-xs text-slate-500">{t("savedBy", { name: view.owner.name })}</p>}
            </div>
            <div className="flex flex-wrap items-start gap-2">
              <ActionButton
                action={subscribeView}
                fields={{ id: view.id, subscribed: view.subscribed ? "false" : "true" }}
                size="sm"
                label={t(view.subscribed ? "unsubscribeLabel" : "subscribeLabel", { name: view.name })}
              >
                {view.subscribed ? t("unsubscribe") : t("subscribe")}
              </ActionButton>
              {own ? (
                <>
                  <RenameViewForm id={view.id} name={view.name} />
                  <ActionButton
                    action={shareView}
                    fields={{ id: view.id, shared: view.shared ? "false" : "true" }}
                    size="sm"
                    label={t(view.shared ? "makePrivateLabel" : "shareLabel", { name: view.name })}
                    confirm={view.shared ? t("confirmPrivate", { name: view.name }) : undefined}
                  >
                    {view.shared ? t("makePrivate") : t("share")}
                  </ActionButton>
                </>
              ) : null}
              {own || (isAdmin && view.shared) ? (
                <ActionButton
                  action={deleteView}
                  fields={{ id: view.id }}
                  size="sm"
                  tone="danger"
                  label={t("deleteLabel", { name: view.name })}
                  confirm={t("confirmDelete", { name: view.name })}
                >
                  {t("delete")}
                </ActionButton>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
