import { describe, expect, it } from 'vitest';
import { extract, texts, org } from './extract-helpers.js';
import { extractArticle } from '../../src/ingest/extract/extract.js';
import { acronymFits, initials } from '../../src/ingest/extract/organizations.js';

describe('organizations: gazetteer and acronyms', () => {
  it('recognises well-known bodies by name and acronym, and the acronym in parentheses is its own mention', () => {
    const a = extract('Leaders of the African Union (AU) met ASEAN, BRICS and NATO envoys. The AU chair spoke.');
    expect(a.organizations.map((o) => o.key)).toEqual(['AU', 'ASEAN', 'BRICS', 'NATO']);
    expect(texts(org(a, 'AU').mentions)).toEqual(['African Union', 'AU', 'AU']);
    expect(org(a, 'ASEAN')).toMatchObject({
      name: 'Association of Southeast Asian Nations',
      kind: 'INTERGOVERNMENTAL',
      country: null,
    });
  });

  it('reads a known acronym whose letters spell a function word, in capitals, as the body ("WHO")', () => {
    const a = extract('The WHO said cases rose. A WHO official agreed. Who said that? Nobody knows who.');
    expect(a.organizations.map((o) => o.key)).toEqual(['WHO']);
    expect(texts(org(a, 'WHO').mentions)).toEqual(['WHO', 'WHO']);
  });

  it('knows the armed groups and movements the news names by name alone, "al-" names included', () => {
    const a = extract(
      'The Taliban said Tehreek-e-Taliban Pakistan (TTP) was not welcome. Hamas and Hezbollah praised the Houthis.',
      'Islamic State fighters and al-Qaeda were blamed; ISIS denied it.',
    );
    expect(a.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Taliban', 'OTHER'],
      ['Tehrik-i-Taliban Pakistan', 'OTHER'],
      ['Hamas', 'OTHER'],
      ['Hezbollah', 'OTHER'],
      ['Houthis', 'OTHER'],
      ['Islamic State', 'OTHER'],
      ['al-Qaeda', 'OTHER'],
    ]);
    expect(texts(org(a, 'Islamic State').mentions)).toEqual(['Islamic State', 'ISIS']);
  });

  it('learns an acronym defined in the text and finds its later uses, plurals included', () => {
    const a = extract(
      'The East African Health Research Commission (EAHRC) met the Centers for Disease Control (CDCs) of the region.',
      'EAHRC said the CDCs would share data.',
    );
    expect(org(a, 'EAHRC')).toMatchObject({
      key: 'EAHRC',
      name: 'East African Health Research Commission',
      acronym: 'EAHRC',
    });
    expect(texts(org(a, 'EAHRC').mentions)).toEqual(['East African Health Research Commission', 'EAHRC', 'EAHRC']);
    expect(org(a, 'CDC')).toMatchObject({ name: 'Centers for Disease Control', acronym: 'CDC', kind: 'GOVERNMENT' });
    expect(texts(org(a, 'CDC').mentions)).toEqual(['Centers for Disease Control', 'CDCs', 'CDCs']);
  });

  it('checks acronyms against initials', () => {
    expect(initials('International Health Exchange and Cooperation Center')).toBe('IHECC');
    expect(acronymFits('CDCs', 'Centers for Disease Control')).toBe(true);
    expect(acronymFits('WHO', 'World Trade Organization')).toBe(false);
  });
});

