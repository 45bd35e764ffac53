import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { createFollowUpFromRecommendation } from "@/lib/follow-ups/actions";
import { ActionButton } from "../forms/action-button";

/**
 * Under a recommendation of a meeting's record: one press makes it a follow-up action of the
 * meeting (its heading as the description, the officer as owner), and what it led to is linked.
 */
export async function RecommendationFollowUp({
  recommendation,
  meetingId,
  count,
  canEdit,
}: {
  recommendation: { id: number; heading: string };
  meetingId: number;
  count: number;
  canEdit: boolean;
}) {
  const t = await getTranslations("followUps.recommendation");
  if (!canEdit && count === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3 text-xs" data-testid="recommendation-follow-up">
      {canEdit ? (
        <ActionButton
          size="sm"
          action={createFollowUpFromRecommendation}
          fields={{ recommendationId: recommendation.id }}
          label={t("makeLabel", { heading: recommendation.heading })}
        >
          {t("make")}
        </ActionButton>
      ) : null}
      {count > 0 ? (
        <span className="text-slate-600">
          {t("made", { count })} ·{" "}
          <Link href={`/meetings/${meetingId}#follow-ups`} className="text-brand-700 underline-offset-2 hover:underline">
            {t("see")}
          </Link>
        </span>
      ) : null}
    </div>
  );
}
