import { describe, expect, it } from 'vitest';
import { extract, texts, org } from './extract-helpers.js';
import { extractArticle } from '../../src/ingest/extract/extract.js';
import { isByline, splitArticles, splitDatelineDate, statedDate } from '../../src/ingest/split.js';
import type { ExtractedArticle } from '../../src/ingest/types.js';

/** Entities beyond the gazetteer, found by the structure around them (issue 7). */
const init = (a: ExtractedArticle, name: string) => {
  const i = a.initiatives.find((x) => x.name === name || x.aliases.includes(name));
  if (!i) throw new Error(`no initiative ${name} in ${a.initiatives.map((x) => x.name).join(' | ')}`);
  return i;
};

describe('organizations by class nouns, acronyms and heads', () => {
  it('names armed groups, broadcasters and newspapers by the class noun next to them, and finds their later mentions', () => {
    const a = extract(
      'The armed group Boko Haram attacked a base, the Daily Trust newspaper said. Broadcaster Channels Television showed the site.',
      'Boko Haram did not comment.',
    );
    expect(org(a, 'Boko Haram')).toMatchObject({ kind: 'OTHER' });
    expect(texts(org(a, 'Boko Haram').mentions)).toEqual(['Boko Haram', 'Boko Haram']);
    expect(org(a, 'Daily Trust').kind).toBe('MEDIA');
    expect(org(a, 'Channels Television').kind).toBe('MEDIA');
    // "a Lagos newspaper" describes, it does not name
    expect(extract('A Lagos newspaper said so.').organizations).toEqual([]);
    // members name their group: "Al-Shabaab militants", "Houthi rebels"; a people's adjective does not
    const m = extract(
      'Al-Shabaab militants attacked a base. Houthi rebels fired missiles; Kurdish fighters and Syrian rebels clashed.',
    );
    expect(m.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Al-Shabaab', 'OTHER'],
      ['Houthi', 'OTHER'],
    ]);
    // a ruling coalition is a group too
    expect(org(extract('Kenya’s ruling Kenya Kwanza coalition backed the plan.'), 'Kenya Kwanza').kind).toBe('OTHER');
  });

  it('names parties by "ruling/opposition X party" and "the opposition X", groups by a pro-/anti- adjective, seats of government as bodies', () => {
    const a = extract(
      'Norway’s ruling Green Future party and the opposition Civic Alliance backed the budget. The anti-government group BlackSun(7) claimed the attack.',
      'Kremlin spokesman Ivan Petrov said the plan was a provocation. The White House did not comment.',
    );
    expect(org(a, 'Green Future')).toMatchObject({ kind: 'OTHER' });
    expect(org(a, 'Civic Alliance')).toMatchObject({ kind: 'OTHER' });
    expect(org(a, 'BlackSun(7)')).toMatchObject({ kind: 'OTHER' });
    expect(org(a, 'Kremlin')).toMatchObject({ kind: 'GOVERNMENT', country: null });
    expect(org(a, 'White House')).toMatchObject({ kind: 'GOVERNMENT' });
    expect(a.initiatives.map((i) => i.name)).not.toContain('Civic Alliance');
    // a bare "the Republican party" (no ruling/opposition) is left alone
    expect(extract('Members of the Republican party met.').organizations.map((o) => o.name)).toEqual([]);
  });

  it('keeps an acronym defined in another language, a short name in parentheses, and their uses', () => {
    const a = extract(
      'The Banco Central do Brasil and the far-right National Rally (RN) met the African Export-Import Bank (Afreximbank) and the Islamic Development Bank (IsDB).',
      'RN and Afreximbank officials spoke; the IsDB did not.',
    );
    expect(org(a, 'RN')).toMatchObject({ name: 'National Rally', kind: 'OTHER' });
    expect(texts(org(a, 'RN').mentions)).toEqual(['National Rally', 'RN', 'RN']);
    expect(org(a, 'Afreximbank')).toMatchObject({ name: 'African Export-Import Bank', kind: 'INTERGOVERNMENTAL' });
    expect(org(a, 'IsDB')).toMatchObject({ name: 'Islamic Development Bank', kind: 'INTERGOVERNMENTAL' });
  });

  it('gives central banks, news agencies, parties and regional parliaments their kinds, and "of <Country>" the seat', () => {
    const a = extract(
      'The Central Bank of Nigeria, the Saudi Press Agency, Kenya’s opposition Orange Democratic Movement, the Pan-African Parliament and the China Development Bank met.',
    );
    expect(org(a, 'Central Bank of Nigeria')).toMatchObject({ kind: 'GOVERNMENT', country: 'NG' });
    expect(org(a, 'Saudi Press Agency')).toMatchObject({ kind: 'MEDIA', country: 'SA' });
    expect(org(a, 'Orange Democratic Movement')).toMatchObject({ kind: 'OTHER', country: 'KE' });
    expect(org(a, 'Pan-African Parliament').kind).toBe('INTERGOVERNMENTAL');
    expect(org(a, 'China Development Bank').kind).toBe('GOVERNMENT');
  });

  it('tells a country’s commission, central bank and army from a region’s, a company and an armed group', () => {
    const a = extract(
      'The Federal Election Commission, the National Development and Reform Commission and the European Commission met.',
      'The Bank of Latvia and the Bank of America reported. The Rapid Support Forces fought the Sudanese Armed Forces.',
    );
    expect(org(a, 'Federal Election Commission').kind).toBe('GOVERNMENT');
    expect(org(a, 'National Development and Reform Commission').kind).toBe('GOVERNMENT');
    expect(org(a, 'European Commission').kind).toBe('INTERGOVERNMENTAL');
    expect(org(a, 'Bank of Latvia').kind).toBe('GOVERNMENT');
    expect(org(a, 'Bank of America').kind).toBe('COMPANY');
    expect(org(a, 'Rapid Support Forces').kind).toBe('OTHER');
    expect(org(a, 'Sudanese Armed Forces').kind).toBe('GOVERNMENT');
  });

  it('reads a national bank of a country as its central bank, and an organ named of an intergovernmental body as intergovernmental', () => {
    const a = extract(
      'The National Bank of Kazakhstan and the National Bank of Pakistan reported.',
      'The Council of Foreign Ministers of the Shanghai Cooperation Organization met in Astana.',
    );
    expect(org(a, 'National Bank of Kazakhstan').kind).toBe('GOVERNMENT');
    expect(org(a, 'National Bank of Pakistan').kind).toBe('COMPANY');
    expect(org(a, 'Council of Foreign Ministers').kind).toBe('INTERGOVERNMENTAL');
  });

  it('reads a consortium as an organization, an intergovernmental body’s own under its name', () => {
    const a = extract(
      'The SCO Interbank Consortium met in Moscow. The International Consortium of Investigative Journalists published.',
    );
    expect(org(a, 'SCO Interbank Consortium').kind).toBe('INTERGOVERNMENTAL');
    expect(org(a, 'International Consortium of Investigative Journalists').kind).toBe('OTHER');
  });

  it('reads a country’s news agency as the outlet, and an organ named whole with its body as intergovernmental', () => {
    const a = extract(
      '“The talks went well,” Iran’s IRNA news agency reported.',
      'The Executive Committee of the SCO Regional Anti-Terrorist Structure presented its report.',
    );
    expect(org(a, 'IRNA').kind).toBe('MEDIA');
    expect(a.statements.map((s) => [s.speakerName, s.speaker])).toEqual([
      ['Iran’s IRNA news agency', { type: 'organization', key: 'IRNA' }],
    ]);
    expect(org(a, 'Executive Committee of the SCO Regional Anti-Terrorist Structure').kind).toBe('INTERGOVERNMENTAL');
  });

  it('reads a person whose given name is a country as a person, and a place inside a name as no country', () => {
    const a = extract(
      'Jordan Bardella, president of the far-right National Rally (RN), met the Lifeline Express Hong Kong Foundation in Paris.',
    );
    expect(a.people.map((p) => [p.name, p.title, p.organization])).toEqual([['Jordan Bardella', 'President', 'RN']]);
    expect(a.countries.map((c) => c.iso2)).toEqual([]);
    expect(org(a, 'Lifeline Express Hong Kong Foundation').country).toBe('HK');
  });

  it('does not take a known body of another country for a namesake with a possessive seat', () => {
    const a = extractArticle(
      {
        title: 'T',
        subtitle: null,
        dateline: null,
        body: 'Belarus’s Association for Friendship with Foreign Countries met.',
        sections: [],
      },
      {
        known: {
          organizations: [{ name: 'Association for Friendship with Foreign Countries', kind: 'NGO', country: 'TJ' }],
        },
      },
    );
    expect(a.organizations.map((o) => [o.name, o.country])).toEqual([
      ['Association for Friendship with Foreign Countries', 'BY'],
    ]);
  });

  it('ends a name at its possessive, before a date, and at "and" after a known name', () => {
    const a = extract(
      'Kazinform News Agency’s Aigerim Sadykova reported it, as did the Eurasian Research Institute’s Executive Committee.',
      'He spoke at the Astana Polytechnic University February 6, and the Tashkent State Institute Tuesday.',
      'The New York Times and Almaty Herald covered the summit.',
    );
    expect(a.organizations.map((o) => o.name).sort()).toEqual([
      'Almaty Herald',
      'Astana Polytechnic University',
      'Eurasian Research Institute',
      'Kazinform News Agency',
      'Tashkent State Institute',
      'The New York Times',
    ]);
    expect(a.people.map((p) => p.name)).toContain('Aigerim Sadykova');
  });

  it('takes "in <Country>" after a name as its seat, except for a body’s branch named by its country', () => {
    const a = extract(
      'Lund University in Sweden and the University of Cape Town in South Africa signed it.',
      'The SCO Center for Public Diplomacy in Uzbekistan opened.',
    );
    expect(org(a, 'Lund University')).toMatchObject({ country: 'SE' });
    expect(org(a, 'University of Cape Town')).toMatchObject({ country: 'ZA' });
    expect(org(a, 'SCO Center for Public Diplomacy in Uzbekistan')).toMatchObject({ country: 'UZ' });
  });

  it('never takes Title-Case headline words for a name', () => {
    const a = extract(
      'Democratic Elite Betrayed Their Party And Paved The Way, the post said. POLICE SHOOTINGS ARE CHANGING THE DEBATE.',
    );
    expect(a.organizations).toEqual([]);
    expect(a.initiatives).toEqual([]);
  });
});

