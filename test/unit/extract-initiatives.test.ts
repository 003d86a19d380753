import { describe, expect, it } from 'vitest';
import { extract, initiative as init } from './extract-helpers.js';

describe('initiatives', () => {
  it('recognises named programs, agreements, facilities, events, operations and strategies by head', () => {
    const a = extract(
      'The African Union signed the Lomé Charter on Maritime Security and launched the Great Green Wall Programme. Members held the Abuja Peace Summit 2023 and ran Operation Sea Shield, guided by the AU Digital Transformation Strategy until 2030. Kenya built the Lamu Port Free Trade Zone.',
    );
    expect(a.initiatives.map((i) => [i.name, i.kind])).toEqual([
      ['Lomé Charter on Maritime Security', 'AGREEMENT'],
      ['Great Green Wall Programme', 'PROGRAM'],
      ['Abuja Peace Summit 2023', 'EVENT'],
      ['Operation Sea Shield', 'OPERATION'],
      ['AU Digital Transformation Strategy until 2030', 'STRATEGY'],
      ['Lamu Port Free Trade Zone', 'FACILITY'],
    ]);
    expect(init(a, 'Abuja Peace Summit 2023').year).toBe(2023);
    expect(init(a, 'AU Digital Transformation Strategy until 2030').year).toBeNull(); // a horizon, not a launch
  });

  it('takes the status from the surrounding verbs', () => {
    const a = extract(
      'Indonesia proposed the ASEAN Power Grid Initiative.',
      'Thailand stands ready to establish a Mekong Health Cooperation Area.',
      'In November 2019, China carried out the Lifeline Express International Sight Saving Mission in Uzbekistan.',
      'Three months before, the SCO signed the Shanghai Convention on Combating Terrorism, Separatism and Extremism in 2001.',
      'The Jakarta Innovation Week was mentioned.',
    );
    expect(a.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['ASEAN Power Grid Initiative', 'PROPOSED'],
      ['Mekong Health Cooperation Area', 'ANNOUNCED'],
      ['Lifeline Express International Sight Saving Mission', 'COMPLETED'],
      ['Shanghai Convention on Combating Terrorism, Separatism and Extremism', 'ACTIVE'],
      ['Jakarta Innovation Week', 'UNKNOWN'],
    ]);
    const mission = init(a, 'Lifeline Express International Sight Saving Mission');
    expect(mission).toMatchObject({ year: 2019, location: 'Uzbekistan', proposedBy: [{ type: 'country', key: 'CN' }] });
    expect(init(a, 'ASEAN Power Grid Initiative').proposedBy).toEqual([{ type: 'country', key: 'ID' }]);
    expect(init(a, 'Shanghai Convention on Combating Terrorism, Separatism and Extremism')).toMatchObject({
      year: 2001,
      proposedBy: [{ type: 'organization', key: 'SCO' }],
    });
  });

  it('lists the parties of a hyphenated name and the organization the name starts with', () => {
    const a = extract(
      'China stands ready to establish a China-SCO Friendship Expo Park in Wuhan City for SCO members.',
    );
    expect(init(a, 'China-SCO Friendship Expo Park')).toMatchObject({
      kind: 'FACILITY',
      status: 'ANNOUNCED',
      location: 'Wuhan City',
      proposedBy: [{ type: 'country', key: 'CN' }],
      participants: [{ type: 'organization', key: 'SCO' }],
    });
  });

  it('keeps a document title whole and does not take an organization inside it as a mention', () => {
    const a = extract(
      'We will implement the Statement by the Council of Heads of State of the SCO Member States on Joint Response Efforts Against the Novel Coronavirus Infection.',
    );
    expect(a.initiatives.map((i) => i.name)).toEqual([
      'Statement by the Council of Heads of State of the SCO Member States on Joint Response Efforts Against the Novel Coronavirus Infection',
    ]);
    expect(a.organizations).toEqual([]);
  });

  it('splits "X of the Y" when Y is a body and "House of Friendship" stays whole', () => {
    const a = extract(
      'The pledge was made at the Nairobi Initiative of the African Union Youth Forum on Peace. The Forum believes that youth matter.',
      'It will promote a House of Friendship for the AU in Addis Ababa.',
    );
    expect(a.initiatives.map((i) => i.name)).toEqual(['Nairobi Initiative', 'House of Friendship']);
    expect(a.organizations.map((o) => o.name)).toEqual(['African Union Youth Forum on Peace', 'African Union']);
    expect(init(a, 'Nairobi Initiative').proposedBy).toEqual([
      { type: 'organization', key: 'African Union Youth Forum on Peace' },
    ]);
  });

  it('knows well-known programmes without a head word', () => {
    const a = extract('Members praised the joint construction of the Belt and Road and the AfCFTA.');
    expect(a.initiatives.map((i) => [i.name, i.kind])).toEqual([
      ['Belt and Road', 'PROGRAM'],
      ['African Continental Free Trade Area', 'AGREEMENT'],
    ]);
  });
});
