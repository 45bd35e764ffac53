"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { ActionResult } from "@/lib/actions/result";
import { setFollow } from "@/lib/follows/actions";
import { ActionRefusal } from "../forms/action-refusal";

/** What a follow button says, worded on the server in the reader's language. */
export interface FollowLabels {
  /** The button's name while the item is not followed ("Follow <title>"). */
  follow: string;
  /** Its name while it is ("Unfollow <title>"). */
  unfollow: string;
  /** The visible words beside the star, on the item page; the table shows the star alone. */
  text?: { follow: string; unfollow: string };
  /** Why the item is followed without the officer choosing it ("followed because … proposes it"). */
  note?: string;
}

interface FollowButtonProps {
  itemId: number;
  following: boolean;
  labels: FollowLabels;
}

/**
 * A toggle that follows or unfollows an item: a form posting the server action, so it works before
 * (or without) JavaScript; with it, the star turns at once while the change is saved.
 */
export function FollowButton({ itemId, following, labels }: FollowButtonProps) {
  const [state, action] = useActionState<ActionResult | null, FormData>(setFollow, null);
  return (
    <form action={action} className={labels.text ? "inline-flex flex-col items-start gap-1" : "inline-flex shrink-0"} data-testid="follow-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="following" value={following ? "false" : "true"} />
      <Toggle following={following} labels={labels} />
      <ActionRefusal result={state} />
    </form>
  );
}

function Toggle({ following, labels }: { following: boolean; labels: FollowLabels }) {
  const { pending } = useFormStatus();
  // While the change is on its way, the button already shows where it is going.
  return <FollowStar shown={pending ? !following : following} pending={pending} labels={labels} />;
}

/**
 * The star itself, pressed while the item is followed (or is being followed). In a table it
 * submits the table's shared form (`submit`: the form's id and this row's item) rather than a form
 * of its own.
 */
export function FollowStar({
  shown,
  pending,
  labels,
  submit,
}: {
  shown: boolean;
  pending: boolean;
  labels: FollowLabels;
  submit?: { form: string; itemId: number };
}) {
  const name = shown ? labels.unfollow : labels.follow;
  const tone = shown ? "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50";
  return (
    <button
      type="submit"
      form={submit?.form}
      name={submit ? "itemId" : undefined}
      value={submit?.itemId}
      aria-pressed={shown}
      aria-label={name}
      title={labels.text ? undefined : (labels.note ?? name)}
      disabled={pending}
      data-testid="follow-button"
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-md border font-medium disabled:opacity-70 ${tone} ${labels.text ? "px-3 py-1.5 text-sm" : "p-1"}`}
    >
      <Star filled={shown} />
      {labels.text ? <span>{shown ? labels.text.unfollow : labels.text.follow}</span> : null}
    </button>
  );
}

function Star({ filled }: { filled: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={`size-4 ${filled ? "fill-amber-500 stroke-amber-600" : "fill-none stroke-slate-500"}`}
      strokeWidth={1.5}
    >
      <path d="M10 1.8l2.5 5.2 5.7.8-4.1 4 1 5.7-5.1-2.7-5.1 2.7 1-5.7-4.1-4 5.7-.8z" strokeLinejoin="round" />
    </svg>
  );
}
