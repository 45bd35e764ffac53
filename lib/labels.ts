/** The name officers use in lists: "Korea", not "Republic of Korea". */
export function economyLabel(economy: { name: string; shortName: string | null }): string {
  return economy.shortName ?? economy.name;
}

/** Both names of an economy, for messages rendered later in either language. */
export function economyNames(economy: { name: string; shortName: string | null; nameZh: string }) {
  return { economy: economyLabel(economy), economyZh: economy.nameZh };
}
