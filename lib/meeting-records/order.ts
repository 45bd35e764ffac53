/**
 * A record moved one place up or down among its meeting's records: every record's new position,
 * numbered 0, 1, 2… in the new order so that old gaps or ties cannot stop a move. `group` is the
 * records it moves among when that is fewer than all (our interventions under one agenda item):
 * it changes places with its neighbour there, and the rest keep theirs. Null when it is not there,
 * or already first (up) or last (down).
 */
export function movedPositions(orderedIds: number[], id: number, direction: "up" | "down", group: number[] = orderedIds): Map<number, number> | null {
  const peers = orderedIds.filter((one) => group.includes(one));
  const at = peers.indexOf(id);
  const neighbour = peers[direction === "up" ? at - 1 : at + 1];
  if (at < 0 || neighbour === undefined) return null;
  const ids = orderedIds.map((one) => (one === id ? neighbour : one === neighbour ? id : one));
  return new Map(ids.map((one, position) => [one, position]));
}
