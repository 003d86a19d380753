import { describe, expect, it } from 'vitest';
import { countryByIso2, countryList, countryOf, matchCountries } from '../../src/ingest/extract/countries.js';
import { tokenize } from '../../src/ingest/extract/text.js';
import { extractArticle } from '../../src/ingest/extract/extract.js';
import type { Span } from '../../src/ingest/types.js';

const extract = (body: string) =>
  extractArticle({ title: 'T', subtitle: null, dateline: null, body, sections: [{ heading: null, text: body }] });
const texts = (spans: Span[]) => spans.map((s) => s.text);

const hits = (text: string) => {
  const tokens = tokenize(text);
  return matchCountries(tokens).map((m) => `${m.value.iso2}:${text.slice(tokens[m.from].start, tokens[m.to - 1].end)}`);
};

describe('countries', () => {
  it('knows every ISO 3166-1 country with names and demonyms', () => {
    expect(countryList().length).toBeGreaterThanOrEqual(249);
    expect(countryByIso2('kg')).toMatchObject({ iso3: 'KGZ', name: 'Kyrgyzstan', officialName: 'Kyrgyz Republic' });
    expect(countryByIso2('KG')!.demonyms).toContain('Kyrgyz');
    expect(countryByIso2('TJ')!.demonyms).toContain('Tajik');
  });

  it('finds names, official names and common variants', () => {
    expect(hits('Türkiye and Turkey, the Kyrgyz Republic, the US, the U.S. and the United States')).toEqual([
      'TR:Türkiye',
      'TR:Turkey',
      'KG:Kyrgyz Republic',
      'US:US',
      'US:U.S.',
      'US:United States',
    ]);
    expect(hits('the Russian Federation, Iran, South Korea, the Republic of Korea, the DPRK')).toEqual([
      'RU:Russian Federation',
      'IR:Iran',
      'KR:South Korea',
      'KR:Republic of Korea',
      'KP:DPRK',
    ]);
    expect(countryOf("People's Republic of China")).toBe('CN');
    expect(countryOf('Côte d’Ivoire')).toBe('CI');
  });

  it('finds demonyms and adjectives', () => {
    expect(hits('the Afghan conflict, the Chinese Foreign Minister, Kyrgyz’s National Assembly')).toEqual([
      'AF:Afghan',
      'CN:Chinese',
      'KG:Kyrgyz',
    ]);
    expect(hits('an Emirati firm, a Kazakh diplomat, Filipino workers')).toEqual([
      'AE:Emirati',
      'KZ:Kazakh',
      'PH:Filipino',
    ]);
  });

  it('matches whole words only and ignores look-alikes', () => {
    expect(hits('Indiana is not India; Eurasian is no country; Indochinese is one word')).toEqual(['IN:India']);
    expect(hits('a roast turkey, New Mexico, Latin America and the Indian Ocean')).toEqual([]);
    expect(hits('the Afghanistan file')).toEqual(['AF:Afghanistan']);
  });

  it('counts a name inside a hyphenated compound (the layer is independent)', () => {
    expect(hits('the China-SCO Park, the Russia-China Friendship Association, Afghan-led')).toEqual([
      'CN:China',
      'RU:Russia',
      'CN:China',
      'AF:Afghan',
    ]);
  });

  it('returns every mention with exact offsets, keeping the possessive outside', () => {
    const a = extract('Ghana’s envoy met Kenyan and Ghanaian officials in Accra, Ghana.');
    const gh = a.countries.find((c) => c.iso2 === 'GH')!;
    expect(texts(gh.mentions)).toEqual(['Ghana', 'Ghanaian', 'Ghana']);
    expect(a.countries.map((c) => c.iso2)).toEqual(['GH', 'KE']);
    for (const c of a.countries) for (const m of c.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
  });
});
