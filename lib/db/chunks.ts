/**
 * SQLite takes at most 999 parameters in one statement, and Prisma splits a long `IN` list itself
 * only when it stands alone in a where-clause. Reads keyed by many ids (a whole plan's items, an
 * imported file's rows) go through here, 500 at a time, whatever else the query says.
 */
export const ID_CHUNK = 500;

export async function inChunks<K, T>(ids: readonly K[], read: (chunk: K[]) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    // One by one: a chunk of ids may read many more rows (every milestone of 500 items) than a
    // call can take as arguments.
    for (const row of await read(ids.slice(start, start + ID_CHUNK))) results.push(row);
  }
  return results;
}