describe('initiatives that are events and structures', () => {
  it('reads a party’s national convention as an event and a legislature’s house as a body, not a treaty or a building', () => {
    const a = extract(
      'The Democratic National Convention opened as the Shanghai Convention on Combating Terrorism turned 20.',
      'The House of Representatives voted, and the House of Friendship opened in Wuhan.',
    );
    expect(init(a, 'Democratic National Convention').kind).toBe('EVENT');
    expect(init(a, 'Shanghai Convention on Combating Terrorism').kind).toBe('AGREEMENT');
    expect(org(a, 'House of Representatives').kind).toBe('GOVERNMENT');
    expect(init(a, 'House of Friendship').kind).toBe('FACILITY');
  });

  it('keeps a law’s title whole over its complements ("Freedom of Information Act")', () => {
    const a = extract('He filed a Freedom of Information Act request under the Law on Protection of Investors.');
    expect(a.initiatives.map((i) => i.name)).toContain('Freedom of Information Act');
    expect(a.initiatives.map((i) => i.name)).not.toContain('Information Act');
  });

  it('names a programme by a lower-case mission noun after it ("the X mission"), not a known body or a country', () => {
    const a = extract(
      'The drills test the Northern Shield mission launched in January, unlike the NATO mission and the Mali operation.',
    );
    expect(init(a, 'Northern Shield')).toMatchObject({ kind: 'PROGRAM' });
    expect(a.initiatives.map((i) => i.name)).toEqual(['Northern Shield']);
  });

  it('keeps an ordinal event title whole, with "of" complements, and cuts the place', () => {
    const a = extract(
      'Leaders met at the 24th Meeting of the Council of Heads of State in Astana, before the 46th GCC Summit in Kuwait in December.',
    );
    expect(init(a, '24th Meeting of the Council of Heads of State')).toMatchObject({
      kind: 'EVENT',
      location: 'Astana',
    });
    expect(init(a, '46th GCC Summit')).toMatchObject({ kind: 'EVENT', location: 'Kuwait' });
  });

  it('names an initiative in quotation marks after its noun: "known as", "called", "dubbed"', () => {
    const a = extract(
      'The secretary-general announced the payment systems interconnection project, known as “Aafaq”.',
      'The bloc launched a programme called “Green Belt” in 2023. The network named “Gulf Link” grew.',
      'He was known as “The Boss” to his aides.',
    );
    expect(a.initiatives.map((i) => [i.name, i.kind])).toEqual([
      ['Aafaq', 'PROGRAM'],
      ['Green Belt', 'PROGRAM'],
      ['Gulf Link', 'NETWORK'],
    ]);
  });

  it('reads a strategy whose name ends in a year after an acronym, and two summits under one plural head', () => {
    const a = extract(
      'The leaders adopted the ASEAN Community Vision 2045 at the end of the 44th and 45th ASEAN Summits.',
    );
    expect(a.initiatives.map((i) => [i.name, i.kind])).toEqual([
      ['ASEAN Community Vision 2045', 'STRATEGY'],
      ['44th and 45th ASEAN Summits', 'EVENT'],
    ]);
  });

  it('gives an initiative the year of its own clause, after the name first, and a strategy no horizon for a year', () => {
    const a = extract(
      'The AU adopted Agenda 2063 in 2013, and Saudi Vision 2030 was launched in 2016.',
      'The leaders signed the Astana Declaration on July 4, and launched the Green Belt Programme in 2022.',
      'Ministers reviewed the Gulf Railway Project and the GCC Regional Security Vision, adopted in 2024.',
      'The ASEAN Community Vision 2045 was adopted. The SCO Summit 2021 opened.',
    );
    expect(a.initiatives.map((i) => [i.name, i.year])).toEqual([
      ['Agenda 2063', 2013],
      ['Saudi Vision 2030', 2016],
      ['Astana Declaration', null],
      ['Green Belt Programme', 2022],
      ['Gulf Railway Project', null],
      ['GCC Regional Security Vision', 2024],
      ['ASEAN Community Vision 2045', null],
      ['SCO Summit 2021', 2021],
    ]);
  });

  it('reads two names that each open with a known acronym as names, not a shouted headline', () => {
    const a = extract('Leaders reviewed the ASEAN Political-Security Community and the ASEAN Economic Community.');
    expect(a.initiatives.map((i) => i.name)).toEqual([
      'ASEAN Political-Security Community',
      'ASEAN Economic Community',
    ]);
    // (a headline in capitals is still none)
    expect(extract('POLICE SHOOTINGS ARE CHANGING ASEAN').initiatives).toEqual([]);
  });

  it('reads a numbered meeting with a lower-case head as one event, the body inside still a body', () => {
    const a = extract(
      'Modi will attend the 16th BRICS summit in Kazan.',
      'The ministers met ahead of the 25th meeting of the SCO Council of Heads of State in Astana.',
      'Ministers attended the 13th ministerial conference of the World Trade Organization in Abu Dhabi.',
      // no name: a meeting of nobody named, a first one of anything, a meeting of a person
      'It was the 5th meeting this year, the first SCO summit, and the 2nd meeting of Ali and Tom Ruiz.',
    );
    expect(a.initiatives.map((i) => [i.name, i.kind, i.location])).toEqual([
      ['16th BRICS summit', 'EVENT', 'Kazan'],
      ['25th meeting of the SCO Council of Heads of State', 'EVENT', 'Astana'],
      ['13th ministerial conference of the World Trade Organization', 'EVENT', 'Abu Dhabi'],
    ]);
    expect(a.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['BRICS', 'Shanghai Cooperation Organization', 'World Trade Organization']),
    );
  });

  it('names exercises by the noun next to them, with the year they carry', () => {
    const a = extract(
      'Iran and Pakistan held exercise Sahand-Counterterrorism-2025, after the Gulf Shield 2025 joint naval exercise.',
    );
    expect(init(a, 'Sahand-Counterterrorism-2025')).toMatchObject({ kind: 'EVENT', year: 2025 });
    expect(init(a, 'Gulf Shield 2025')).toMatchObject({ kind: 'EVENT', year: 2025 });
    // names in quotation marks, before or after the noun, "Mission" and all
    const q = extract(
      'The bloc will hold the joint exercise “Peace Mission-2024” in September.',
      'The navies held the “Sea Breeze 2025” joint naval exercise off the coast; he called the exercise “a provocation.”',
    );
    expect(init(q, 'Peace Mission-2024')).toMatchObject({ kind: 'EVENT', year: 2024 });
    expect(init(q, 'Sea Breeze 2025')).toMatchObject({ kind: 'EVENT', year: 2025 });
    expect(q.initiatives.map((i) => i.name)).not.toContain('a provocation');
    // "Mission" right after the noun, unquoted; an anti-terrorist exercise named before it
    const bare = extract(
      'Troops took part in the joint military exercise Peace Mission 2021 in Orenburg.',
      'The Peace Mission-2024 joint anti-terrorist exercise was held in Chelyabinsk.',
    );
    expect(init(bare, 'Peace Mission 2021')).toMatchObject({ kind: 'EVENT', year: 2021 });
    expect(init(bare, 'Peace Mission-2024')).toMatchObject({ kind: 'EVENT', year: 2024 });
  });

  it('reads funds, payment systems, mechanisms and community pillars as initiatives, with defined acronyms as aliases', () => {
    const a = extract(
      'The AU Peace Fund, the Pan-African Payment and Settlement System (PAPSS), the ASEAN Economic Community and the AFAQ system were discussed.',
      'PAPSS and AFAQ links grew; the Rockefeller Brothers Fund stayed out.',
    );
    expect(init(a, 'AU Peace Fund').kind).toBe('FACILITY');
    expect(init(a, 'Pan-African Payment and Settlement System')).toMatchObject({
      kind: 'FACILITY',
      aliases: ['PAPSS'],
    });
    expect(texts(init(a, 'PAPSS').mentions)).toEqual(['Pan-African Payment and Settlement System', 'PAPSS', 'PAPSS']);
    expect(init(a, 'ASEAN Economic Community').kind).toBe('PROGRAM');
    expect(texts(init(a, 'AFAQ system').mentions)).toEqual(['AFAQ system', 'AFAQ']);
    expect(org(a, 'Rockefeller Brothers Fund').kind).toBe('NGO');
  });

  it('keeps a place the acronym spells in the name, and no headline word after a document head', () => {
    const a = extract(
      'The African Union Support and Stabilization Mission in Somalia (AUSSOM) will deploy.',
      'Joint Communique Details The ministers agreed.',
    );
    expect(init(a, 'AUSSOM')).toMatchObject({
      name: 'African Union Support and Stabilization Mission in Somalia',
      location: null,
    });
    expect(a.initiatives.map((i) => i.name)).not.toContain('Joint Communique Details');
  });
});

