// The shape of a catalogue entry (its English and Dutch form over the message's values) and the helpers the forms share.
export type Values = Record<string, string | number | undefined>;
export type Text = (v: Values) => string;
export interface Entry {
  en: Text;
  nl: Text;
}

export const n = (v: Values, key: string): number => Number(v[key] ?? 0);
export const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
/** A flag value: set (1, 'yes', any non-empty text) or not (undefined, 0, ''). */
export const on = (v: Values, key: string): boolean => v[key] !== undefined && v[key] !== 0 && v[key] !== '';

/** The file a validator checks, as the Dutch messages name it ("the flyer content" → "de inhoud van de flyer"). */
export const whatNl = (what: unknown): string =>
  ({ 'a region': 'een regio', 'a region translation': 'een vertaling van een regio', 'the theme': 'het thema', 'the output intent description': 'de beschrijving van het kleurprofiel' })[
    String(what)
  ] ?? String(what).replace(/^the (\w+) content$/, 'de inhoud van de $1');
