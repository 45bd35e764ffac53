import { z } from "zod";
import { economyCodeSchema } from "../economies/schema";
import { optionalDay, positiveId } from "../forms/fields";

export const addCoSponsorSchema = z.object({
  itemId: positiveId("The item"),
  economyCode: economyCodeSchema,
  joinedOn: optionalDay("The date it joined"),
});

export const withdrawCoSponsorSchema = z.object({
  itemId: positiveId("The item"),
  economyCode: economyCodeSchema,
  withdrawnOn: optionalDay("The date it withdrew"),
});

export const removeCoSponsorSchema = z.object({ itemId: positiveId("The item"), economyCode: economyCodeSchema });
