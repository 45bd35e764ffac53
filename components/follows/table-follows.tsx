"use client";

import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { setFollow } from "@/lib/follows/actions";
import { ActionRefusal } from "../forms/action-refusal";
import { FollowStar, type FollowLabels } from "./follow-button";

/**
 * Follow stars for a whole table: two forms (follow, unfollow) that every row's star submits
 * through the form attribute, with the row's item as the button's value. A form per row repeated
 * the action's hidden fields 25 times, about 1.2 KB of a 2.7 KB row, and React encoded each one
 * on every request. Without JavaScript the stars still post the forms; with it, a star turns at
 * once and waits until its change is saved.
 */
export function useTableFollows(idPrefix: string): { forms: ReactNode; star: (itemId: number, following: boolean, labels: FollowLabels) => ReactNode } {
  // One action state behind both forms: its answer is the latest press's, whichever way it went.
  const [answer, act, busy] = useActionState<ActionResult | null, FormData>(setFollow, null);
  // Where each pressed star is going, until nothing is on its way any more (React's pattern for
  // state that follows another value: adjusted while rendering, not in an effect).
  const [targets, setTargets] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [wasBusy, setWasBusy] = useState(busy);
  if (busy !== wasBusy) {
    setWasBusy(busy);
    if (!busy) setTargets(new Map());
  }

  const ids = { follow: `${idPrefix}-follow`, unfollow: `${idPrefix}-unfollow` };
  const pressed = (event: FormEvent<HTMLFormElement>) => {
    const itemId = Number((event.nativeEvent as SubmitEvent).submitter?.getAttribute("value"));
    const target = event.currentTarget.id === ids.follow;
    if (itemId) setTargets((current) => new Map(current).set(itemId, target));
  };
  const forms = (
    <>
      <form id={ids.follow} action={act} onSubmit={pressed} data-testid="follow-form">
        <input type="hidden" name="following" value="true" />
      </form>
      <form id={ids.unfollow} action={act} onSubmit={pressed} data-testid="unfollow-form">
        <input type="hidden" name="following" value="false" />
      </form>
      <ActionRefusal result={answer} size="sm" />
    </>
  );
  const star = (itemId: number, isFollowing: boolean, labels: FollowLabels) => {
    const target = targets.get(itemId);
    return (
      <FollowStar
        shown={target ?? isFollowing}
        pending={target !== undefined}
        labels={labels}
        submit={{ form: isFollowing ? ids.unfollow : ids.follow, itemId }}
      />
    );
  };
  return { forms, star };
}
