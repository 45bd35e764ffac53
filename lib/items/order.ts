import type { ItemKind } from "../db/generated/enums";

const KIND_ORDER: Record<ItemKind, number> = { INITIATIVE: 0, APEC_FUNDED: 1, SELF_FUNDED: 2 };

/** The order of the work plan itself: newest year first, then initiatives, APEC-funded, self-funded. */
export function compareItems(a: { year: number; kind: ItemKind | null; id: number }, b: { year: number; kind: ItemKind | null; id: number }): number {
  return b.year - a.year || kindRank(a.kind) - kindRank(b.kind) || a.id - b.id;
}

function kindRank(kind: ItemKind | null): number {
  return kind ? KIND_ORDER[kind] : 3;
}