describe('article metadata from the text', () => {
  it('reads a stated date deterministically and never a relative one', () => {
    expect(statedDate('Feb. 16, 2025')).toBe('2025-02-16T00:00:00.000Z');
    expect(statedDate('Published on 14 February 2025, 10:31 GMT')).toBe('2025-02-14T10:31:00.000Z');
    expect(statedDate('on Sunday')).toBeNull();
    expect(splitDatelineDate('RIYADH, March 3, 2025 (SPA)')).toEqual({
      dateline: 'RIYADH (SPA)',
      publishedAt: '2025-03-03T00:00:00.000Z',
    });
    expect(splitDatelineDate('WASHINGTON, D.C.')).toEqual({ dateline: 'WASHINGTON, D.C.', publishedAt: null });
  });

  it('recognises bylines but not decks', () => {
    expect(isByline('By Ana Ribeiro')).toBe(true);
    expect(isByline('Tesfaye Alemu in Addis Ababa')).toBe(true);
    expect(isByline('By the numbers: how the bloc voted in 2024 and what comes next for trade')).toBe(false);
    expect(isByline('By then the talks had ended, and the ministers')).toBe(false);
    expect(isByline('Joint communiqué urges early conclusion of Code of Conduct')).toBe(false);
  });

  it('reads a byline and a date line under the headline without blank lines between them', () => {
    const [a] = splitArticles(
      [
        'SCO defence ministers meet in Qingdao',
        'By Li Wei in Qingdao',
        'Published: June 26, 2025 10:15 AM',
        'Share this article',
        'Defence ministers of the member states met in Qingdao on Wednesday.',
        '',
        'By then the talks had ended, and the ministers',
        'left the hall.',
      ].join('\n'),
    );
    expect(a).toMatchObject({
      title: 'SCO defence ministers meet in Qingdao',
      byline: 'By Li Wei in Qingdao',
      publishedAt: '2025-06-26T10:15:00.000Z',
      body: 'Defence ministers of the member states met in Qingdao on Wednesday.\n\nBy then the talks had ended, and the ministers left the hall.',
    });
  });

  it('splits a page with share buttons, a byline, a date line and a READ MORE link into clean fields', () => {
    const [a] = splitArticles(
      [
        'Ministers agree payment link',
        '',
        'Facebook | X | WhatsApp | Email',
        '',
        'Leaders back the plan at a summit',
        '',
        'Tesfaye Alemu in Addis Ababa',
        '',
        'Published: 16 February 2025',
        '',
        'ADDIS ABABA – Ministers agreed on Sunday.',
        '',
        'READ MORE: AU suspends Niger after coup',
        '',
        'The plan starts in March.',
      ].join('\n'),
    );
    expect(a).toEqual({
      title: 'Ministers agree payment link',
      subtitle: 'Leaders back the plan at a summit',
      dateline: 'ADDIS ABABA',
      byline: 'Tesfaye Alemu in Addis Ababa',
      publishedAt: '2025-02-16T00:00:00.000Z',
      body: 'Ministers agreed on Sunday.\n\nThe plan starts in March.',
      sections: [{ heading: null, text: 'Ministers agreed on Sunday.\n\nThe plan starts in March.' }],
    });
    expect(extractArticle(a).publishedAt).toBe('2025-02-16T00:00:00.000Z');
  });
});
