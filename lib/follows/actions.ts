"use server";

import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as follows from "./mutations";
import { setFollowSchema } from "./schema";

/** Any signed-in officer may follow what they like: it changes only what they are told. */
export const setFollow = writeAction({
  role: "VIEWER",
  schema: setFollowSchema,
  write: (tx, user, input) => follows.setFollow(tx, user, input),
  answer: (state, { itemId }) => ({ message: msg(state.following ? "follows.followed" : "follows.unfollowed"), id: itemId }),
});
