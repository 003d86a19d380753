import { describe, expect, it } from 'vitest';
import { extract } from './extract-helpers.js';
import { extractArticle } from '../../src/ingest/extract/extract.js';
import { findQuotes } from '../../src/ingest/extract/statements.js';
import type { ExtractedArticle } from '../../src/ingest/types.js';

const brief = (a: ExtractedArticle) =>
  a.statements.map((s) => [
    s.kind,
    s.verb,
    s.speakerName,
    s.speaker ? `${s.speaker.type}:${s.speaker.key}` : null,
    s.text,
  ]);

describe('quotes', () => {
  it('finds outermost curly and straight quotes, nested marks inside, multi-paragraph quotes joined', () => {
    const body = '“A “nested” one,” he said. "Straight," she said.\n\n“First part.\n\n“Second part,” he added.';
    const qs = findQuotes(body).map((q) => body.slice(q.open, q.close + 1));
    expect(qs).toEqual(['“A “nested” one,”', '"Straight,"', '“First part.\n\n“Second part,”']);
  });

  it('opens single outer marks before an editor’s bracket or an ellipsis, and after a glued comma; not at a year’s apostrophe', () => {
    const body = 'In ‘08 he said,‘[He] is like a brother to me.’ Then: ‘… if the vote were held today, we would win.’';
    const qs = findQuotes(body).map((q) => body.slice(q.open, q.close + 1));
    expect(qs).toEqual(['‘[He] is like a brother to me.’', '‘… if the vote were held today, we would win.’']);
  });

  it('closes a straight quote at a mark spaced off a nested single quote', () => {
    const body = `"He said he would be 'above the rules,' " Okafor said. "That worries me."`;
    const qs = findQuotes(body).map((q) => body.slice(q.open, q.close + 1));
    expect(qs).toEqual([`"He said he would be 'above the rules,' "`, '"That worries me."']);
  });

  it('drops scare quotes and themes', () => {
    const a = extract(
      'Foreign Minister Wang Yi defined the decades with the keyword “unity,” saying that members helped each other. “Shared development” is another keyword.',
    );
    expect(brief(a)).toEqual([['REPORTED_SPEECH', 'saying', 'Wang Yi', 'person:Wang Yi', 'members helped each other']]);
  });
});

describe('direct quotes', () => {
  it('attribution after the quote: "said X" and "X added", trailing comma dropped, nested marks kept', () => {
    const a = extract(
      'Secretary-General of the Shanghai Cooperation Organization (SCO) Vladimir Imamovich Norov has said that talks matter.',
      '“Our starting point is the principle of ‘Afghan-led’ talks,” said the secretary general of the SCO in an interview.',
      '“We are ready to continue the work of the “SCO-Afghanistan” liaison group. It meets in July,” he added.',
    );
    expect(brief(a)).toEqual([
      ['REPORTED_SPEECH', 'said', 'Vladimir Imamovich Norov', 'person:Vladimir Imamovich Norov', 'talks matter'],
      [
        'DIRECT_QUOTE',
        'said',
        'the secretary general of the SCO',
        'person:Vladimir Imamovich Norov',
        'Our starting point is the principle of ‘Afghan-led’ talks',
      ],
      [
        'DIRECT_QUOTE',
        'added',
        'he',
        'person:Vladimir Imamovich Norov',
        'We are ready to continue the work of the “SCO-Afghanistan” liaison group. It meets in July',
      ],
    ]);
  });

  it('attribution before the quote, straight quotes, final period kept', () => {
    const a = extract('Ghana’s Foreign Minister Samuel Ablakwa told reporters: "The corridor will open in May."');
    expect(brief(a)).toEqual([
      ['DIRECT_QUOTE', 'told', 'Samuel Ablakwa', 'person:Samuel Ablakwa', 'The corridor will open in May.'],
    ]);
    expect(a.statements[0].paragraph).toBe(0);
  });

  it('a quote over several paragraphs is one statement', () => {
    const a = extract(
      'AU Commission Chairperson Moussa Faki Mahamat spoke at length.',
      '“The continent cannot wait.',
      '“We will fund the force ourselves,” Faki said.',
    );
    const q = a.statements.find((s) => s.kind === 'DIRECT_QUOTE')!;
    expect(q.text).toBe('The continent cannot wait.\n\n“We will fund the force ourselves');
    expect(q).toMatchObject({
      paragraph: 1,
      speaker: { type: 'person', key: 'Moussa Faki Mahamat' },
      speakerName: 'Faki',
    });
    expect(a.body.slice(q.startOffset, q.endOffset)).toBe(q.text);
  });

  it('a document says what its author proposed ("the statement added")', () => {
    const a = extract(
      'China proposed building a regional hotline.',
      '“We propose to strengthen cooperation in health,” the statement added.',
    );
    expect(brief(a)[1]).toEqual([
      'DIRECT_QUOTE',
      'added',
      'the statement',
      'country:CN',
      'We propose to strengthen cooperation in health',
    ]);
  });
});

