import { z } from "zod";
import { economyCodeSchema } from "../economies/schema";
import { optionalDay, positiveId } from "../forms/fields";

export const addCoSponsorSchema = z.object({
  itemId: positiveId("item"),
  economyCode: economyCodeSchema,
  joinedOn: optionalDay("joinedOn"),
});

export const withdrawCoSponsorSchema = z.object({
  itemId: positiveId("item"),
  economyCode: economyCodeSchema,
  withdrawnOn: optionalDay("withdrawnOn"),
});

export const removeCoSponsorSchema = z.object({ itemId: positiveId("item"), economyCode: economyCodeSchema });
