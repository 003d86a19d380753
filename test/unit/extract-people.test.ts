import { describe, expect, it } from 'vitest';
import { extract, texts, person } from './extract-helpers.js';
import { extractArticle } from '../../src/ingest/extract/extract.js';
import { roleMatches } from '../../src/ingest/extract/people.js';

describe('people', () => {
  it('reads a title chain with a demonym before the name, and the family name later', () => {
    const a = extract(
      'Chinese State Councilor and Foreign Minister Wang Yi has called on members to act.',
      'Wang said the bloc had grown. Wang Wenbin did not comment.',
    );
    expect(person(a, 'Wang Yi')).toMatchObject({
      key: 'Wang Yi',
      title: 'State Councilor and Foreign Minister',
      country: 'CN',
      aliases: ['Wang'],
    });
    expect(texts(person(a, 'Wang Yi').mentions)).toEqual(['Wang Yi', 'Wang']);
  });

  it('reads "Title of the ORG (ACR) Name" and the surname later', () => {
    const a = extract(
      'Secretary-General of the Shanghai Cooperation Organization (SCO) Vladimir Imamovich Norov has said that talks matter.',
      'Norov said that more talks were needed.',
    );
    expect(person(a, 'Vladimir Imamovich Norov')).toMatchObject({
      title: 'Secretary-General',
      organization: 'SCO',
      aliases: ['Norov'],
    });
    expect(texts(person(a, 'Vladimir Imamovich Norov').mentions)).toEqual(['Vladimir Imamovich Norov', 'Norov']);
  });

  it('reads "the Title of the ORG, Name," as a person with that title and body', () => {
    const a = extract(
      'The chairperson of the African Union Commission, Moussa Faki Mahamat, on Saturday urged the parties to stop.',
      '“The suffering must end now,” Faki said.',
    );
    expect(person(a, 'Moussa Faki Mahamat')).toMatchObject({ title: 'Chairperson', aliases: ['Faki'] });
    expect(a.statements.map((s) => [s.speakerName, s.speaker?.key])).toEqual([
      ['Moussa Faki Mahamat', 'Moussa Faki Mahamat'],
      ['Faki', 'Moussa Faki Mahamat'],
    ]);
  });

  it('reads "Country’s Minister of X, Name," and "The Minister of X of Country, Name," as a person with title and country', () => {
    const a = extract(
      'Kuwait’s Minister of Finance, Noura Al-Fassam, told KUNA that the link works.',
      'The Minister of Foreign Affairs of Uzbekistan, Bakhtiyor Saidov, said the talks went well.',
    );
    expect(person(a, 'Noura Al-Fassam')).toMatchObject({ title: 'Minister of Finance', country: 'KW' });
    expect(person(a, 'Bakhtiyor Saidov')).toMatchObject({ title: 'Minister of Foreign Affairs', country: 'UZ' });
  });

  it('reads "The ORG’s regional director for Africa, Dr. Name," as a person of that body', () => {
    const a = extract('The World Health Organization’s regional director for Africa, Dr. Mohamed Janabi, welcomed it.');
    expect(person(a, 'Mohamed Janabi')).toMatchObject({ title: 'Regional Director for Africa', organization: 'WHO' });
  });

  it('reads demonym + title + name, and canonical titles', () => {
    const a = extract(
      'Russian Defence Minister Andrei Belousov met UN Secretary General Antonio Guterres. Belousov left.',
    );
    expect(person(a, 'Andrei Belousov')).toMatchObject({
      title: 'Defence Minister',
      country: 'RU',
      aliases: ['Belousov'],
    });
    expect(person(a, 'Antonio Guterres')).toMatchObject({ title: 'Secretary-General', organization: 'UN' });
  });

  it('reads an appositive title after the name', () => {
    const a = extract('Kao Kim Hourn, the ASEAN Secretary-General, said the bloc was united.');
    expect(person(a, 'Kao Kim Hourn')).toMatchObject({ title: 'Secretary-General', organization: 'ASEAN' });
  });

  it('finds an untitled name next to a speech verb', () => {
    const a = extract('“We are ready,” said Amina Mohammed. Moussa Faki told reporters the plan was sound.');
    expect(a.people.map((p) => p.name)).toEqual(['Amina Mohammed', 'Moussa Faki']);
  });

  it('does not take names inside organization names, nor titles alone', () => {
    const a = extract(
      'The Heydar Aliyev Foundation thanked the SCO Secretary General and the Chinese Foreign Minister.',
    );
    expect(a.people).toEqual([]);
  });

  it('reads a period-less honorific before a short form as the person named in full, a given name too', () => {
    const a = extract(
      'The UN Secretary-General, António Guterres, echoed the warning. Mr Guterres wrote that the world could not look away.',
      'The World Health Organization warned on Thursday that cases had doubled, as its Director-General Tedros Adhanom Ghebreyesus urged donors to act.',
      '“We are facing a perfect storm,” Dr Tedros told a news conference. “Vaccines alone will not end this,” the WHO chief added.',
    );
    expect(a.people.map((p) => [p.name, p.title, p.organization])).toEqual([
      ['António Guterres', 'Secretary-General', 'UN'],
      ['Tedros Adhanom Ghebreyesus', 'Director-General', 'WHO'],
    ]);
    expect(texts(person(a, 'António Guterres').mentions)).toEqual(['António Guterres', 'Guterres']);
    expect(texts(person(a, 'Tedros Adhanom Ghebreyesus').mentions)).toEqual(['Tedros Adhanom Ghebreyesus', 'Tedros']);
    // the WHO chief is its Director-General, not the body
    expect(a.statements.map((s) => [s.speakerName, s.speaker?.key ?? null])).toEqual([
      ['Guterres', 'António Guterres'],
      ['World Health Organization', 'WHO'],
      ['Tedros Adhanom Ghebreyesus', 'Tedros Adhanom Ghebreyesus'],
      ['Tedros', 'Tedros Adhanom Ghebreyesus'],
      ['the WHO chief', 'Tedros Adhanom Ghebreyesus'],
    ]);
  });

  it('recognises known people from the caller', () => {
    const body = 'Tokayev opened the summit in Astana.';
    const a = extractArticle(
      { title: 'T', subtitle: null, dateline: null, body, sections: [] },
      {
        known: { people: [{ name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'], title: 'President', country: 'KZ' }] },
      },
    );
    expect(a.people).toMatchObject([
      { name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'], title: 'President', country: 'KZ' },
    ]);
    expect(texts(a.people[0].mentions)).toEqual(['Tokayev']);
  });

  it('matches role nouns to titles', () => {
    expect(roleMatches('the SCO Secretary General', 'Secretary-General')).toBe(true);
    expect(roleMatches('The Chinese Foreign Minister', 'State Councilor and Foreign Minister')).toBe(true);
    expect(roleMatches('the defence minister', 'State Councilor and Foreign Minister')).toBe(false);
    expect(roleMatches('the statement', 'Secretary-General')).toBe(false);
  });
});
