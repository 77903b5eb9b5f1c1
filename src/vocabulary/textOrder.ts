// Two strings → their order by UTF-16 code units: the same on every machine, whatever its locale. Imports nothing.

/**
 * `localeCompare` without a locale orders by the collation of the machine's locale (LANG), so a list sorted with it (the
 * diagnostics a build prints, a key made of sorted names) could differ between a laptop and CI; and its first call loads
 * ICU's collator (~15 ms of a no-op build). Paths, ids and codes need a fixed order, not a dictionary's.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