describe('organizations: names by head word', () => {
  it('reads heads, complements and kinds', () => {
    const a = extract(
      'The Kenya Red Cross Society, the Ministry of Foreign Affairs, the University of Nairobi, the Institute of Peace and Diplomatic Studies, Hubei Provincial People’s Government and the Peking University People’s Hospital took part.',
    );
    expect(a.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Kenya Red Cross Society', 'NGO'],
      ['Ministry of Foreign Affairs', 'GOVERNMENT'],
      ['University of Nairobi', 'ACADEMIC'],
      ['Institute of Peace and Diplomatic Studies', 'ACADEMIC'],
      ['Hubei Provincial People’s Government', 'GOVERNMENT'],
      ['Peking University People’s Hospital', 'OTHER'],
    ]);
    expect(org(a, 'Kenya Red Cross Society').country).toBe('KE');
    expect(org(a, 'University of Nairobi').country).toBe('KE'); // capital in the name
    expect(org(a, 'Peking University People’s Hospital').country).toBe('CN');
  });

  it('splits "X of the Y" when Y is an organization, and keeps indivisible names whole', () => {
    const a = extract(
      'The Peace and Security Council of the African Union met the Indian Council of World Affairs and the China-Pakistan Study Center of the Institute of Strategic Studies Islamabad.',
    );
    const psc = org(a, 'Peace and Security Council');
    expect(texts(psc.mentions)).toEqual(['Peace and Security Council']);
    expect(psc.parent).toBe('AU');
    expect(texts(org(a, 'AU').mentions)).toEqual(['African Union']);
    expect(org(a, 'Indian Council of World Affairs')).toMatchObject({ kind: 'ACADEMIC', country: 'IN', parent: null });
    expect(org(a, 'China-Pakistan Study Center')).toMatchObject({
      parent: 'Institute of Strategic Studies Islamabad',
      country: 'PK',
    });
  });

  it('keeps a possessive country out of the name and makes it the seat', () => {
    const a = extract(
      'Ghana’s Children’s Fund, Belarus’s Association for Friendship with Foreign Countries and Kenya’s Association for Friendship with Foreign Countries signed.',
    );
    expect(org(a, 'Children’s Fund')).toMatchObject({ country: 'GH', kind: 'NGO' });
    const assoc = a.organizations.filter((o) => o.name === 'Association for Friendship with Foreign Countries');
    expect(assoc.map((o) => [o.key, o.country])).toEqual([
      ['Association for Friendship with Foreign Countries@BY', 'BY'],
      ['Association for Friendship with Foreign Countries@KE', 'KE'],
    ]);
    expect(a.countries.map((c) => c.iso2)).toEqual(['GH', 'BY', 'KE']);
  });

  it('joins a comma list that belongs to the name', () => {
    const a = extract('The Good-neighborliness, Friendship and Cooperation Commission of the SCO met.');
    expect(org(a, 'Good-neighborliness, Friendship and Cooperation Commission')).toMatchObject({
      parent: 'SCO',
      kind: 'INTERGOVERNMENTAL',
    });
  });

  it('resolves short forms ("the Commission") to the body the article named', () => {
    const a = extract(
      'The West African Fisheries Commission held its plenary in Dakar.',
      'The Commission believes that stocks are falling. It supports a ban.',
    );
    expect(texts(org(a, 'West African Fisheries Commission').mentions)).toEqual([
      'West African Fisheries Commission',
      'Commission',
    ]);
  });

  it('treats a forum that speaks as a body and a forum that is held as an event', () => {
    const a = extract(
      'The Pacific Islands Youth Forum on Climate has urged members to act. The Forum proposes that ministers meet.',
      'Fiji will host the Ocean Women’s Forum next year.',
    );
    expect(org(a, 'Pacific Islands Youth Forum on Climate').mentions.length).toBe(2);
    expect(a.initiatives.map((i) => [i.name, i.kind])).toEqual([['Ocean Women’s Forum', 'EVENT']]);
  });

  it('names never overlap: the longest wins', () => {
    const a = extract('The SCO Women’s Forum and the Heydar Aliyev Foundation met SCO staff.');
    expect(texts(org(a, 'SCO').mentions)).toEqual(['SCO']);
    expect(a.people).toEqual([]);
    expect(org(a, 'Heydar Aliyev Foundation').kind).toBe('NGO');
  });

  it('finds a lower-case head after an organization name', () => {
    const a = extract('ASEAN revived the “ASEAN-Myanmar” liaison group and an ASEAN hotline network.');
    expect(org(a, 'ASEAN-Myanmar liaison group')).toMatchObject({ parent: 'ASEAN', kind: 'INTERGOVERNMENTAL' });
    expect(texts(org(a, 'ASEAN-Myanmar liaison group').mentions)).toEqual(['ASEAN-Myanmar” liaison group']);
    expect(a.initiatives.map((i) => i.name)).toEqual(['ASEAN hotline network']);
  });

  it('reads a region’s organization or agency as intergovernmental, as its parliament or bank', () => {
    const a = extract(
      'The Eurasian Organisation for Digital Trade met. The European Medicines Agency approved it. The Arab Organization for Industrialization signed.',
      'The Kenya Wildlife Organization and the Texas Agency for Housing did not.',
    );
    expect(a.organizations.map((o) => [o.name, o.kind === 'INTERGOVERNMENTAL'])).toEqual([
      ['Eurasian Organisation for Digital Trade', true],
      ['European Medicines Agency', true],
      ['Arab Organization for Industrialization', true],
      ['Kenya Wildlife Organization', false],
      ['Texas Agency for Housing', false],
    ]);
  });

  it('reads a body of states by its name, and an alliance that speaks past a description between commas', () => {
    const a = extract(
      'The Alliance of Sahel States, formed by Mali, Burkina Faso and Niger after they quit the bloc, said the decision was “a provocation.”',
      'The alliance’s ministers said they would respond. The Union of South American Nations met at the Supreme Court of the United States.',
    );
    expect(org(a, 'Alliance of Sahel States')).toMatchObject({ kind: 'INTERGOVERNMENTAL' });
    expect(org(a, 'Union of South American Nations')).toMatchObject({ kind: 'INTERGOVERNMENTAL' });
    expect(org(a, 'Supreme Court of the United States').kind).toBe('GOVERNMENT');
    // the alliance speaks, not the first country of its description; "the alliance" is it again
    expect(a.statements.map((s) => s.speaker?.key ?? null)).toEqual([
      'Alliance of Sahel States',
      'Alliance of Sahel States',
      'Alliance of Sahel States',
    ]);
  });

  it('gives a quote no speaker when the phrase before its comma names an initiative, not a country after it', () => {
    const a = extract(
      'The Alliance of Sahel States, formed by Mali, Burkina Faso and Niger after they quit the bloc, called the decision “a provocation.”',
    );
    expect(a.statements.map((s) => [s.kind, s.speaker])).toEqual([['DIRECT_QUOTE', null]]);
  });

  it('merges two names of one body (same words, same seat)', () => {
    const a = extract(
      'Tajikistan’s SCO Center for Friendship and Cooperation and the Shanghai Cooperation Organization Friendship and Cooperation Centre in Tajikistan are one body.',
    );
    const c = org(a, 'SCO Center for Friendship and Cooperation');
    expect(c.name).toBe('Shanghai Cooperation Organization Friendship and Cooperation Centre in Tajikistan');
    expect(c.aliases).toEqual(['SCO Center for Friendship and Cooperation']);
    expect(c.country).toBe('TJ');
  });

  it('uses the caller’s known organizations as a gazetteer', () => {
    const known = {
      organizations: [{ name: 'Mekong River Commission', acronym: 'MRC', kind: 'INTERGOVERNMENTAL' as const }],
    };
    const body = 'MRC experts met.';
    const a = extractArticle(
      { title: 'T', subtitle: null, dateline: null, body, sections: [{ heading: null, text: body }] },
      { known },
    );
    expect(a.organizations.map((o) => [o.key, o.name])).toEqual([['MRC', 'Mekong River Commission']]);
  });
});
