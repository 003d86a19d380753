import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { EntityManager } from 'typeorm';
import { Country } from './country.entity.js';

/**
 * Adjectives the package lists under another spelling ("Tadzhik") or not at all,
 * which news text uses; they make "Tajik", "Kyrgyz" and "Kazakh" findable.
 */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  TJ: ['Tajik'],
  KG: ['Kyrgyz'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  TR: ['Turkish'],
  GB: ['British'],
  US: ['American', 'US'],
};

const EXTRA_ALIASES: Record<string, string[]> = {
  TR: ['Turkey'],
  US: ['US', 'U.S.', 'USA', 'America'],
  GB: ['UK', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  KR: ['South Korea'],
  KP: ['North Korea'],
};

// A CommonJS JSON array: required, not imported, so that tsc and Node agree on its shape.
const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;

export interface CountryRow {
  name: string;
  officialName: string;
  iso2: string;
  iso3: string;
  region: string;
  subregion: string | null;
  demonyms: string[];
  aliases: string[];
}

/** Every ISO 3166-1 country (entries with a numeric code; Kosovo's XK is not one). */
export function countryRows(): CountryRow[] {
  return worldCountries
    .filter((c) => c.ccn3)
    .map((c) => {
      const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])]);
      const aliases = new Set(
        [...c.altSpellings, c.name.official, ...(EXTRA_ALIASES[c.cca2] ?? [])].filter(
          (a) => a.length > 2 && LATIN.test(a) && a !== c.name.common,
        ),
      );
      for (const extra of EXTRA_ALIASES[c.cca2] ?? []) aliases.add(extra);
      return {
        name: c.name.common,
        officialName: c.name.official,
        iso2: c.cca2,
        iso3: c.cca3,
        region: c.region,
        subregion: c.subregion || null,
        demonyms: [...demonyms].filter((d): d is string => Boolean(d)),
        aliases: [...aliases],
      };
    })
    .sort((a, b) => a.iso2.localeCompare(b.iso2));
}

/** Upserts all countries by iso2; safe to run on every start. */
export async function seedCountries(manager: EntityManager): Promise<number> {
  const rows = countryRows();
  await manager
    .createQueryBuilder()
    .insert()
    .into(Country)
    .values(rows)
    .orUpdate(['name', 'official_name', 'iso3', 'region', 'subregion', 'demonyms', 'aliases'], ['iso2'])
    .execute();
  return rows.length;
}