describe('reported speech and positions', () => {
  it('"X said (that) ...", coordinated and participial verbs, trailing attributions, "according to"', () => {
    const a = extract(
      'Chinese State Councilor and Foreign Minister Wang Yi has called on the members to make joint efforts.',
      'Invoking the “Shanghai Spirit,” a set of values, Wang recalled the achievements and said that the decades saw growth.',
      'In 2020, trade reached $6.2 trillion, according to Wang.',
      'The SCO should unleash new drivers of cooperation, he added, referring to data security.',
      'The Chinese Foreign Minister then presented proposals, calling on the member states to contribute more.',
    );
    expect(brief(a)).toEqual([
      ['REPORTED_SPEECH', 'called on', 'Wang Yi', 'person:Wang Yi', 'the members to make joint efforts'],
      ['REPORTED_SPEECH', 'said', 'Wang', 'person:Wang Yi', 'the decades saw growth'],
      ['REPORTED_SPEECH', 'according to', 'Wang', 'person:Wang Yi', 'In 2020, trade reached $6.2 trillion'],
      ['REPORTED_SPEECH', 'added', 'he', 'person:Wang Yi', 'The SCO should unleash new drivers of cooperation'],
      [
        'REPORTED_SPEECH',
        'calling on',
        'The Chinese Foreign Minister',
        'person:Wang Yi',
        'the member states to contribute more',
      ],
    ]);
  });

  it('reads a speaker described between commas (a title, an age) and a speaker inverted after the clause', () => {
    const a = extract(
      'In Paris, Jordan Bardella, president of the far-right National Rally (RN), said his party would vote no.',
      'Maria Lopez, 54, warned that the deal would fail.',
      'The central banks will run the first transfers through the new company, said Tom Ruiz, the fund’s director.',
      'The vote, said Ruiz, was a formality.',
      'Closing the meeting in Paris, said the minister.',
      'Tariffs will not bring these jobs back, said Ana Silva, a professor of economics at the state university, who is one of the foremost specialists on trade.',
    );
    expect(brief(a)).toEqual([
      ['REPORTED_SPEECH', 'said', 'Jordan Bardella', 'person:Jordan Bardella', 'his party would vote no'],
      ['REPORTED_SPEECH', 'warned', 'Maria Lopez', 'person:Maria Lopez', 'the deal would fail'],
      [
        'REPORTED_SPEECH',
        'said',
        'Tom Ruiz',
        'person:Tom Ruiz',
        'The central banks will run the first transfers through the new company',
      ],
      ['REPORTED_SPEECH', 'said', 'Ana Silva', 'person:Ana Silva', 'Tariffs will not bring these jobs back'],
    ]);
  });

  it('takes a speaker the lexicon does not know by part of speech, and reports a name or people as speech', () => {
    const a = extract(
      'Making the rounds on the Sunday shows, Galvin said the polling place never shut its doors.',
      'Aides said the president would make a familiar case.',
      'Voters in battleground states want change. Those who said the plan would fail were wrong.',
      '“We will win,” Mr. Lew said at the opening session of the talks. Kaplan added to the confusion.',
      'Dorsey wrote the letter on Monday.',
    );
    expect(brief(a)).toEqual([
      ['REPORTED_SPEECH', 'said', 'Galvin', null, 'the polling place never shut its doors'],
      ['REPORTED_SPEECH', 'said', 'Aides', null, 'the president would make a familiar case'],
      ['DIRECT_QUOTE', 'said', 'Mr. Lew', null, 'We will win'],
    ]);
  });

  it('news agencies described after the comma, and "X quoted Y as saying that ...", which is Y’s', () => {
    const a = extract(
      'The summit adopted the Kigali Declaration on Trade, the state-run Rwanda News Agency (RNA) reported.',
      'The bloc approved the Lima Declaration, the official Agência Andina news agency reported.',
      'The Andean Parliament met. The Rwanda News Agency quoted a ministry official as saying that the talks would resume.',
    );
    expect(brief(a)).toEqual([
      [
        'POSITION',
        'reported',
        'Rwanda News Agency',
        'organization:RNA',
        'The summit adopted the Kigali Declaration on Trade',
      ],
      [
        'POSITION',
        'reported',
        'the official Agência Andina news agency',
        'organization:Agência Andina',
        'The bloc approved the Lima Declaration',
      ],
      ['REPORTED_SPEECH', 'saying', 'a ministry official', null, 'the talks would resume'],
    ]);
  });

  it('"according to" someone, opening the sentence too, but not according to a document, a poll or a count', () => {
    const a = extract(
      'Approval has risen to 52 percent, according to Gallup.',
      'According to Jane Doe, the campaign’s field director, the campaign has hired 40 organizers.',
      'The plan will cost $2 billion a year, according to a campaign official.',
      'Turnout reached 61 percent, according to the results. According to exit polls, most voters were young.',
      'According to the Charter, members shall settle disputes peacefully.',
    );
    expect(brief(a).map((x) => [x[1], x[2], x[4]])).toEqual([
      ['according to', 'Gallup', 'Approval has risen to 52 percent'],
      ['according to', 'Jane Doe', 'the campaign has hired 40 organizers'],
      ['according to', 'a campaign official', 'The plan will cost $2 billion a year'],
    ]);
  });

  it('"according to" a body by its common noun, opening the sentence, but not a post or a report of one', () => {
    const a = extract(
      'According to Kuwait’s finance ministry, the six states will share the cost equally. The ministry said in a statement that Kuwait had set aside funds.',
      'According to a post by the campaign, turnout rose. According to a report released by the governor’s office, costs rose.',
    );
    expect(a.statements.map((s) => [s.verb, s.speakerName, s.speaker?.key ?? null, s.text])).toEqual([
      ['according to', 'Kuwait’s finance ministry', 'KW', 'the six states will share the cost equally'],
      ['said', 'The ministry', 'KW', 'Kuwait had set aside funds'],
    ]);
  });

  it('keeps "a spokesperson for X" whole as the speaker as written, X as the speaker', () => {
    const a = extract(
      'A spokesperson for the European Commission said the talks would continue.',
      'A senior official at the Saudi Central Bank said rates would hold.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.speaker?.key ?? null])).toEqual([
      ['A spokesperson for the European Commission', 'European Commission'],
      ['A senior official at the Saudi Central Bank', 'Saudi Central Bank'],
    ]);
  });

  it('reads someone named with the others they speak with ("OPEC and its allies said") as that one', () => {
    const a = extract(
      'Members agreed on Sunday to extend output cuts, the Organization of the Petroleum Exporting Countries and allies said.',
      'The EU and member states said talks would go on. President Donald Trump and his aides said the deal was bad.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.speaker?.key ?? null])).toEqual([
      ['Organization of the Petroleum Exporting Countries', 'OPEC'],
      ['EU', 'EU'],
      ['Donald Trump', 'Donald Trump'],
    ]);
  });

  it('reads a capital as its government when the article names the country, and as someone when it does not', () => {
    const a = extract(
      'China and Russia met. Beijing said it opposed the sanctions. Moscow warned that it would respond.',
      'Victoria said the talks failed.',
    );
    expect(a.statements.map((s) => [s.kind, s.speakerName, s.speaker?.key ?? null])).toEqual([
      ['POSITION', 'Beijing', 'CN'],
      ['POSITION', 'Moscow', 'RU'],
      ['REPORTED_SPEECH', 'Victoria', null],
    ]);
    // (a seat of government is its government too, and its spokesmen speak for it as written)
    const b = extract('The Pentagon said the drills would go ahead. Pentagon spokesmen said the plan was legal.');
    expect(b.statements.map((s) => [s.speakerName, s.speaker?.key ?? null])).toEqual([
      ['Pentagon', 'Pentagon'],
      ['Pentagon spokesmen', 'Pentagon'],
    ]);
  });

  it('"the Kremlin aide" and "the diplomat" are the one named before, of that body or with such a title', () => {
    const a = extract(
      'Kremlin spokesman Dmitry Peskov spoke first. According to the Kremlin aide, the presidents also discussed Afghanistan.',
      'Russian Foreign Minister Sergei Lavrov spoke next. The diplomat also said Belarus would join.',
      'Kremlin aides said the call went well.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.speaker?.key ?? null])).toEqual([
      ['the Kremlin aide', 'Dmitry Peskov'],
      ['The diplomat', 'Sergei Lavrov'],
      ['Kremlin aides', 'Kremlin'],
    ]);
  });

  it('reads South Asian agency English: "was of the view that", "the PM", and "said this while" as no new statement', () => {
    const a = extract(
      'Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif met in Astana.',
      'The prime minister said this while addressing the session. He expressed these views while welcoming the delegates.',
      'The Indian PM said that the talks were useful. Sharif was of the view that trade would grow.',
    );
    expect(a.statements.map((s) => [s.verb, s.speakerName, s.speaker?.key ?? null, s.text])).toEqual([
      ['said', 'The Indian PM', 'Narendra Modi', 'the talks were useful'],
      ['was of the view', 'Sharif', 'Shehbaz Sharif', 'trade would grow'],
    ]);
  });

  it('a speaker named between commas after a description, and a clause without its "that" after "announced"', () => {
    const a = extract(
      'One delegate not on the slate, Kelly Schmidt, told POLITICO she was leaning toward the senator.',
      'Tom Ruiz announced he will step down from the foundation. Ruiz announced his resignation.',
    );
    expect(brief(a).map((x) => [x[1], x[2], x[4]])).toEqual([
      ['told', 'Kelly Schmidt', 'she was leaning toward the senator'],
      ['announced', 'Tom Ruiz', 'he will step down from the foundation'],
    ]);
  });

  it('a participle hangs off a sentence subject the lexicon does not know ("The businessman praised X, saying ...")', () => {
    const a = extract('The New York businessman has praised the governor, saying he was a stronger leader than most.');
    expect(brief(a)).toEqual([
      ['REPORTED_SPEECH', 'saying', 'The New York businessman', null, 'he was a stronger leader than most'],
    ]);
  });

  it('a trailing attribution whose speaker the lexicon does not know, and "a Chinese official" as written', () => {
    const a = extract(
      'A strong showing could finally prove his appeal, veteran Republicans said.',
      'That criticism was often warranted, Mr. Sykes said.',
      'The talks stalled over tariffs, a Chinese official said.',
    );
    expect(brief(a).map((x) => [x[0], x[2], x[3], x[4]])).toEqual([
      ['REPORTED_SPEECH', 'veteran Republicans', null, 'A strong showing could finally prove his appeal'],
      ['REPORTED_SPEECH', 'Mr. Sykes', null, 'That criticism was often warranted'],
      ['POSITION', 'a Chinese official', 'country:CN', 'The talks stalled over tariffs'],
    ]);
  });

  it('an attribution between commas inside its sentence states all of it, not the words before it', () => {
    const a = extract(
      'Ana Silva spoke last. It was, she said, one of the bitterest failures of her term.',
      'The plan will fail, she said, adding that it was costly.',
    );
    expect(brief(a).map((x) => [x[1], x[4]])).toEqual([
      ['said', 'It was, she said, one of the bitterest failures of her term'],
      ['said', 'The plan will fail'],
      ['adding', 'it was costly'],
    ]);
  });

  it('an attribution between dashes states all of its sentence too, and one after a dash the words before it', () => {
    const a = extract(
      'Ana Silva spoke last. It was — she said — one of the bitterest failures of her term.',
      'The plan — Tom Ruiz said — would fail.',
      'The plan, Tom Ruiz said, would fail.',
      'The talks were a success for both sides — he said.',
    );
    expect(brief(a).map((x) => [x[1], x[4]])).toEqual([
      ['said', 'It was — she said — one of the bitterest failures of her term'],
      ['said', 'The plan — Tom Ruiz said — would fail'],
      ['said', 'The plan, Tom Ruiz said, would fail'],
      ['said', 'The talks were a success for both sides'],
    ]);
  });

  it('gives a relative clause’s reported speech to the one "who" stands for', () => {
    const a = extract(
      'The mayor rebuked critics who say he should resign over the budget.',
      'The ranking member, Ana Silva, who said none of the emails came from the mayor, spoke first.',
    );
    expect(brief(a).map((x) => [x[2], x[4]])).toEqual([
      ['critics', 'he should resign over the budget'],
      ['Ana Silva', 'none of the emails came from the mayor'],
    ]);
  });

  it('"asked whether" is a question and "asked X to" a request of the one asking; a passive is not its subject’s', () => {
    const a = extract(
      'The host, Ana Silva, asked the mayor how he would handle the deficit.',
      'The bureau asked local agencies to withhold the records.',
      'Tom Ruiz was told that the plan had failed. Ruiz was asked whether it would return.',
      'We asked voters what they thought of the debate. Ruiz asked for a recount.',
    );
    expect(brief(a).map((x) => [x[1], x[2], x[4]])).toEqual([
      ['asked', 'Ana Silva', 'how he would handle the deficit'],
      ['asked', 'The bureau', 'local agencies to withhold the records'],
    ]);
  });

  it('institutional positions: one statement per verb, "It" and "We" resolved, coordinated speakers', () => {
    const a = extract(
      'The African Union Youth Forum on Peace has vowed to end conflicts by 2030.',
      'The Forum speaks highly of the volunteers, and underlines that peace needs funding. It highly praises the mediators.',
      'We have taken note that Kenya stands ready to host the talks.',
      'It may be mentioned here that Ghana and Senegal both have taken this principled position that dialogue comes first.',
    );
    const forum = 'organization:African Union Youth Forum on Peace';
    expect(brief(a)).toEqual([
      ['POSITION', 'vowed', 'African Union Youth Forum on Peace', forum, 'to end conflicts by 2030'],
      ['POSITION', 'speaks highly of', 'The Forum', forum, 'the volunteers'],
      ['POSITION', 'underlines', 'The Forum', forum, 'peace needs funding'],
      ['POSITION', 'praises', 'It', forum, 'the mediators'],
      ['POSITION', 'taken note', 'We', forum, 'Kenya stands ready to host the talks'],
      ['POSITION', 'taken', 'Ghana', 'country:GH', 'dialogue comes first'],
      ['POSITION', 'taken', 'Senegal', 'country:SN', 'dialogue comes first'],
    ]);
  });

  it('not statements: topic verbs with a noun object, commitments, citations, initiative subjects', () => {
    const a = extract(
      'Wang highlighted the spike in visits. China is willing to host the forum. China stands ready to build a park.',
      'According to the ASEAN Digital Masterplan 2025, members will connect schools.',
      'The Mekong Health Cooperation Area advocates for joint research.',
    );
    expect(a.statements).toEqual([]);
  });

  it('lists the entities mentioned inside each statement', () => {
    const a = extract(
      'The Forum on China-Africa Cooperation believes that Kenya and the African Union should lead the Great Green Wall Programme.',
    );
    expect(a.statements[0]).toMatchObject({
      countries: ['KE'],
      organizations: ['AU'],
      initiatives: ['Great Green Wall Programme'],
    });
  });
});

