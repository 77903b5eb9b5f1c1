// What an id of a region (its file name, its folder in out/) is, and an id like a name someone wrote. Imports nothing.

/** Lowercase letters and digits, with single hyphens between them: a region's id is a file name, a folder name and a command-line value (`--region -rf` would be an option). */
export const ID_PART = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const ID: RegExp = new RegExp(`^${ID_PART}$`);

/** An id like the one written ("Sint Kruis" → sint-kruis, "Jeugddienst Brugge" → jeugddienst-brugge); '' when nothing is left. */
export const idFrom = (written: string): string =>
  written
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
