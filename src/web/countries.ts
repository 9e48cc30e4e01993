/** ISO 3166-1 numeric (world-atlas feature ids) → alpha-3 (store codes), from i18n-iso-countries' table. */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };

const BY_NUMERIC = new Map<string, string>();
for (const row of codes as string[][]) if (row[1] && row[2]) BY_NUMERIC.set(row[2], row[1]);

export const alpha3 = (numeric: string | number | undefined): string | undefined =>
  numeric === undefined ? undefined : BY_NUMERIC.get(String(numeric).padStart(3, '0'));

/** Country names by alpha-3, filled from the atlas as it loads. */
export const NAMES = new Map<string, string>();
export const countryName = (code: string): string => NAMES.get(code) ?? code;