/** Direct quotes only, as [verb, speakerName, speaker, text]. */
const quotes = (a: ExtractedArticle) =>
  a.statements
    .filter((s) => s.kind === 'DIRECT_QUOTE')
    .map((s) => [s.verb, s.speakerName, s.speaker ? `${s.speaker.type}:${s.speaker.key}` : null, s.text]);

describe('attribution by structure (texts written for these tests)', () => {
  it('gives a partial quote to the attribution that closes its sentence, and the next quote to the same speaker', () => {
    const a = extract(
      'The senator “drew well from working voters” in the 2008 primary, said state university professor Paul Becker. “That was her constituency more than his at that point.”',
      'The plan was “a step back for every family” in the region, the mayor said on Monday.',
      'The bill is “not worth the paper” and will fail.',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['state university professor Paul Becker', 'drew well from working voters'],
      ['state university professor Paul Becker', 'That was her constituency more than his at that point.'],
      ['the mayor', 'a step back for every family'],
    ]);
  });

  it('gives a quote to a name presented before a colon (“Here’s X in 1992:”)', () => {
    const a = extract(
      'Here’s Senator Okafor in December 1992: “Our new direction must rest on the new realities of competition.”',
      'Here is Jane Mbeki, speaking on Tuesday: “We will not accept this bill as written.”',
      'Here’s the thing: “nothing” changed.',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Okafor', 'Our new direction must rest on the new realities of competition.'],
      ['Jane Mbeki', 'We will not accept this bill as written.'],
    ]);
  });

  it('takes any verb in the slot after a quote, and keeps a speaker it cannot resolve as written', () => {
    const a = extract(
      '“We will not back down on the budget,” the senator tweeted on Sunday.',
      '“Nothing is decided yet,” a passer-by exclaimed.',
      '“The border will stay open,” Marta Kowalska, a spokeswoman for the agency, announced.',
    );
    expect(quotes(a)).toEqual([
      ['tweeted', 'the senator', null, 'We will not back down on the budget'],
      ['exclaimed', 'a passer-by', null, 'Nothing is decided yet'],
      // a name inside the attribution is the speaker as written (GUIDELINES §7)
      ['announced', 'Marta Kowalska', 'person:Marta Kowalska', 'The border will stay open'],
    ]);
  });

  it('takes introducing verbs before a quote: "told X,", any verb before a colon, "X:" alone', () => {
    const a = extract(
      'Ahmed Zubair told reporters in the capital, “The talks will resume next week.”',
      'The governor then addressed the crowd again: “Go home and vote.”',
      'More from the mayor’s office: “Streets will be cleared by noon.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['told', 'Ahmed Zubair', 'The talks will resume next week.'],
      ['addressed', 'The governor', 'Go home and vote.'],
      [null, 'the mayor’s office', 'Streets will be cleared by noon.'],
    ]);
  });

  it('keeps partial quotes inside reported speech as direct quotes of the speaker', () => {
    const a = extract(
      'The premier urged his counterparts to “act before the window closes on all of us.”',
      'The ministry said in a statement that “all options remain on the table for now.”',
      'Later the opposition leader called the plan “reckless,” and left the chamber.',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['urged', 'The premier', 'act before the window closes on all of us.'],
      ['said', 'The ministry', 'all options remain on the table for now.'],
      ['called', 'the opposition leader', 'reckless'],
    ]);
    // the reported clause itself is still a statement of its own (a premier is a person)
    expect(brief(a)[0]).toEqual([
      'REPORTED_SPEECH',
      'urged',
      'The premier',
      null,
      'his counterparts to “act before the window closes on all of us.”',
    ]);
  });

  it('reads mismatched and single (British) quotation marks', () => {
    const a = extract(
      '“We are ready to sign the deal," Jones said.',
      '"The vote is lost,” Patel admitted.',
      '‘We will fight this in the courts,’ said the union’s lawyer.',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Jones', 'We are ready to sign the deal'],
      ['Patel', 'The vote is lost'],
      ['the union’s lawyer', 'We will fight this in the courts'],
    ]);
  });

  it('reads double marks typed as two apostrophes, and keeps the text as written', () => {
    const a = extract(
      "''We are going to resist the urge,'' Mr. Earnest said in the briefing.",
      "''Most voters will not be satisfied with 'We'll bomb them,''' said Sen. John F. McCain. ''Not at all.''",
      "Mr. O'Neill said ''a deal'' was close. Tom O'Neill said the plan was ''dead on arrival'' in the Senate.",
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Mr. Earnest', 'We are going to resist the urge'],
      ['Sen. John F. McCain', "Most voters will not be satisfied with 'We'll bomb them,'"],
      ['Sen. John F. McCain', 'Not at all.'],
      ["Mr. O'Neill", 'a deal'],
      ["Tom O'Neill", 'dead on arrival'],
    ]);
    expect(a.body).toContain("''We are going");
    expect(a.statements.find((s) => s.kind === 'REPORTED_SPEECH')?.text).toBe(
      "the plan was ''dead on arrival'' in the Senate",
    );
  });

  it('keeps a closing two-apostrophe mark in its sentence: the next sentence does not take the quote', () => {
    const a = extract(
      "Mr. Ruiz issued a statement saying, ''I do not feel that one's heritage makes them unfit to judge.'' He added that he was only asking whether the trial was fair.",
    );
    expect(a.statements.map((s) => [s.kind, s.verb, s.speakerName])).toEqual([
      ['DIRECT_QUOTE', 'saying', 'Mr. Ruiz'],
      ['REPORTED_SPEECH', 'added', 'He'],
    ]);
  });

  it('follows quotes split around the attribution and attributions in the previous paragraph', () => {
    const a = extract(
      '“The first round went well,” Rivera said. “The second will be harder.”',
      'Rivera then continued her remarks.',
      '“Nobody expected the turnout we saw today.”',
      'The envoy put it bluntly:',
      '“There is no deal without the north.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['said', 'Rivera', 'The first round went well'],
      ['said', 'Rivera', 'The second will be harder.'],
      ['continued', 'Rivera', 'Nobody expected the turnout we saw today.'],
      ['put', 'The envoy', 'There is no deal without the north.'],
    ]);
  });

  it('takes documents, institutions and news agencies as speakers', () => {
    const a = extract(
      '“All parties must respect the ceasefire,” the joint statement said.',
      '“The talks were fruitful and frank,” the state-run Xinhua news agency reported.',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['said', 'the joint statement', 'All parties must respect the ceasefire'],
      ['reported', 'the state-run Xinhua news agency', 'The talks were fruitful and frank'],
    ]);
  });

  it('resolves a pronoun in a new paragraph to the nearest named speaker', () => {
    const a = extract(
      'President Maria Lindqvist opened the summit on Monday.',
      '“We meet at a difficult time,” Lindqvist said.',
      'Prime Minister Tomas Berg spoke after her. “Our economies depend on each other,” Berg said.',
      '“Trade must not become a weapon,” he warned.',
    );
    const last = a.statements.filter((s) => s.kind === 'DIRECT_QUOTE').at(-1)!;
    expect([last.verb, last.speakerName, last.speaker?.key]).toEqual(['warned', 'he', 'Tomas Berg']);
  });

  it('resolves "she" and "he" to the nearest person the text gives that gender, learned from the text', () => {
    const a = extract(
      'Senator Maria Lopez said she would run again. Senator Tom Ruiz, who won his seat in 2010, said he would not.',
      'Ruiz thanked her for the debate.',
      '“We will win,” said Lopez.',
      '“She is dreaming,” said Ruiz.',
      '“We have the votes,” she said.',
      '“No, they do not,” he said.',
    );
    expect(quotes(a).map((q) => [q[1], q[2]])).toEqual([
      ['Lopez', 'person:Maria Lopez'],
      ['Ruiz', 'person:Tom Ruiz'],
      ['she', 'person:Maria Lopez'],
      ['he', 'person:Tom Ruiz'],
    ]);
  });

  it('keeps quoted speech whose speaker the text does not give, with no speaker; a verb the tagger misreads still attributes', () => {
    const a = extract(
      'The hall fell silent after the vote.',
      '“We have waited forty years for a day like this one.”',
      '“It is a strange result for all of us,” Okafor notes.',
      '“The count was fair,” Lindgren fumed on Tuesday.',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      [null, null, 'We have waited forty years for a day like this one.'],
      ['notes', 'Okafor', 'It is a strange result for all of us'],
      ['fumed', 'Lindgren', 'The count was fair'],
    ]);
  });

  it('gives a quote inside a pronoun’s reported clause to the outer speaker, not across another clause', () => {
    const a = extract(
      'Okafor pointed to the mayor’s record, noting that he has built “the best transit network this region has ever had.”',
      'The retired judge spoke again on radio, remarking he did not think “the inquiry will be finished this year.”',
      'Mbeki said he replied: “When the numbers arrive, you cannot hide from them.”',
      'Despite what she wrote in the memo about the budget, Lindgren said she “might still vote for the plan if it is amended.”',
      'Haddad said on Monday that he would attend the talks, although he tweeted that he “expects very little from them this time.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['noting', 'Okafor'],
      ['remarking', 'The retired judge'],
      ['said', 'Mbeki'],
      ['said', 'Lindgren'],
      ['tweeted', 'he'],
    ]);
  });

  it('gives a quote that ends the sentence of its introducing verb to that verb, not to the next sentence', () => {
    const a = extract(
      'Okafor said, “The speed with which this case was brought is unlike any case we have seen.” He added, “Things happened here that are not ordinary.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['said', 'Okafor', 'The speed with which this case was brought is unlike any case we have seen.'],
      ['added', 'He', 'Things happened here that are not ordinary.'],
    ]);
  });

  it('ends a sentence at an abbreviation followed by a pronoun and a verb, so the pronoun speaks', () => {
    const a = extract(
      'Okafor says the council is trying to distract from its lack of a plan for the U.S. He says voters do not need more “lectures that are devoid of facts.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([['says', 'He']]);
  });

  it('takes a document or a name inverted after the quote, and carries a split quote’s attribution to its second part', () => {
    const a = extract(
      'The office answered late on Monday.',
      '"In drafting the speech, the writers took notes on her life and kept fragments of her own thinking," read the statement, which the office sent. "Her story shone through, which made it a success."',
      '"Many analysts said no, and she set out to prove them wrong," recalled Ana Ruiz, a former aide. "And the more the criticism grew, the firmer she became."',
      '"The politics are just so blatant" in the chamber, Okafor said in an interview. "This bill is the last gasp of a movement that has lost its way."',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['read', 'the statement'],
      ['read', 'the statement'],
      ['recalled', 'Ana Ruiz'],
      ['recalled', 'Ana Ruiz'],
      // the partial quote the attribution closes, then the sentence after it
      ['said', 'Okafor'],
      ['said', 'Okafor'],
    ]);
  });

  it('gives a quote opening a sentence inside its paragraph the speaker of the sentence before, not of the previous paragraph', () => {
    const a = extract(
      'Okafor wrote a column for the paper.',
      'Mills spoke to the crowd at length on Monday. “We will not give up on this city, not now and not ever.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([['spoke', 'Mills']]);
  });

  it('reads introducers before a colon: a participle after an object, an inverted speaker, an appositive with an abbreviation', () => {
    const a = extract(
      'Even before she spoke, her campaign sent out a text message to supporters saying: "With your help, we were just declared the winner tonight!"',
      'Council Leader Ana Ruiz, D-Ohio, delivered a blunt message to the mayor: "It is time to stop attacking people and get on with the work."',
      'As Tom Okafor, the No. 2 in the party, put it: "This nominee will not be confirmed by the chamber this year."',
      'In other words, explained moderator Jane Mills: "What does that have to do with taking big donations?"',
      'On Friday, Mills sat down with the jury and the chief judge at his side, when Okafor on Wednesday called the plan “a dangerous idea for all of us.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['saying', 'her campaign'],
      ['delivered', 'Ana Ruiz'],
      ['put', 'Tom Okafor, the No. 2 in the party'],
      ['explained', 'moderator Jane Mills'],
      ['called', 'Okafor'],
    ]);
  });

  it('takes a name signed after the quote in its paragraph or under it, whatever the dash, before the sentence above', () => {
    const a = extract(
      'Voters spoke out on Monday.',
      '“We need change now.” -Jane Doe',
      '“It is time.” (Tom Ruiz, Texas)',
      '“Nobody listens to us.”',
      '-- Ana Silva, 45, Ohio',
      'Senator Ted Cruz took the stage.',
      '“We will fight for the United States.” (Applause)',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Jane Doe', 'We need change now.'],
      ['Tom Ruiz', 'It is time.'],
      ['Ana Silva', 'Nobody listens to us.'],
      ['Ted Cruz', 'We will fight for the United States.'],
    ]);
  });

  it('reads a name and a dash before a quote, "per X" after it and an inverted "Said X:", never a dateline', () => {
    const a = extract(
      'The crowd waited for hours.',
      'Jane Doe — “We need change now and we need it fast.”',
      '“Nobody listens to the people of this town,” per Tom Ruiz.',
      'Said Ana Silva: “It is time to go home and rest.”',
      'LOS ANGELES -- “The stories begin and the stories end.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      [null, 'Jane Doe', 'We need change now and we need it fast.'],
      ['per', 'Tom Ruiz', 'Nobody listens to the people of this town'],
      ['said', 'Ana Silva', 'It is time to go home and rest.'],
      [null, null, 'The stories begin and the stories end.'],
    ]);
  });

  it('takes the subject of "As X put it,", a participle’s own subject after "with", and "Another" as a speaker', () => {
    const a = extract(
      'The talks went on for days.',
      'As Jane Doe, a law professor at Yale, put it, “Senate Republicans should remember the deal.”',
      'As the Rainmakers sang back in the 1980s, “They will turn us all into beggars.”',
      'The rally was loud, with Tom Ruiz reportedly yelling: “Get him the hell out of here!”',
      'Ana Silva tweeted, “The mayor did the same last week.”',
      'Another tweeted, “The mayor thinks he is above the rules.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['put', 'Jane Doe'],
      ['sang', 'the Rainmakers'],
      ['yelling', 'Tom Ruiz'],
      ['tweeted', 'Ana Silva'],
      ['tweeted', 'Another'],
    ]);
  });

  it('takes the source after a headline and a dash before a colon, and never a thing’s name in apposition', () => {
    const a = extract(
      'Polls were off again.',
      'Pollsters agree - Jane Doe: “One of the biggest lessons was a simple one: keep calling voters.”',
      'Tom Ruiz, the editor of the city’s oldest newspaper, The Daily Lantern, said the vote was “a farce.”',
      'The city’s attorney general, Ana Silva, vowed to “fight this to the end.”',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Jane Doe', 'One of the biggest lessons was a simple one: keep calling voters.'],
      ['Tom Ruiz, the editor of the city’s oldest newspaper, The Daily Lantern', 'a farce.'],
      ['Ana Silva', 'fight this to the end.'],
    ]);
  });

  it('does not take a next sentence that reports on its own (“He said, twice, that ...”) as the attribution of the quote before it', () => {
    const a = extract(
      '“Our jobs are leaving,” Tom Ruiz said. “One of the big problems is the economy, and that is my strength.” He said, twice, that he would go back to work.',
    );
    expect(brief(a)).toEqual([
      ['DIRECT_QUOTE', 'said', 'Tom Ruiz', 'person:Tom Ruiz', 'Our jobs are leaving'],
      [
        'DIRECT_QUOTE',
        'said',
        'Tom Ruiz',
        'person:Tom Ruiz',
        'One of the big problems is the economy, and that is my strength.',
      ],
      ['REPORTED_SPEECH', 'said', 'He', 'person:Tom Ruiz', 'he would go back to work'],
    ]);
  });

  it('reads pull quotes signed on their last line, inside the marks or under them, and never a heading as a name', () => {
    const a = extractArticle({
      title: 'T',
      subtitle: null,
      dateline: null,
      body: [
        'The mayor spoke first.',
        '"I worry that we may see the old arguments again.\nDean Baker, Center for Economic Research."',
        '“Nobody expected a budget this small.”\nAna Silva, City Budget Office.',
        '“We will fix the roads before the winter comes.”\nThe Council Votes Today',
      ].join('\n\n'),
      sections: [],
    });
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Dean Baker', 'I worry that we may see the old arguments again.'],
      ['Ana Silva', 'Nobody expected a budget this small.'],
      ['Ana Silva', 'We will fix the roads before the winter comes.'], // (a run, not the heading under it)
    ]);
  });

  it('takes the name signed under a quote paragraph with a dash, and a name heading "X of the Y"', () => {
    const a = extract(
      'The numbers changed over the summer.',
      '"The idea that I would dismantle the plan while we wait is just not accurate."',
      '- Okafor.',
      '“It would have been a long shot to fit her conduct into the existing laws,” said Jane Mills of the University of Lagos.',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      [null, 'Okafor'],
      ['said', 'Jane Mills of the University of Lagos'],
    ]);
  });

  it('never takes a subject from inside another quote, follows a pronoun to its name, and lets a comma-ended quote look after itself', () => {
    const a = extract(
      '“She does not really believe I am unfit. It has been a total disaster,” Okafor said, adding, “Nobody cares about that at all.”',
      'Ben Mills, the former head of the union, told the paper before he spoke to the committee that he believed it is up to her to act “in the way the mayor acted years ago.”',
      'He told the paper that despite the excitement he did not think the casino would last: “Once the cold winds blow, it will not make it,” Ruiz predicted.',
      'The pastor further related that it had recently occurred to him. “I sensed that I had to look at the chapter to see who the next leader should be.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['said', 'Okafor'],
      ['adding', 'Okafor'],
      ['told', 'Ben Mills'],
      ['predicted', 'Ruiz'],
      ['related', 'The pastor'],
    ]);
  });

  it('reads verbs the tagger takes for nouns, documents issued before a quote, and a question before its attribution', () => {
    const a = extract(
      '"Today, the kingdom is one of the nations fighting terror, and it works with its allies," the Kenyans state in the white paper, which was shared on Thursday.',
      'Okafor shot back in a statement, saying he has “made a lot of money in down markets.”',
      'At her direction, the party issued a statement apologizing to Mills for the emails.',
      '“On behalf of everyone at the party, we want to offer a deep and sincere apology to Mills.”',
      '"Do you think I am going to change?" Ruiz asked reporters during a news conference late last month.',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['state', 'the Kenyans'],
      ['saying', 'Okafor'],
      ['issued', 'the party'],
      ['asked', 'Ruiz'],
    ]);
  });

  it('finds the subject past a relative clause without commas, after "when", and never in "said of X,"', () => {
    const a = extract(
      'Although there is no overlap, a city hall official who spoke anonymously to discuss internal strategy said Wednesday, "There are talks between the office and the campaign."',
      'The first incident came during a speech at the college, when student protesters interrupted her, shouting “she wins, we lose!”',
      'Mills, who was chief strategist for the campaign, said of Okafor, "She takes the threat very seriously and she takes her role seriously."',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['said', 'a city hall official'],
      ['shouting', 'student protesters'],
      ['said', 'Mills, who was chief strategist for the campaign'],
    ]);
  });

  it('ends a reported clause at a trailing attribution with a described speaker, which states the whole clause', () => {
    const a = extract(
      'In Oslo, ministry spokesman Ivan Petrov said the exercise was provocative, the state news agency Nordpress reported.',
    );
    expect(brief(a).map((s) => [s[0], s[1], s[2], s[4]])).toEqual([
      ['POSITION', 'reported', 'Nordpress', 'ministry spokesman Ivan Petrov said the exercise was provocative'],
      ['REPORTED_SPEECH', 'said', 'Ivan Petrov', 'the exercise was provocative'],
    ]);
  });

  it('reads a speaker label after a spaced dash and inside a quoted transcript line', () => {
    const a = extract(
      'HIGHER TURNOUT DOES NOT RAISE HOPES ELSEWHERE - Jane P. Mills:  “At long last the contests have started and we now have a first glimpse of turnout.”',
      '"Tom Okafor: Seriously, about this. He says he will pay for free tuition with a tax on speculation."',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Jane P. Mills', 'At long last the contests have started and we now have a first glimpse of turnout.'],
      ['Tom Okafor', 'Seriously, about this. He says he will pay for free tuition with a tax on speculation.'],
    ]);
  });

  it('gives a quote after a sentence about a person to that person, unless the sentence says they did not speak', () => {
    const a = extract(
      '“We will carry this county,” Senator Dana Whitfield said on Monday.',
      'Whitfield did not mince words about the budget either.',
      '“There is no money left in the account for roads.”',
      'Whitfield did not respond to a request for comment on Tuesday.',
      '“This is a scandal and everybody in the capital knows it.”',
      'The bill passed the chamber on Wednesday.',
      '“This is a great day for the families of this state.”',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Dana Whitfield', 'We will carry this county'],
      ['Whitfield', 'There is no money left in the account for roads.'],
      [null, 'This is a scandal and everybody in the capital knows it.'],
      [null, 'This is a great day for the families of this state.'],
    ]);
  });

  it('takes a name and its occasion before a colon, "according to X:", and a whole quoted sentence after any clause and a comma', () => {
    const a = extract(
      '“We are going to win,” Senator Dana Whitfield said in Dayton.',
      'Whitfield on Twitter: “The press is totally dishonest and everyone knows it.”',
      'According to Reuters: “The deal was signed on Monday after long talks.”',
      'Whitfield doubled down on Tuesday, “We will build the road and the state will pay.”',
      'Later in the week, “Nobody in this chamber has read the bill at all.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['said', 'Dana Whitfield', 'We are going to win'],
      [null, 'Whitfield', 'The press is totally dishonest and everyone knows it.'],
      ['according to', 'Reuters', 'The deal was signed on Monday after long talks.'],
      [null, 'Whitfield', 'We will build the road and the state will pay.'],
      // a whole sentence after a comma is kept even with no speaker
      [null, null, 'Nobody in this chamber has read the bill at all.'],
    ]);
  });

  it('finds a participle’s subject past a scare quote, a parenthetical, an opening adverb and a verb tagged as an adjective', () => {
    const a = extract(
      'Kerpen needled the network’s “reporter,” saying, “A reporter who tweets on request is no reporter!”',
      'Sen. Ruth A. Calder (D-Ill.), noting the size of the crowd, said, "Let me tell you, she has got a heck of an email list."',
      'Even a top party strategist said the mayor will have to choose a side, saying, “At some point she has to come out on where she stands.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['saying', 'Kerpen'],
      ['said', 'Sen. Ruth A. Calder'],
      ['saying', 'a top party strategist'],
    ]);
  });

  it('finds the subject after an opening participle or "Asked ...," and past an appositive before a progressive verb', () => {
    const a = extract(
      'Asked a direct question about the budget at the debate, Whitfield said, “I do take responsibility for all of it.”',
      'Appearing before cheering supporters at the party office, Ruth Calder, 70, said it was too early but added, “I think you all have an idea of the results.”',
      'Former Gov. Tom Ruiz, for his part, is labeling the plan “a blatant, belligerent abuse of power.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['said', 'Whitfield'],
      ['added', 'Ruth Calder'],
      ['labeling', 'Former Gov. Tom Ruiz'],
    ]);
  });

  it('reads a closing mark typed at the start of a paragraph as an opening one, and never takes an occasion for what was said', () => {
    const a = extract(
      'Ruth Calder was critical of all the candidates.',
      '” … they are so not like him,” she said in December. “My father would be appalled at what is going on.”',
    );
    expect(a.statements.map((s) => [s.kind, s.speakerName, s.text])).toEqual([
      ['DIRECT_QUOTE', 'she', '… they are so not like him'],
      ['DIRECT_QUOTE', 'she', 'My father would be appalled at what is going on.'],
    ]);
  });

  it('takes a name signed after the closing mark in the paragraph, and the owner of the words a colon introduces', () => {
    const a = extract(
      '“We have to be a lot tougher than we are now.” — Ruth Calder',
      '“We are playing with a different set of rules.” – Tom Ruiz (@tomruiz) September 27, 2016',
      'The hall was silent for a while.',
      '“Nobody saw the deal coming at all.” — and then the hall cheered.',
      'Here is the full text of Whitfield’s speech:',
      '“We will carry this county by ten points.”',
      'Some comments from Sen. Jane Doe:',
      '“The road will be built before the winter comes.”',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Ruth Calder', 'We have to be a lot tougher than we are now.'],
      ['Tom Ruiz', 'We are playing with a different set of rules.'],
      [null, 'Nobody saw the deal coming at all.'],
      ['Whitfield', 'We will carry this county by ten points.'],
      ['Sen. Jane Doe', 'The road will be built before the winter comes.'],
    ]);
  });

  it('finds a participle’s subject past a parenthetical, and lets a question after a colon look after itself', () => {
    const a = extract(
      'The foundation said it had no comment on the sale.',
      'In a statement released Thursday, Rep. Jane Doe (D-N.Y.) reacted to the news, saying: “The buyer should be ashamed of this.”',
      'The network has the tape:',
      '“Should there be a system that tracks all of them?” a reporter can be heard asking after the event.',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['saying', 'Rep. Jane Doe'],
      ['heard', 'a reporter'],
    ]);
  });

  it('gives the quotes under a subhead that opens with a speaker’s name to that speaker', () => {
    const a = extract(
      'Senator Dana Whitfield said she would be tough on the budget.',
      'Whitfield On Roads',
      '“We have to be a lot tougher than we are now.”',
      '“We are playing with a different set of rules.”',
      'The Plan On Paper',
      '“Nobody in this city has read the bill at all.”',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Whitfield', 'We have to be a lot tougher than we are now.'],
      ['Whitfield', 'We are playing with a different set of rules.'],
      // (a subhead naming nobody does not end the run)
      ['Whitfield', 'Nobody in this city has read the bill at all.'],
    ]);
  });

  it('takes any verb whose "that" clause holds a partial quote, and reads past a name in quotation marks inside an attribution', () => {
    const a = extract(
      'In the depths of the recession, Ruth Calder worried that the safety net was becoming “a hammock that lulls people to lives of dependency.”',
      'On Monday, Whitfield groused to a crowd in Dayton that the paper “does not treat me properly” before leaving.',
      '“We have had better conventions than this one,” delegate Tom Ruiz, wearing a hat and “Calder” campaign pins, said matter-of-factly.',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['worried', 'Ruth Calder', 'a hammock that lulls people to lives of dependency.'],
      ['groused', 'Whitfield', 'does not treat me properly'],
      ['said', 'delegate Tom Ruiz', 'We have had better conventions than this one'],
    ]);
  });

  it('takes a quote that ends without punctuation when a name and a reporting verb follow, but not a title or a nickname', () => {
    const a = extract(
      '“We are extremely happy” about the decision, said Ruth Calder, executive director of the union.',
      '“The idea of tracking down every one of them is absurd” Whitfield tweeted.',
      '“Orange Is the New Black” star Dana Polk opened up about her years in Hollywood.',
      'In Casper, the campaign was represented by Gov. C.L. “Butch” Otter, an early endorser.',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['said', 'Ruth Calder', 'We are extremely happy'],
      ['tweeted', 'Whitfield', 'The idea of tracking down every one of them is absurd'],
    ]);
  });

  it('takes a coordinated verb’s subject in the sentence before, and the nearest clause before a colon, not a reporting verb past ", but he"', () => {
    const a = extract(
      '“That is total propaganda,” Whitfield replied.',
      'Ruiz seemed taken aback and mentioned that the picture had been on the company’s site. “Does that not speak to your judgment in any way?”',
      'Calder said both men are “non-entities in the Senate,” but she gave the Texan a back-handed compliment: “You never have to guess where he is on anything.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['replied', 'Whitfield'],
      ['mentioned', 'Ruiz'],
      ['said', 'Calder'],
      ['gave', 'she'],
    ]);
  });

  it('reads past list numbers, subheads and photo credits to what introduces a quote, and a signature under it first', () => {
    const a = extract(
      'Here are the most outrageous things Dana Whitfield said during the debate:',
      '1.',
      'On her temperament',
      '“I think my strongest asset, maybe by far, is my temperament.”',
      'Getty.',
      '“We have to be a lot tougher than we are now, believe me.”',
      'quotable.',
      '“The whole idea of a crooked mayor is something we hear about all the time.”',
      '-Tom Ruiz, Dayton.',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Dana Whitfield', 'I think my strongest asset, maybe by far, is my temperament.'],
      ['Dana Whitfield', 'We have to be a lot tougher than we are now, believe me.'],
      ['Tom Ruiz', 'The whole idea of a crooked mayor is something we hear about all the time.'],
    ]);
  });

  it('reads guillemets and low opening marks, "According to him,", "In the words of X," and never takes who reported a quote for what was said', () => {
    const a = extract(
      'Foreign Minister Ivan Petrov spoke at the meeting in Astana.',
      '«The organisation has become a key factor of stability in the region», Petrov said.',
      '„Our trade has doubled in five years“, Petrov added.',
      'According to him, “the bloc will admit two new members next year.”',
      'In the words of Secretary-General Lin Hao, “the secretariat is ready to host the talks.”',
      '“The talks will continue in the spring,” Petrov was quoted as saying by the state news agency.',
    );
    expect(a.statements.map((s) => [s.kind, s.verb, s.speakerName])).toEqual([
      ['DIRECT_QUOTE', 'said', 'Petrov'],
      ['DIRECT_QUOTE', 'added', 'Petrov'],
      ['DIRECT_QUOTE', 'according to', 'him'],
      ['DIRECT_QUOTE', null, 'Lin Hao'],
      ['DIRECT_QUOTE', 'quoted', 'Petrov'],
    ]);
    expect(a.statements[2].speaker).toEqual(a.statements[0].speaker);
  });

  it('gives "X quoted Y as saying" to Y, whose words they are', () => {
    const a = extract(
      'Foreign Minister Lin Hao attended the meeting in Astana.',
      '“The bloc has become a model of regional cooperation,” the state agency quoted Lin as saying.',
      'The agency quoted Lin as saying: “Our trade has doubled in five years.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['quoted', 'Lin'],
      ['saying', 'Lin'],
    ]);
  });

  it('reads a one-word label in capitals or a known name inside the marks, and "Here is the full statement:"', () => {
    const a = extract(
      'Senator Dana Whitfield and Mayor Tom Ruiz met for a debate on Monday.',
      '“RUIZ: We have to bring back order to this city, believe me, we have to.”',
      '“Whitfield: Mr. Ruiz, your two minutes are up now.”',
      'The protesters chanted “Whitfield: Bad for the city, bad for you.”',
      'The campaign released a statement on Tuesday. Here is the full statement:',
      '“We are proud of the campaign we ran and grateful to every volunteer.”',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['RUIZ', 'We have to bring back order to this city, believe me, we have to.'],
      ['Whitfield', 'Mr. Ruiz, your two minutes are up now.'],
      ['The protesters', 'Whitfield: Bad for the city, bad for you.'],
      ['the full statement', 'We are proud of the campaign we ran and grateful to every volunteer.'],
    ]);
    // a capitalised word and a colon opening a sentence is no label
    expect(quotes(extract('“Look: we need to bring back order to this city, believe me.”')).map((q) => q[1])).toEqual([
      null,
    ]);
  });

  it('reads vox-pop introducers ("Jane Doe, 34, a nurse from Dayton:") and a description closed by a place', () => {
    const a = extract(
      'We asked voters what they thought of the debate.',
      'Jane Doe, 34, a nurse from Dayton:',
      '“I thought she won it easily and he looked lost.”',
      'Tom Ruiz, a teacher from Toledo, Ohio, had a different view: “He was the only one talking about jobs.”',
      'Senator Ruth Calder, a Democrat from Dayton, Ohio, said the plan would fail.',
    );
    expect(a.statements.map((s) => [s.kind, s.speakerName])).toEqual([
      ['DIRECT_QUOTE', 'Jane Doe'],
      ['DIRECT_QUOTE', 'Tom Ruiz, a teacher from Toledo, Ohio'],
      ['REPORTED_SPEECH', 'Ruth Calder'],
    ]);
  });

  it('reads "according to X" after a closed quote, and a name that has spoken before as the person a sentence is about', () => {
    const a = extract(
      '“We will win,” Maria Lopez said on Monday.',
      '“We will not retreat from this fight,” according to Lopez.',
      'Lopez had a warning for her rivals. “Nobody will stop us from winning this vote.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['said', 'Maria Lopez'],
      ['according to', 'Lopez'],
      [null, 'Lopez'],
    ]);
  });

  it('keeps a short quote right after its speaker’s attributed quote', () => {
    const a = extract('“There is no deal yet,” Tom Ruiz told reporters on Monday. “Not yet, anyway.”', '“No.”');
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Tom Ruiz', 'There is no deal yet'],
      ['Tom Ruiz', 'Not yet, anyway.'],
    ]);
  });

  it('continues a speaker down quote lines that end in spaces or no-break spaces', () => {
    const a = extract(
      'Tom Ruiz spoke only in general terms during the interview.',
      '“We have to do something about it right away.”\u00a0\n“We have to be a lot tougher than we are now.” \n“We are not fighting it strongly enough.”',
    );
    expect(quotes(a).map((q) => q[1])).toEqual(['Tom Ruiz', 'Tom Ruiz', 'Tom Ruiz']);
  });

  it('reads an as-clause of time as time: the main clause after it says who speaks', () => {
    const a = extract(
      'As the company stumbled, Mr. Ruiz said, “I watched it all happen and I learned from it.”',
      'As Jane Doe, a professor of law at Yale, put it, “A compromise today may be far better for them.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['said', 'Mr. Ruiz'],
      ['put', 'Jane Doe'],
    ]);
  });

  it('gives an attribution that ends in a colon to the quote after it, not to the one before', () => {
    const a = extract(
      '“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack that happened today is the work of terrorists.”',
      '“Thank you all for coming tonight,” Cruz said as the heckler yelled: “You are a liar and a fraud!”',
    );
    expect(quotes(a).map((q) => [q[1], q[3]])).toEqual([
      ['Ms. Alawee', 'We are refugees'],
      ['Ms. Alawee', 'We are not terrorists.'],
      ['Mr. Zahed', 'The attack that happened today is the work of terrorists.'],
      ['Cruz', 'Thank you all for coming tonight'],
      ['the heckler', 'You are a liar and a fraud!'],
    ]);
  });

  it('keeps the name before a description as the speaker, whatever the description names', () => {
    const a = extract(
      'Tom Ruiz, a farmer from France, said, “We will fight this deal to the very end.”',
      'Maria Lopez, a columnist for the Italian newspaper Corriere della Sera, wrote on Friday that the deal was dead.',
      'Mr. Ruiz, asked about the deaths of journalists under President Vladimir Putin, had said, “I think our country does plenty of killing also.”',
      'Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands, said, “He is a start-up kind of guy.”',
      'Marco Rubio, whose hometown, Miami, is projected to be largely underwater, argues that such efforts will destroy the economy.',
    );
    expect(a.statements.map((s) => [s.kind, s.speakerName, s.speaker])).toEqual([
      ['DIRECT_QUOTE', 'Tom Ruiz, a farmer from France', null],
      ['REPORTED_SPEECH', 'Maria Lopez, a columnist for the Italian newspaper Corriere della Sera', null],
      ['DIRECT_QUOTE', 'Mr. Ruiz, asked about the deaths of journalists under President Vladimir Putin', null],
      ['DIRECT_QUOTE', 'Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands', null],
      ['REPORTED_SPEECH', 'Marco Rubio, whose hometown, Miami, is projected to be largely underwater', null],
    ]);
  });

  it('finds the subject past openers, participles and titles around the attribution', () => {
    const a = extract(
      'Emphasizing the urgency of the matter, Trump said, “If we do not act fast, we will not have a country.”',
      'Clinton responded to Vargas’ question on Facebook writing, “Yes, I will. That was a poor choice of words.”',
      'Alongside calls for action, even a top GOP strategist said the party must choose, saying, “At some point, she is going to have to come out.”',
      'Jane Doe said the members would still meet, but said, “It is time we change how we do it,” promising the club will return to its roots.',
      'As Akhil Amar, professor of law at Yale and author of “America’s Unwritten Constitution,” put it, “Senate Republicans should remember that a compromise may be better.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['said', 'Trump'],
      ['writing', 'Clinton'],
      ['saying', 'a top GOP strategist'],
      ['said', 'Jane Doe'],
      ['put', 'Akhil Amar'],
    ]);
  });

  it('reads a clause said after a quote as said, not as a speaker inverted after the verb', () => {
    const a = extract(
      'Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be competitive in several states.',
      '“It is a pretty expensive business model,” said Will Doyle, a professor at Vanderbilt University.',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['citing', 'Mr. Manafort'],
      ['said', 'Will Doyle'],
    ]);
  });

  it('gives a participle to the main clause, past a clause after "that"', () => {
    const a = extract(
      'Carson rejected the notion that the episode should be forgotten, saying, “If I found something rotten, I would fix it.”',
      'Law said, noting that donors feel “we have got to find a place that is an insurance policy.”',
      'The debate was so subdued that Mr. Trump was prompted to say, “So far, I cannot believe how civil it has been.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['saying', 'Carson'],
      ['noting', 'Law'],
      ['say', 'Mr. Trump'],
    ]);
  });

  it('cues a quote after ", adding" with the participle, its speaker with the verb before it', () => {
    const a = extract(
      'Tom Ruiz said the plan would fail, adding, “We will fight this deal to the very end.”',
      'Jane Doe said there is “only one strong conservative in this race,” adding that it is why the front-runner “relentlessly attacks us.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1], q[3]])).toEqual([
      ['adding', 'Tom Ruiz', 'We will fight this deal to the very end.'],
      ['said', 'Jane Doe', 'only one strong conservative in this race'],
      ['adding', 'Jane Doe', 'relentlessly attacks us.'],
    ]);
  });

  it('gives quotes under a sentence about the words to whose words they are', () => {
    const quoted = '“We have to keep going forward and never look back, my friends.”';
    const from = extract('Here is the full statement from the Trump campaign:', quoted);
    const delivered = extract('Clinton delivered her concession speech on Wednesday morning in New York.', quoted);
    expect([...quotes(from), ...quotes(delivered)].map((q) => q[1])).toEqual(['the Trump campaign', 'Clinton']);
  });

  it('gives a quote under a sentence about a person to that person: a surname of a name given before, a role', () => {
    const quoted = '“We have to keep going forward and never look back, my friends.”';
    const lead = 'Donald Trump and Hillary Clinton spoke in Ohio on Monday about jobs.';
    const surname = extract(lead, 'Trump then took aim at the media.', quoted);
    const role = extract(lead, 'The Republican nominee went further.', quoted);
    const thing = extract(lead, 'Apple then turned to trade.', quoted);
    expect([surname, role, thing].map((a) => quotes(a)[0][1])).toEqual(['Trump', 'The Republican nominee', null]);
  });

  it('lets the last speaker go on past a paragraph that names nobody, not past one that names someone', () => {
    const quoted = '“We have to keep going forward and never look back, my friends.”';
    const said = '“We will win this state,” Tom Ruiz said on Monday.';
    const resumed = extract(said, 'Then it got personal.', quoted);
    const crowd = extract(said, 'The crowd went wild.', quoted);
    expect([resumed, crowd].map((a) => quotes(a).map((q) => q[1]))).toEqual([
      ['Tom Ruiz', 'Tom Ruiz'],
      ['Tom Ruiz', null],
    ]);
  });

  it('reads a handle or a dated name signed after a dash as the speaker', () => {
    const a = extract(
      'People reacted online.',
      '“We have to keep going forward and never look back.” — @BernieSanders October 9, 2016',
      '“The country is stronger than it was eight years ago.” — Jane Doe October 9, 2016',
    );
    expect(quotes(a).map((q) => q[1])).toEqual(['@BernieSanders', 'Jane Doe']);
  });

  it('reads straight single marks as the outer ones, never an apostrophe, a possessive or a subhead', () => {
    const a = extract(
      "Lavrov warned: 'We will respond to any provocation,' adding that Moscow was calm.",
      "'We are ready to talk,' Lavrov said. 'The West must listen.'",
      "The states' rights were discussed, and 'Make America Great Again' hats. It's the 'rock 'n' roll' year.",
      "'A fight from start to finish.'",
      "Donald Trump Wants To Do Things 'A Hell Of A Lot Worse'\n“We have people chopping heads,” Trump said.",
    );
    expect(a.statements.filter((s) => s.kind === 'DIRECT_QUOTE').map((s) => [s.speakerName, s.text])).toEqual([
      ['Lavrov', 'We will respond to any provocation'],
      ['Lavrov', 'We are ready to talk'],
      ['Lavrov', 'The West must listen.'],
      ['Trump', 'We have people chopping heads'],
    ]);
  });

  it('reads reversed, ornamental and full-width quotation marks as quotation marks', () => {
    const a = extract(
      '‟We will not accept any interference,” Sergei Lavrov said.',
      '〝The talks were useful,〞 Tom Ruiz said.',
      '＂We are ready,＂ Ann Lee said.',
      '❝We will meet again next year,❞ Maria Lopez said.',
    );
    expect(quotes(a).map((q) => [q[1], a.statements.find((s) => s.speakerName === q[1])?.text])).toEqual([
      ['Sergei Lavrov', 'We will not accept any interference'],
      ['Tom Ruiz', 'The talks were useful'],
      ['Ann Lee', 'We are ready'],
      ['Maria Lopez', 'We will meet again next year'],
    ]);
  });

  it('reads signatures under quotes with no blank lines between them, and an age and a place after the name', () => {
    const q1 = '“I am voting for her because she has the experience we need in hard times.”';
    const q2 = '“He says what he thinks, and I like that about him more than anything else.”';
    const dashed = extract(`${q1}\n— Maria Lopez\n${q2}\n—Tom Ruiz`);
    const lines = extract(`${q1}\nHope Hicks, 34, Columbus\n${q2}\nWill Smith, 52, Des Moines`);
    const paragraphs = extract(q1, 'Hope Hicks, 34, Columbus', q2, 'Tom Ruiz, retired teacher, Des Moines');
    // a paragraph with a clause after the comma is no signature, nor one whose name is a preposition's phrase
    const clause = extract(q1, 'Mr. Ekovich, the broker in Tampa, was slightly less positive.', q2);
    const prep = extract(q1, 'On Tuesday, Trump Tower was closed.', q2);
    const between = extract(`${q1}\nWe Are Sorry, 34\n${q2}`);
    expect([dashed, lines, paragraphs, clause, prep, between].map((a) => quotes(a).map((q) => q[1]))).toEqual([
      ['Maria Lopez', 'Tom Ruiz'],
      ['Hope Hicks', 'Will Smith'],
      ['Hope Hicks', 'Tom Ruiz'],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('reads a quotation dash (the horizontal bar) and no-break spaces around a signature as a dash and spaces', () => {
    const a = extract(
      [
        '“I am voting for her because she has the experience we need. It’s not\u00a0about gender.”\u00a0― Maria Lopez',
        '“I’m tired of the same old politics in Washington. Don’t you think so?”―\u00a0Tom Ruiz\u00a0',
        '“My father worked in a factory for thirty years. He lost his job to trade deals.” ⸺ Anna\u00a0Berger',
      ].join('\n'),
    );
    expect(quotes(a).map((q) => q[1])).toEqual(['Maria Lopez', 'Tom Ruiz', 'Anna Berger']);
    // (the quote's words as written, no-break space kept)
    expect(a.statements[0].text).toContain('not\u00a0about');
  });

  it('reads a fragment "Adding, “...”" as the last speaker going on, a no-break space before the mark too', () => {
    const a = extract(
      'Later in the show, Maher stated of the scandal that the report “was not good.” Adding,\u00a0“Now, like with all their scandals, what they actually do is never that bad.”',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['stated', 'Maher'],
      ['adding', 'Maher'],
    ]);
  });

  it('reads reported speech after "and" and after "repeated that" as the sentence subject’s', () => {
    const a = extract(
      'Tom Ruiz downplayed the attack on the judge and said it is the same thing as before.',
      'Foreign Ministry spokesperson Maria Lopez repeated that the talks would go on.',
    );
    expect(a.statements.map((s) => [s.kind, s.verb, s.speakerName, s.text])).toEqual([
      ['REPORTED_SPEECH', 'said', 'Tom Ruiz', 'it is the same thing as before'],
      ['REPORTED_SPEECH', 'repeated', 'Maria Lopez', 'the talks would go on'],
    ]);
  });

  it('reads "This was stated by X" after a quote, as agencies write it, as X’s attribution', () => {
    const a = extract(
      '“We are ready to deepen cooperation with all member states.” This was stated by Foreign Minister Tom Ruiz at the meeting in Astana.',
      '“The talks will go on next month,” this was said by the Minister of Foreign Affairs of Uzbekistan.',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['stated', 'Tom Ruiz'],
      ['said', 'the Minister of Foreign Affairs of Uzbekistan'],
    ]);
  });

  it('reads ", - said X" after a quote, as Russian typography sets it', () => {
    const a = extract(
      '"Kazakhstan supports the initiative", - he said.',
      '«The talks will go on next month», - said the Secretary General of the SCO.',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['said', 'he'],
      ['said', 'the Secretary General of the SCO'],
    ]);
  });

  it('gives "the statement said" to the body that issued the statement just before, not the article’s main voice', () => {
    const a = extract(
      'The African Union said it was ready. The African Union said talks would resume. The African Union urged calm.',
      'ASEAN foreign ministers, meanwhile, issued a statement on Myanmar. “We are deeply concerned,” the statement said.',
    );
    expect(quotes(a).map((q) => [q[1], q[2]])).toEqual([['the statement', 'organization:ASEAN']]);
  });

  it('gives a position to each of two bodies joined by "and", an acronym in parentheses after the first', () => {
    const a = extract('The Saudi Central Bank (SAMA) and the Central Bank of the UAE welcomed the launch.');
    expect(a.statements.map((s) => [s.kind, s.speakerName, s.text])).toEqual([
      ['POSITION', 'Saudi Central Bank', 'the launch'],
      ['POSITION', 'Central Bank of the UAE', 'the launch'],
    ]);
  });

  it('resolves "the Russian leader" to the person whose title names Russia, not to the country', () => {
    const a = extract(
      'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. “We are close partners,” the Russian leader said.',
    );
    expect(quotes(a).map((q) => [q[1], q[2]])).toEqual([['the Russian leader', 'person:Vladimir Putin']]);
  });

  it('gives what sources close to something say to the sources, not to what they are close to', () => {
    const a = extract(
      'A source close to the talks said Russia had backed the deal.',
      'People familiar with the matter said the vote would be delayed.',
      'According to two delegates familiar with the talks, the quota was raised.',
      'According to diplomats who attended the meeting, the quota was raised again.',
    );
    expect(a.statements.map((s) => [s.kind, s.speakerName])).toEqual([
      ['REPORTED_SPEECH', 'A source close to the talks'],
      ['REPORTED_SPEECH', 'People familiar with the matter'],
      ['REPORTED_SPEECH', 'two delegates'],
      ['REPORTED_SPEECH', 'diplomats'],
    ]);
  });

  it('reads names with particles, a body before the title, an indefinite spokesperson and a possessive inside the phrase', () => {
    const a = extract(
      'Javier Milei said his government would push for more. The blocs concluded the talks on Friday, European Commission President Ursula von der Leyen announced.',
      '“This is a win-win agreement,” von der Leyen told a news conference.',
      'A Commission spokesperson said the text would be translated. The farmers’ union said the deal was unacceptable.',
      'The bloc’s secretariat said the ministers would meet.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.speaker ? `${s.speaker.type}:${s.speaker.key}` : null])).toEqual([
      ['Javier Milei', 'person:Javier Milei'],
      ['Ursula von der Leyen', 'person:Ursula von der Leyen'],
      ['von der Leyen', 'person:Ursula von der Leyen'],
      ['A Commission spokesperson', 'organization:European Commission'],
      ['The farmers’ union', null],
      ['The bloc’s secretariat', 'organization:European Commission'],
    ]);
  });

  it('keeps a country’s own office as written, resolves "the ministry" to that country, and reads ranks before a name', () => {
    const a = extract(
      'The Rapid Support Forces attended. The talks resumed in Jeddah, Saudi Arabia’s foreign ministry said.',
      '“We hope both sides will seize this opportunity,” the ministry said in a statement.',
      'An army spokesman, Brig. Gen. Nabil Abdallah, said the army was committed to the talks.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.speaker ? `${s.speaker.type}:${s.speaker.key}` : null])).toEqual([
      ['Saudi Arabia’s foreign ministry', 'country:SA'],
      ['the ministry', 'country:SA'],
      ['Nabil Abdallah', 'person:Nabil Abdallah'],
    ]);
  });

  it('reads a trailing attribution followed by its source (", citing X", "reporters, as quoted by TASS")', () => {
    const a = extract(
      'The summit will take place in October, TASS reported, citing a Kremlin aide.',
      'The talks will resume in May, Kremlin aide Yuri Ushakov told reporters, as quoted by TASS.',
    );
    expect(a.statements.map((s) => [s.kind, s.speakerName, s.text])).toEqual([
      ['POSITION', 'TASS', 'The summit will take place in October'],
      ['REPORTED_SPEECH', 'Yuri Ushakov', 'The talks will resume in May'],
    ]);
  });

  it('reads "As X noted, <clause>" as X’s, and an unknown country’s leader as someone unnamed, not the country', () => {
    const a = extract(
      'As the President noted, the SCO is an effective platform for dialogue.',
      'According to the Kazakh leader, the SCO has become an authoritative organization.',
      'As the company stumbled, the deal died.',
    );
    expect(a.statements.map((s) => [s.kind, s.speakerName, s.speaker])).toEqual([
      ['REPORTED_SPEECH', 'the President', null],
      ['REPORTED_SPEECH', 'the Kazakh leader', null],
    ]);
  });

  it('reads "the Uzbek side" and "both sides" as parties, and an adverbial between commas after the subject', () => {
    const a = extract(
      'The Uzbek side expressed support for the proposal.',
      'Both sides expressed support for the plan.',
      'Kyrgyzstan, for its part, called for closer cooperation on water.',
    );
    expect(
      a.statements.map((s) => [s.speakerName, s.speaker ? `${s.speaker.type}:${s.speaker.key}` : null, s.text]),
    ).toEqual([
      ['The Uzbek side', 'country:UZ', 'support for the proposal'],
      ['Both sides', null, 'support for the plan'],
      ['Kyrgyzstan', 'country:KG', 'closer cooperation on water'],
    ]);
  });

  it('reads roundups: a paragraph that is only a name above each quote, or under each one', () => {
    const heads = extract(
      'Here is how lawmakers reacted to the tape.',
      'Sen. John Doe (R-Ohio)',
      '“These comments are disgusting and have no place in our politics.”',
      'Rep. Jane Roe (R-Utah)',
      '“I can no longer in good conscience endorse this candidate.”',
    );
    expect(quotes(heads).map((q) => q[1])).toEqual(['Sen. John Doe', 'Rep. Jane Roe']);
    const signed = extract(
      'Economists disagree about the plan.',
      '“We are going to enter the next recession without a consensus on stimulus.”',
      'Josh Bivens, Economic Policy Institute.',
      '“The plan would help affluent households more than poor ones.”',
      'Dean Baker, Center for Economic and Policy Research.',
    );
    expect(quotes(signed).map((q) => q[1])).toEqual(['Josh Bivens', 'Dean Baker']);
    // plain names (numbered or not) once the article repeats the pattern; a subhead in capitals is no name
    const plain = extract(
      'Celebrities reacted to the debate on Monday night.',
      'Kim Doe',
      '“That was the most embarrassing night in American politics.”',
      '2. John Smith',
      '“I cannot believe what I just watched on television.”',
      'AFTER THE DEBATE.',
      '“Nobody knows what happens next in this race, nobody.”',
    );
    expect(quotes(plain).map((q) => q[1])).toEqual(['Kim Doe', 'John Smith', 'John Smith']);
    expect(
      quotes(extract('The vote is close.', 'Kim Doe', '“That was the most embarrassing night in politics.”'))[0][1],
    ).toBeNull();
    // tweets and Instagram posts as pages print them under the words
    const posts = extract(
      'Stars reacted online.',
      '“That was the most embarrassing night in American politics.”',
      '— Kim Doe (@kimdoe) September 27, 2016',
      '“I cannot believe what I just watched on television tonight.”',
      'A post shared by John Smith (@jsmith) on Sep 26, 2016 at 7:15pm PDT',
    );
    expect(quotes(posts).map((q) => q[1])).toEqual(['Kim Doe', 'John Smith']);
    // a transcript's speaker lines in capitals
    const transcript = extract(
      'The candidates met for their first debate.',
      'WHITFIELD',
      '“We have to bring back law and order in this county.”',
      'RUIZ',
      '“Well, I think that is just not true at all, Dana.”',
    );
    expect(quotes(transcript).map((q) => q[1])).toEqual(['WHITFIELD', 'RUIZ']);
    // a subhead that is a sentence names nobody
    expect(
      quotes(extract('The Vote Is Close', '“Nobody knows how this vote will end tonight.”')).map((q) => q[1]),
    ).toEqual([null]);
  });

  it('gives a quote after a question to the question’s subject, and after "Read her remarks below." to their owner', () => {
    const a = extract(
      'Sales were great, Amadou Diallo said. He sold 40 bottles.',
      'Why was he out in the heat? “My mom says I have to save up for college.”',
      'Michelle Obama spoke in Philadelphia on Monday night.',
      'Read her full remarks below.',
      '“We are here tonight because we love this country.”',
    );
    expect(quotes(a).map((q) => q[1])).toEqual(['he', 'her']);
  });

  it('gives a story’s unattributed quotes to the person only its headline names, and no speech to "the session opened"', () => {
    const body = [
      'The convention opened on Monday.',
      '“We are here tonight because we love this country and everything it stands for.”',
      '“That is the story of this country,” said Michelle Obama.',
    ].join('\n\n');
    const split = {
      title: 'Read Michelle Obama’s Emotional Speech',
      subtitle: null,
      dateline: null,
      body,
      sections: [],
    };
    const a = extractArticle({ ...split, sections: [{ heading: null, text: body }] });
    expect(a.statements.map((s) => [s.speakerName, s.speaker?.type ?? null])).toEqual([
      ['Michelle Obama', 'person'],
      ['Michelle Obama', 'person'],
    ]);
    // "Things X Said" names X too
    const c = extractArticle({
      ...split,
      title: 'The 19 Most Insane Things Donald Trump Said At The Debate',
      body: [
        'Donald Trump said he had won the debate.',
        'Well, that happened.',
        '“I have a much better temperament than she has, you know.”',
      ].join('\n\n'),
      sections: [],
    });
    expect(c.statements.map((s) => s.speakerName)).toEqual(['Donald Trump', 'Donald Trump']);
    // without the headline the first quote has no speaker
    const b = extractArticle({ ...split, title: 'Convention opens', sections: [{ heading: null, text: body }] });
    expect(b.statements[0].speakerName).toBeNull();
  });

  it('leaves a time or occasion between the verb and the reported clause out of what was said', () => {
    const a = extract(
      'Senator Maria Lopez said on Monday she would run again.',
      'Senator Tom Ruiz said in a statement the plan would fail.',
      'Mayor Ruth Calder told reporters last week the budget was balanced.',
      'Senator Dana Whitfield said the plan would fail on Monday.',
    );
    expect(a.statements.map((s) => s.text)).toEqual([
      'she would run again',
      'the plan would fail',
      'the budget was balanced',
      'the plan would fail on Monday',
    ]);
  });

  it('takes a name between commas as the subject, a "--" introducer, and a reporting "-ing" word the tagger calls an adjective', () => {
    const a = extract(
      'And the state’s Republican attorney general, Pam Bondi, vowed to go after “anyone who attacks our community.”',
      'Ruiz also embraced harsh interrogation techniques -- "I think it is peanuts compared to what they would do to us."',
      'Calder has used aggressive language, with Calder recently promising to "carpet bomb them into oblivion."',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['vowed', 'Pam Bondi'],
      [null, 'Ruiz'],
      ['promising', 'Calder'],
    ]);
  });

  it('takes a verb telling someone to do the quoted thing, and keeps the words of a passive with no speaker', () => {
    const a = extract(
      'Ruiz commanded the party to "do the right thing and open its doors to new people."',
      'A group of 67 artists called on people to "remember the historic campaigns against other groups."',
      'The plan is expected to "cut costs for all of the families involved."',
      'His salespersons were told, "You do not sell products. You sell feelings."',
      'Lopez was quoted as saying, "We will cut costs for all of the families."',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['commanded', 'Ruiz'],
      ['called', 'A group of 67 artists'],
      [null, null],
      [null, null],
      ['saying', 'Lopez'],
    ]);
  });

  it('never takes a new clause after a quote ("- but he said") for its attribution, nor the dash for part of a speaker', () => {
    const a = extract(
      'Former governor Ed Rendell praised the senator, calling it "an incredible feat" - but he said the time is coming for unity.',
      '“We will win this county by ten points,” - Maria Lopez said.',
    );
    expect(quotes(a).map((q) => [q[0], q[1]])).toEqual([
      ['calling', 'Former governor Ed Rendell'],
      ['said', 'Maria Lopez'],
    ]);
  });

  it('takes the one speaking, not the one spoken to, and no noun-and-gerund phrase for a clause', () => {
    const a = extract(
      'Another intelligence source speaking to Fox News said, “The agents are investigating the donations.”',
      'Whitfield tweeted when Ruiz ended the debate with a nod to the blockbuster "Star Wars" sequel hitting the theaters, remarking, “Thank you, and may The Force be with you.”',
    );
    expect(quotes(a).map((q) => q[1])).toEqual(['Another intelligence source', 'Ruiz']);
  });

  it('is deterministic: the same text gives the same statements', () => {
    const text = [
      '“We will not back down,” the senator tweeted.',
      'The premier urged his counterparts to “act now before the window closes.”',
    ];
    expect(extract(...text).statements).toEqual(extract(...text).statements);
  });
});
