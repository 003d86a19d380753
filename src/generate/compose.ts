/**
 * Composes one synthetic news article from a seeded PRNG: a plan (topic, body, host,
 * date, participants, speakers, initiatives) and then paragraphs drawn from templates
 * that mention entities the way news text does: acronyms spelled out on first use,
 * people introduced with their title and later by surname, countries by name and by
 * demonym, and statements in several attribution styles (direct quotes with curly or
 * straight marks, reported speech, "according to", institutional positions).
 */
import {
  COUNTRIES,
  type GenCountry,
  countriesIn,
  type PersonName,
  countryName,
  countryPossessive,
  inventName,
} from './countries.js';
import { type OrgDef, membersOf, orgsFor } from './organizations.js';
import { Random } from './random.js';
import { TOPICS, TOPIC_KEYS, type Slots, type TopicDef, type TopicEvent, type TopicKey } from './topics.js';

export interface GeneratedBlock {
  text: string;
  /** A subheading (a section title) rather than a paragraph. */
  heading: boolean;
}

/** One article, as written and as `splitArticles` must read it back. */
export interface GeneratedArticle {
  /** 0-based position in the corpus. */
  index: number;
  title: string;
  subtitle: string | null;
  /** As the splitter reports it: "ASTANA", "ASTANA, June 3 (Accord Wire)". */
  dateline: string;
  /** Day of the event the article reports, ISO yyyy-mm-dd. */
  date: string;
  topic: TopicKey;
  /** Acronyms of the bodies the article mentions. */
  organizations: string[];
  /** Body blocks in order; the first is the dateline paragraph without its dateline. */
  blocks: GeneratedBlock[];
  /** The clean body: blocks joined with a blank line (what `splitArticles` returns). */
  body: string;
  /** Number of paragraphs (subheadings not counted). */
  paragraphCount: number;
  /** The article in the dump layout, from its headline to the closing "Continue Reading". */
  raw: string;
}

interface Person {
  name: PersonName;
  country: GenCountry;
  title: string;
  prefix: boolean;
  org: OrgDef | null;
  mentioned: boolean;
}

interface Initiative {
  name: string;
  head: string;
  acronym: string | null;
  /** A participant, or null for the article's main body (resolved when written). */
  proposer: GenCountry | null;
  year: number;
  mentioned: boolean;
}

interface ArticleEvent extends TopicEvent {
  /** What the event is called later: "meeting", "forum" ... */
  noun: string;
  /** "The Council", "The ministers": who holds positions at it, when anyone does. */
  holder: string | null;
  plural: boolean;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ORDINALS = [
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
const PARTIAL_QUOTES = [
  'a matter of survival for the region',
  'the backbone of our partnership',
  'a historic opportunity',
  'an absolute priority',
  'the key to long-term stability',
  'a model of good-neighbourliness',
  'a new chapter in our relations',
  'a common responsibility',
  'the engine of regional growth',
];

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** News style: numbers under ten in words. */
const count = (n: number) => (n < 10 ? SMALL[n] : String(n));

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "A, B and C". */
function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Acronym of a name's capitalised words ("Regional Precursor Control Network" -> "RPCN"). */
function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

export class ArticleComposer {
  private readonly topic: TopicDef;
  private readonly year: number;
  private readonly month: number;
  private readonly day: number;
  private readonly usDates: boolean;
  private readonly open: string;
  private readonly close: string;
  private readonly org: OrgDef;
  private readonly orgName: string;
  private readonly org2: OrgDef | null;
  private readonly introduced = new Set<string>();
  private readonly mentionedOrgs = new Set<string>();
  private readonly participants: GenCountry[];
  private readonly host: GenCountry;
  private readonly city: string;
  private readonly event: ArticleEvent;
  private readonly people: Person[] = [];
  private readonly initiatives: Initiative[] = [];
  private lastSpeaker: Person | null = null;
  private usedBackground = false;
  private usedSecondOrg = false;
  private readonly usedPatterns = new Set<number>();
  private readonly usedStats = new Set<number>();
  /** Paragraphs planned (3 to 25). */
  private readonly length: number;
  /** The main body has no member list (UN agencies): no "WHO ministers". */
  private readonly global: boolean;

  constructor(
    private readonly rng: Random,
    private readonly index: number,
  ) {
    const r = rng;
    this.topic = TOPICS[r.pick(TOPIC_KEYS)];
    this.year = r.int(2015, 2024);
    this.month = r.int(0, 11);
    this.day = r.int(1, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][this.month]);
    this.usDates = r.chance(0.3);
    [this.open, this.close] = r.chance(0.65) ? ['“', '”'] : ['"', '"'];

    this.length = 3 + Math.floor(22 * r.float() ** 1.6);
    const candidates = orgsFor(this.topic.key, this.year);
    this.org = r.weighted(candidates, (o) => o.weight);
    this.orgName = this.org.altNames && r.chance(0.3) ? r.pick(this.org.altNames) : this.org.name;
    const others = candidates.filter((o) => o !== this.org && (o.members === null || o.key === 'UN'));
    this.org2 = others.length && r.chance(0.45) ? r.pick(others) : null;

    const members = membersOf(this.org, this.year);
    let pool: GenCountry[];
    if (members && members.length) {
      pool = members;
    } else {
      const anchor = r.pick(COUNTRIES);
      const region = countriesIn(anchor.region);
      pool = [anchor, ...r.sample(region, 10), r.pick(COUNTRIES)];
    }
    this.participants = [...new Set(r.sample(pool, r.int(2, Math.min(7, pool.length))))];
    if (this.participants.length < 2)
      this.participants.push(r.pick(COUNTRIES.filter((c) => c !== this.participants[0])));
    this.host = this.participants[0];
    this.city = this.host.capital;

    this.global = members === null;
    this.event = this.pickEvent();
    const people = r.int(1, 2 + Math.floor(this.length / 5));
    for (let i = 0; i < people; i++) this.addPerson(i === 0 ? (r.chance(0.45) ? 'head' : 'host') : undefined);
    const initiatives = r.int(0, 3);
    for (let i = 0; i < initiatives; i++) this.addInitiative();
  }

  // ---------- plan ----------

  private pickEvent(): ArticleEvent {
    const r = this.rng;
    if (r.chance(0.3) && this.org.bodies.length) {
      const body = r.pick(this.org.bodies);
      const keyword = /\b(Council|Forum|Assembly|Committee|Commission|Conference|Board)\b/.exec(body)?.[1];
      return {
        name: `meeting of the {org} ${body}`,
        body,
        noun: 'meeting',
        holder: keyword ? `The ${keyword}` : null,
        plural: false,
      };
    }
    if (r.chance(0.15) && !this.global) {
      return { name: '{org} summit', body: 'leaders', noun: 'summit', holder: 'The leaders', plural: true };
    }
    const ev: TopicEvent = this.global
      ? r.pick([
          { name: `{org} regional meeting on ${r.pick(this.topic.nouns)}`, body: 'participants' },
          { name: `{org} high-level conference on ${r.pick(this.topic.nouns)}`, body: 'conference' },
          { name: `{org} regional consultation on ${r.pick(this.topic.nouns)}`, body: 'participants' },
        ])
      : r.pick(this.topic.events);
    const noun = /\b(meeting|forum|conference|festival)\b/i.exec(ev.name)?.[1].toLowerCase() ?? 'meeting';
    const holder = ev.body === 'Forum' ? 'The Forum' : ev.body === 'conference' ? 'The conference' : `The ${ev.body}`;
    return { ...ev, noun, holder, plural: /s$/.test(ev.body) };
  }

  private addPerson(role?: 'head' | 'host'): Person {
    const r = this.rng;
    let kind = role ?? (this.org2 && r.chance(0.15) ? 'org2' : r.chance(0.2) ? 'head' : 'official');
    if ((kind === 'head' && !this.org.head) || (kind === 'org2' && !this.org2?.head)) kind = 'official';
    let org: OrgDef | null = null;
    let from: GenCountry;
    let title: string;
    let prefix = true;
    if (kind === 'head' || kind === 'org2') {
      org = kind === 'org2' && this.org2 ? this.org2 : this.org;
      const members = membersOf(org, this.year);
      from = r.pick(members && members.length ? members : COUNTRIES);
      const taken = new Set(this.people.filter((p) => p.org === org).map((p) => p.title));
      title = !taken.has(org.head) && r.chance(0.8) ? org.head : `Deputy ${org.head}`;
      if (taken.has(title)) title = 'spokesperson';
    } else {
      from = kind === 'host' ? this.host : r.pick(this.participants);
      // One holder of a post per country: re-draw a title already taken.
      for (let tries = 0; ; tries++) {
        const roll = r.float();
        prefix = true;
        if (roll < 0.45) {
          const t = r.pick(this.topic.titles);
          title = t.title;
          prefix = t.prefix;
        } else if (roll < 0.7) {
          title = r.pick([
            'Foreign Minister',
            'Deputy Foreign Minister',
            'Foreign Minister',
            'Prime Minister',
            from.president ? 'President' : 'Foreign Minister',
          ]);
        } else if (roll < 0.85 && from !== this.host) {
          title = `Ambassador to ${countryName(this.host)}`;
        } else {
          title = 'spokesperson for the Foreign Ministry';
          prefix = false;
        }
        const taken = this.people.some((p) => !p.org && p.country === from && p.title === title);
        if (!taken || tries >= 4) break;
      }
    }
    let name = inventName(r, from.names, r.chance(0.3) ? 'f' : 'm');
    for (let tries = 0; tries < 5 && this.people.some((p) => p.name.short === name.short); tries++) {
      name = inventName(r, from.names, name.gender);
    }
    const person: Person = { name, country: from, title, prefix, org, mentioned: false };
    if (org) this.mentionedOrgs.add(org.acronym);
    this.people.push(person);
    return person;
  }

  private slots(): Slots {
    const r = this.rng;
    const members = membersOf(this.org, this.year) ?? countriesIn(this.host.region);
    const pool =
      this.participants.length >= 3 ? this.participants : [...new Set([...this.participants, ...r.sample(members, 3)])];
    const [a, b, c] = r.sample(pool, 3);
    return {
      rng: r,
      org: this.org.acronym,
      city: r.chance(0.7) ? this.city : r.pick(this.participants).capital,
      a: a.name,
      b: b.name,
      c: c.name,
      aText: countryName(a),
      bText: countryName(b),
      year: this.year - (r.chance(0.5) ? r.int(0, 4) : 0),
    };
  }

  private addInitiative(): Initiative {
    const r = this.rng;
    const s = this.slots();
    const patterns = this.topic.initiatives.filter((_, i) => !this.usedPatterns.has(i));
    if (!patterns.length) return this.initiatives[0];
    const pattern = r.pick(patterns);
    this.usedPatterns.add(this.topic.initiatives.indexOf(pattern));
    const { name, head } = pattern(s);
    const acronym = acronymOf(name);
    const init: Initiative = {
      name,
      head,
      acronym:
        r.chance(0.2) &&
        acronym.length >= 3 &&
        acronym.length <= 6 &&
        !/\d/.test(name) &&
        !/^(?:operation|exercise)$/.test(head)
          ? acronym
          : null,
      proposer: r.chance(0.7) ? r.pick(this.participants) : null,
      year: s.year,
      mentioned: false,
    };
    if (this.initiatives.some((i) => i.name === init.name)) return this.initiatives[0];
    this.initiatives.push(init);
    return init;
  }

  // ---------- references ----------

  private date(year = this.year, month = this.month, day = this.day): string {
    return this.usDates ? `${MONTHS[month]} ${day}, ${year}` : `${day} ${MONTHS[month]} ${year}`;
  }

  /** The date inside a sentence that goes on: "March 12, 2019, in Astana" takes a comma in US style. */
  private dateMid(): string {
    return `${this.date()}${this.usDates ? ',' : ''}`;
  }

  private quote(text: string): string {
    return `${this.open}${text}${this.close}`;
  }

  /** "the Shanghai Cooperation Organization (SCO)" the first time, then "the SCO" or "the bloc". */
  private orgRef(o: OrgDef, start = false, allowNoun = false): string {
    this.mentionedOrgs.add(o.acronym);
    let ref: string;
    if (!this.introduced.has(o.key)) {
      this.introduced.add(o.key);
      const name = o === this.org ? this.orgName : o.name;
      ref = o.firstMention ?? `${o.the ? 'the ' : ''}${name} (${o.acronym})`;
    } else if (allowNoun && this.rng.chance(0.2)) {
      ref = `the ${o.noun}`;
    } else {
      ref = `${o.acronymThe ? 'the ' : ''}${o.acronym}`;
    }
    return start ? cap(ref) : ref;
  }

  /** The body as a modifier: "SCO countries"; spelled out before its first full mention. */
  private orgAdj(o: OrgDef): string {
    this.mentionedOrgs.add(o.acronym);
    if (this.introduced.has(o.key) || o.firstMention) {
      this.introduced.add(o.key);
      return o.acronym;
    }
    this.introduced.add(o.key);
    return `${o === this.org ? this.orgName : o.name} (${o.acronym})`;
  }

  private eventRef(start = false): string {
    const ref = `the ${this.event.name.replace('{org}', this.orgAdj(this.org))}`;
    return start ? cap(ref) : ref;
  }

  private titleOf(p: Person): string {
    return p.org ? `${p.title} of ${this.orgRef(p.org)}` : `${p.title} of ${countryName(p.country)}`;
  }

  /** First mention in subject position, possibly with an appositive: "X, Kazakhstan's ...,". */
  private subj(p: Person): string {
    this.lastSpeaker = p;
    if (p.mentioned) {
      if (!p.org && /Minister$/.test(p.title) && this.rng.chance(0.1)) return `the ${p.country.demonym} minister`;
      return p.name.short;
    }
    p.mentioned = true;
    const r = this.rng;
    const full = p.name.full;
    if (p.org) {
      // Before the body is spelled out, the title carries the full name: "Secretary-General of the ... (SCO) X".
      const roll = this.introduced.has(p.org.key) || p.org.firstMention ? r.float() : 0.4 + 0.6 * r.float();
      if (roll < 0.4) return `${this.orgAdj(p.org)} ${p.title} ${full}`;
      if (roll < 0.75) return `${full}, ${p.title} of ${this.orgRef(p.org)},`;
      return `${p.title} of ${this.orgRef(p.org)} ${full}`;
    }
    if (p.prefix && r.chance(0.6)) return `${p.country.demonym} ${p.title} ${full}`;
    if (p.prefix && r.chance(0.5)) return `${full}, ${countryPossessive(p.country)} ${p.title},`;
    return `${full}, ${this.titleOf(p)},`;
  }

  /** First mention at a sentence end (no trailing comma): "said Kazakh Foreign Minister X." */
  private tail(p: Person): string {
    const ref = this.subj(p);
    return ref.endsWith(',') ? ref.slice(0, -1) : ref;
  }

  /** "led by Foreign Minister X" / "led by X, the head of ...". */
  private ledBy(p: Person): string {
    this.lastSpeaker = p;
    if (p.mentioned) return p.name.short;
    p.mentioned = true;
    return p.prefix ? `${p.title} ${p.name.full}` : `${p.name.full}, the ${p.title},`;
  }

  private pronoun(p: Person | null, start = false): string {
    const s = p?.name.gender === 'f' ? 'she' : 'he';
    return start ? cap(s) : s;
  }

  private possessivePronoun(p: Person): string {
    return p.name.gender === 'f' ? 'her' : 'his';
  }

  private speaker(): Person {
    const r = this.rng;
    const mentioned = this.people.filter((p) => p.mentioned);
    const fresh = this.people.filter((p) => !p.mentioned);
    if (fresh.length && (r.chance(0.55) || !mentioned.length)) return fresh[0];
    if (this.people.length < 6 && r.chance(0.12)) return this.addPerson();
    return r.pick(mentioned);
  }

  private initRef(i: Initiative, start = false): string {
    let ref: string;
    if (!i.mentioned) {
      i.mentioned = true;
      ref = `the ${i.name}${i.acronym ? ` (${i.acronym})` : ''}`;
    } else {
      const roll = this.rng.float();
      ref = roll < 0.45 ? `the ${i.head}` : roll < 0.75 && i.acronym ? i.acronym : `the ${i.name}`;
    }
    return start ? cap(ref) : ref;
  }

  private anyInitiative(): Initiative {
    return this.initiatives.length && this.rng.chance(0.7) ? this.rng.pick(this.initiatives) : this.addInitiative();
  }

  private recentAims: string[] = [];

  /** An aim, preferably not one of the last two used. */
  private aim(): string {
    let aim = this.rng.pick(this.topic.aims);
    for (let t = 0; t < 3 && this.recentAims.includes(aim); t++) aim = this.rng.pick(this.topic.aims);
    this.recentAims = [aim, this.recentAims[0] ?? ''];
    return aim;
  }

  private twoAims(): [string, string] {
    const [a, b] = this.rng.sample(this.topic.aims, 2);
    return [a, b];
  }

  private noun(): string {
    return this.rng.pick(this.topic.nouns);
  }

  private threat(): string {
    return this.rng.pick(this.topic.threats);
  }

  private memberGroup(): string {
    return `${this.org.memberNoun} of ${this.orgRef(this.org)}`;
  }

  // ---------- statements ----------

  /** `n` different sentences in the first person, without their final punctuation. */
  private quoteSentences(p: Person, n: number): string[] {
    const r = this.rng;
    const other = r.pick(this.participants.filter((c) => c !== p.country).concat(this.participants));
    const forms: (() => string)[] = [
      () => `We are ready to work with all our partners in ${this.orgRef(this.org)} to ${this.aim()}`,
      () => `${countryName(p.country, true)} attaches great importance to ${this.noun()}`,
      () => `No country can tackle ${this.threat()} alone`,
      () => `Our priority is to ${this.aim()}`,
      () => `We must ${this.aim()}, and we must do it together`,
      () => `This is a turning point for ${this.noun()} in our region`,
      () => {
        const [a, b] = this.twoAims();
        return `We have agreed to ${a} and to ${b}`;
      },
      () => 'Our peoples expect concrete results, not declarations',
      () => `Over the past ${count(r.int(3, 20))} years, our countries have made real progress on ${this.noun()}`,
      () => `Progress on ${this.noun()} is not a matter for one country, it is a matter for all of us`,
      () => `We welcome the proposal of ${countryName(other)} to ${this.aim()}`,
      () => `${this.initRef(this.anyInitiative(), true)} is open to every country that wants to ${this.aim()}`,
      () => `Today we have taken a concrete step towards ${this.noun()}`,
      () => 'The threats we face today do not respect borders',
      () => `I am confident that ${this.orgRef(this.org, false, true)} will ${this.aim()}`,
      () => `We call on all ${this.org.memberNoun} to ${this.aim()}`,
      () => `Who else will ${this.aim()} if not us?`,
    ];
    return r.sample(forms, n).map((f) => f());
  }

  /** 1 to 3 first-person sentences; `attributed` turns a final period into a comma. */
  private quoteBody(p: Person, attributed: boolean): string {
    const n = this.rng.chance(0.5) ? 1 : this.rng.int(2, 3);
    const sentences = this.quoteSentences(p, n);
    const text = sentences.map((s) => (s.endsWith('?') ? s : `${s}.`)).join(' ');
    return attributed && text.endsWith('.') ? `${text.slice(0, -1)},` : text;
  }

  /** A past-tense clause for reported speech (after "said that"). */
  private reportedClause(p: Person): string {
    const r = this.rng;
    const forms: (() => string)[] = [
      () => `${countryName(p.country)} was ready to ${this.aim()}`,
      () => `${this.noun()} remained a priority for ${countryName(p.country)}`,
      () => `no country could tackle ${this.threat()} alone`,
      () =>
        `${this.orgRef(this.org, false, true)} had made real progress on ${this.noun()} since ${this.year - r.int(2, 8)}`,
      () => `${this.initRef(this.anyInitiative())} would help to ${this.aim()}`,
      () => `${this.org.memberNoun} should ${this.aim()}`,
      () => `the two sides had agreed to ${this.aim()}`,
      () => `${this.threat()} remained a serious challenge for the whole region`,
      () => `the meeting had produced concrete results on ${this.noun()}`,
      () => `${countryName(p.country)} would host the next ${this.event.noun} in ${this.year + 1}`,
    ];
    return r.pick(forms)();
  }

  /** A present-tense clause for positions ("believes that ..."). */
  private presentClause(): string {
    const forms: (() => string)[] = [
      () => `${this.noun()} is essential for the security and prosperity of the region`,
      () => `${this.org.memberNoun} should ${this.aim()}`,
      () => `${this.initRef(this.anyInitiative())} will help to ${this.aim()}`,
      () => `progress on ${this.noun()} serves the interests of all ${this.org.memberNoun}`,
      () => `only through solidarity and cooperation can the region overcome ${this.threat()}`,
      () => `${this.threat()} remains one of the main challenges facing the region`,
    ];
    return this.rng.pick(forms)();
  }

  private directQuote(): string {
    const r = this.rng;
    const p = this.speaker();
    const style = r.int(0, 7);
    const verb = r.pick(['said', 'said', 'said', 'stressed', 'noted', 'added', 'told the meeting', 'told reporters']);
    switch (style) {
      case 0:
        return `${this.quote(this.quoteBody(p, true))} said ${this.tail(p)}.`;
      case 1:
        return `${this.quote(this.quoteBody(p, true))} ${this.subj(p)} ${verb}.`;
      case 2: {
        const s = this.subj(p);
        return `${cap(s)} ${r.pick(['said', 'stressed', 'told the meeting', 'declared'])}: ${this.quote(this.quoteBody(p, false))}`;
      }
      case 3: {
        const first = this.quote(this.quoteBody(p, true));
        return `${first} said ${this.tail(p)}. ${this.quote(this.quoteBody(p, false))}`;
      }
      case 4: {
        const s = this.subj(p);
        return `Speaking ${r.chance(0.5) ? 'at' : 'on the sidelines of'} ${this.eventRef()}, ${s} described ${this.noun()} as ${this.quote(r.pick(PARTIAL_QUOTES))}.`;
      }
      case 5: {
        const s = this.subj(p);
        const [a, b] = this.twoAims();
        const lead = r.pick([
          `${cap(s)} said ${countryName(p.country)} was determined to ${a}.`,
          `${cap(s)} called for joint efforts to ${a}.`,
          `${cap(s)} reminded delegates that ${countryName(p.country)} had long sought to ${a}.`,
        ]);
        const tail = r.chance(0.5) ? `, adding that ${this.org.memberNoun} should also ${b}` : '';
        return `${lead} ${this.quote(this.quoteBody(p, true))} ${this.pronoun(p)} said${tail}.`;
      }
      case 6:
        return `In ${this.possessivePronoun(p)} address, ${this.subj(p)} ${r.pick(['stressed', 'said', 'noted'])}: ${this.quote(this.quoteBody(p, false))}`;
      default:
        return `${this.quote(this.quoteBody(p, true))} ${r.pick(['said', 'added'])} ${this.tail(p)}, ${r.pick(['speaking to reporters', 'speaking after the meeting', 'addressing the delegates'])}.`;
    }
  }

  /** `"...," he added.` after a paragraph by a speaker already named. */
  private continuation(): string | null {
    const p = this.lastSpeaker;
    if (!p || !p.mentioned) return null;
    const r = this.rng;
    const verb = r.pick(['added', 'said', 'noted', 'continued', 'stressed']);
    if (r.chance(0.35)) return `${this.pronoun(p, true)} added that ${this.reportedClause(p)}.`;
    return `${this.quote(this.quoteBody(p, true))} ${this.pronoun(p)} ${verb}.`;
  }

  private reported(): string {
    const r = this.rng;
    const p = this.speaker();
    const roll = r.int(0, 6);
    let first: string;
    switch (roll) {
      case 0:
      case 1:
        first = `${cap(this.subj(p))} said that ${this.reportedClause(p)}.`;
        break;
      case 2:
        first = `${cap(this.subj(p))} ${r.pick(['noted', 'stressed', 'emphasised', 'pointed out', 'warned'])} that ${this.reportedClause(p)}.`;
        break;
      case 3:
        first = `${cap(this.subj(p))} urged ${r.pick([this.memberGroup(), 'partner countries', `the international community`])} to ${this.aim()}.`;
        break;
      case 4:
        first = `${cap(this.subj(p))} proposed ${r.chance(0.5) ? `to ${this.aim()}` : `the creation of ${this.initRef(this.addInitiative())}`}.`;
        break;
      case 5:
        first = `According to ${this.tail(p)}, ${this.reportedClause(p)}.`;
        break;
      default:
        first = `${cap(this.reportedClause(p))}, ${this.subj(p)} said.`;
    }
    if (r.chance(0.4))
      first += ` ${this.pronoun(p, true)} ${r.pick(['added', 'also said', 'further noted'])} that ${this.reportedClause(p)}.`;
    return first;
  }

  private position(): string {
    const r = this.rng;
    const holders: { name: string; plural: boolean; its: string; country: GenCountry | null }[] = [];
    if (this.event.holder) {
      holders.push({
        name: this.event.holder,
        plural: this.event.plural,
        its: this.event.plural ? 'their' : 'its',
        country: null,
      });
    }
    holders.push({ name: this.orgRef(this.org, true), plural: false, its: 'its', country: null });
    const c = r.pick(this.participants);
    holders.push({ name: countryName(c, true), plural: false, its: 'its', country: c });
    holders.push({ name: `${c.demonym} officials`, plural: true, its: 'their', country: c });
    const h = r.pick(holders);
    const v = (sing: string, plural: string) => (h.plural ? plural : sing);
    const another = () => {
      const others = this.participants.filter((x) => x !== h.country);
      return countryName(others.length ? r.pick(others) : r.pick(COUNTRIES));
    };
    const predicates: (() => string)[] = [
      () => `${v('believes', 'believe')} that ${this.presentClause()}`,
      () => `${v('supports', 'support')} ${this.initRef(this.anyInitiative())}`,
      () => `${v('calls', 'call')} on ${this.org.memberNoun} to ${this.aim()}`,
      () => `${v('welcomes', 'welcome')} the proposal of ${another()} to ${this.aim()}`,
      () => `${v('reaffirms', 'reaffirm')} ${h.its} commitment to ${this.noun()}`,
      () => `${v('encourages', 'encourage')} ${this.org.memberNoun} to ${this.aim()}`,
      () => `${v('proposes', 'propose')} that ${this.org.memberNoun} ${this.aim()}`,
      () => `${v('is', 'are')} convinced that ${this.presentClause()}`,
      () => `${v('is', 'are')} willing to ${this.aim()} together with ${another()}`,
      () => `${v('speaks', 'speak')} highly of the contribution of ${another()} to ${this.noun()}`,
    ];
    const [a, b] = r.sample(predicates, 2);
    let text = `${h.name} ${a()}.`;
    if (r.chance(0.45)) {
      const second = b();
      const pronoun = h.plural ? 'They' : 'It';
      const be = /^(is|are) /.exec(second);
      text += be ? ` ${pronoun} ${be[1]} also ${second.slice(be[0].length)}.` : ` ${pronoun} also ${second}.`;
    }
    return text;
  }

  // ---------- other paragraphs ----------

  private lead(): string {
    const r = this.rng;
    const [a, b] = this.twoAims();
    const p = this.people[0];
    switch (r.int(0, 5)) {
      case 0:
        return `${cap(this.subj(p))} has called on ${this.memberGroup()} to ${a}, as ${this.eventRef()} opened in ${this.city}.`;
      case 1: {
        const names = this.participants.slice(0, 5).map((c) => countryName(c));
        return `Ministers from ${listing(names)} have agreed to ${a} and ${b} at ${this.eventRef()} in ${this.city}.`;
      }
      case 2:
        return `As ${this.memberGroup()} gathered in ${this.city}, ${countryName(this.host)} proposed ${this.initRef(this.anyInitiative())} to ${a}.`;
      case 3:
        return `${this.orgRef(this.org, true)} has pledged to ${a} and ${b}, as ${this.eventRef()} got under way in ${this.city}.`;
      case 4:
        return `In a bid to ${a}, ${countryName(this.host)} has urged ${this.memberGroup()} to ${b}.`;
      default: {
        const [x, y] = this.participants;
        const ev = this.eventRef();
        return `${x.demonym} and ${y.demonym} officials have signed ${count(r.int(3, 24))} agreements on ${this.noun()} on the sidelines of ${ev}.`;
      }
    }
  }

  private context(): string {
    const r = this.rng;
    const names = listing(this.participants.map((c) => countryName(c)));
    const lead = this.lastSpeaker;
    switch (r.int(0, 3)) {
      case 0:
        return `On ${this.date()}, ${this.eventRef()} brought together delegations from ${names} in ${this.city}.`;
      case 1:
        return `${this.eventRef(true)}, held in ${this.city} on ${this.date()}, was attended by ministers and senior officials from ${count(this.participants.length)} countries.`;
      case 2:
        if (lead) {
          return `${cap(this.subj(lead))} made the remarks on ${this.dateMid()} while addressing ${this.eventRef()} in ${this.city}, attended by delegations from ${names}.`;
        }
        return `The talks took place on ${this.dateMid()} in ${this.city}.`;
      default:
        return `The ${this.event.noun} took place on ${this.dateMid()} ${r.chance(0.3) ? 'via video link' : `in ${this.city}`} under the theme ${this.quote(r.pick(this.topic.themes))}.`;
    }
  }

  private background(): string {
    const r = this.rng;
    this.usedBackground = true;
    const members = membersOf(this.org, this.year);
    const ref = this.orgRef(this.org);
    const intro =
      this.org.foundedIn === this.org.seat
        ? `Founded in ${this.org.founded}, ${ref}`
        : `Founded in ${this.org.foundedIn} in ${this.org.founded}, ${ref}`;
    if (this.org.key === 'SCO' && this.year >= 2017 && r.chance(0.5)) {
      return `The ${this.org.noun} was first expanded in 2017, when India and Pakistan joined as full members. ${cap(this.org.memberNoun)} now account for almost half of the world’s population.`;
    }
    if (members && members.length <= 12) {
      return `${intro} brings together ${count(members.length)} ${this.org.memberNoun}: ${listing(members.map((c) => countryName(c)))}.`;
    }
    if (members)
      return `${intro} has ${members.length} ${this.org.memberNoun} and its headquarters in ${this.org.seat}.`;
    return `${intro} is headquartered in ${this.org.seat}.`;
  }

  private stats(): string {
    const r = this.rng;
    const s = this.slots();
    const unused = this.topic.stats.filter((_, i) => !this.usedStats.has(i));
    const template = r.pick(unused.length ? unused : this.topic.stats);
    this.usedStats.add(this.topic.stats.indexOf(template));
    const fact = template(s);
    const roll = r.float();
    if (roll < 0.5) return fact;
    const body = fact.slice(0, -1);
    if (roll < 0.7) return `${body}, according to ${this.tail(this.speaker())}.`;
    if (roll < 0.85)
      return `${body}, ${r.chance(0.5) ? `${r.pick(this.participants).demonym} officials` : 'officials'} said.`;
    return `${body}, according to ${r.chance(0.5) ? this.orgRef(this.org) : 'official figures'}.`;
  }

  private demonymParagraph(): string {
    const r = this.rng;
    const c = r.pick(this.participants);
    const other = r.pick(this.participants.filter((x) => x !== c)) ?? c;
    switch (r.int(0, 3)) {
      case 0:
        return `${c.demonym} officials said ${countryName(c)} was ready to ${this.aim()}.`;
      case 1: {
        const p = this.people.find((x) => !x.mentioned && !x.org && x.country === c);
        if (!p) return `The ${c.demonym} delegation proposed to ${this.aim()}.`;
        const led = this.ledBy(p);
        return `The ${c.demonym} delegation, led by ${led}${led.endsWith(',') ? '' : ','} proposed to ${this.aim()}.`;
      }
      case 2:
        return `${c.demonym} and ${other.demonym} companies signed ${r.int(2, 40)} agreements worth $${r.int(1, 30)}.${r.int(1, 9)} billion during the visit.`;
      default:
        return `${c.demonym} experts believe that ${this.presentClause()}.`;
    }
  }

  private initiativeParagraph(): string {
    const r = this.rng;
    const fresh = this.initiatives.find((i) => !i.mentioned) ?? this.addInitiative();
    switch (r.int(0, 3)) {
      case 0: {
        const p = this.speaker();
        return `${cap(this.subj(p))} proposed ${this.initRef(fresh)}, which would ${this.aim()}.`;
      }
      case 1: {
        const [a, b] = this.twoAims();
        return `Under ${this.initRef(fresh)}, ${this.org.memberNoun} will ${a} and ${b}.`;
      }
      case 2:
        return `${fresh.proposer ? countryName(fresh.proposer, true) : this.orgRef(this.org, true)} launched ${this.initRef(fresh)} in ${fresh.year}, and ${count(r.int(3, 14))} countries have joined it since.`;
      default: {
        const ref = this.initRef(fresh, true);
        return `${ref} is expected to ${this.aim()} by ${this.year + r.int(2, 8)}. ${this.orgRef(this.org, true, true)} plans to review its progress every ${r.pick(['year', 'two years', 'six months'])}.`;
      }
    }
  }

  private history(): string {
    const r = this.rng;
    const c = r.pick(this.participants);
    switch (r.int(0, 2)) {
      case 0: {
        const year = this.year - r.int(1, 6);
        const when = this.date(year, r.int(0, 11), r.int(1, 28));
        if (this.global) {
          return `On ${when}, ${countryName(c)} hosted a ${this.orgAdj(this.org)} conference on ${this.noun()}, where participants endorsed ${this.initRef(this.anyInitiative())}.`;
        }
        // Only a member at the time hosts a summit (India and Pakistan joined the SCO in 2017).
        const then = membersOf(this.org, year) ?? [];
        const hosts = this.participants.filter((x) => then.includes(x));
        if (year < this.org.founded || !hosts.length) {
          return `It was the ${r.pick(ORDINALS)} such ${this.event.noun} since ${this.orgRef(this.org)} was founded in ${this.org.founded}.`;
        }
        return `On ${when}, ${countryName(r.pick(hosts))} hosted a summit of ${this.orgAdj(this.org)} leaders, where they adopted ${this.initRef(this.anyInitiative())}.`;
      }
      case 1:
        return `In ${MONTHS[r.int(0, 11)]} ${this.year - r.int(1, 5)}, ${countryName(c)} and ${countryName(r.pick(this.participants.filter((x) => x !== c)) ?? c)} agreed to ${this.aim()}.`;
      default:
        return `It was the ${r.pick(ORDINALS)} such ${this.event.noun} since ${this.orgRef(this.org)} was founded in ${this.org.founded}.`;
    }
  }

  private secondOrg(): string | null {
    const o = this.org2;
    if (!o || this.usedSecondOrg) return null;
    this.usedSecondOrg = true;
    const r = this.rng;
    switch (r.int(0, 2)) {
      case 0:
        return `Representatives of ${this.orgRef(o)} also attended the ${this.event.noun}.`;
      case 1:
        return `${this.orgRef(this.org, true)} signed a memorandum of understanding with ${this.orgRef(o)} on ${this.noun()} in ${this.year - r.int(1, 5)}.`;
      default:
        return `${this.orgRef(o, true)} has pledged to support ${this.initRef(this.anyInitiative())}.`;
    }
  }

  private closing(): string {
    const r = this.rng;
    const next = r.pick(this.participants.filter((c) => c !== this.host)) ?? this.host;
    if (this.global) {
      return r.chance(0.5)
        ? `The next ${this.event.noun} will be held in ${next.capital} in ${this.year + 1}.`
        : `${this.orgRef(this.org, true)} will present a report on ${this.noun()} to its ${this.org.bodies[0]} in ${this.year + 1}.`;
    }
    switch (r.int(0, 2)) {
      case 0:
        return `The next ${this.event.noun} will be held in ${next.capital} in ${this.year + 1}.`;
      case 1:
        return `${this.orgRef(this.org, true)} is expected to review progress on ${this.initRef(this.anyInitiative())} at its summit in ${this.year + 1}.`;
      default:
        return `${countryName(next, true)} will take over the rotating presidency of ${this.orgRef(this.org)} in ${this.year + 1}.`;
    }
  }

  private headline(): string {
    const r = this.rng;
    const p = this.people[0];
    const acr = this.org.acronym;
    const noun = r.pick(this.topic.headline);
    switch (r.int(0, 7)) {
      case 0:
        return `${acr} ${r.pick(this.global ? ['partners', 'experts'] : ['ministers', 'states', 'leaders', 'members'])} pledge closer cooperation on ${noun}`;
      case 1:
        return `${p.name.short} urges ${this.global ? 'governments' : `${acr} states`} to ${this.aim()}`;
      case 2:
        return `${countryName(this.host, true)} proposes new ${acr} push on ${noun}`;
      case 3: {
        const [x, y] = this.participants;
        return `${countryName(x, true)}, ${countryName(y)} agree to ${this.aim()}`;
      }
      case 4:
        return `${cap(noun)} ${/s$/.test(noun) ? 'top' : 'tops'} agenda as ${acr} ${r.pick(this.global ? ['experts', 'partners'] : ['ministers', 'officials', 'leaders'])} meet in ${this.city}`;
      case 5:
        return `${acr} must act together on ${noun}, says ${p.name.short}`;
      case 6:
        return `${p.country.demonym} ${p.org ? 'official' : /Minister/.test(p.title) ? 'minister' : /President/.test(p.title) ? 'president' : 'official'} calls for closer ${acr} cooperation on ${noun}`;
      default:
        return `${acr} eyes ${noun} deal at ${this.city} talks`;
    }
  }

  private deck(): string | null {
    const r = this.rng;
    if (!r.chance(0.4)) return null;
    const acr = this.org.acronym;
    const [a, b, c] = r.sample(this.topic.nouns, 3);
    switch (r.int(0, 2)) {
      case 0:
        return `${this.global ? 'Delegates' : `${acr} states`} agree on ${a}, ${b} and ${c}`;
      case 1:
        return `${countryName(r.pick(this.participants), true)} offers to host next ${this.event.noun} in ${this.year + 1}`;
      default:
        return `Delegates from ${count(this.participants.length)} countries discuss ${a} and ${b}`;
    }
  }

  private subheading(): string {
    const r = this.rng;
    const roll = r.float();
    if (roll < 0.6) return r.pick(this.topic.subheadings);
    if (roll < 0.8)
      return `${countryName(r.pick(this.participants), true)} and ${this.org.acronymThe ? 'the ' : ''}${this.org.acronym}`;
    return r.pick(['What comes next', 'Looking ahead', 'The road ahead', 'Background', 'A new chapter']);
  }

  // ---------- the article ----------

  compose(): GeneratedArticle {
    const r = this.rng;
    const title = this.headline();
    const subtitle = this.deck();
    const dateline = this.datelineFor();
    const count = this.length;
    const paras: string[] = [this.lead()];
    if (count >= 3) paras.push(this.context());
    let last = 'context';
    for (let guard = 0; paras.length < count && guard < 200; guard++) {
      const closingSlot = count >= 5 && paras.length === count - 1;
      if (closingSlot) {
        paras.push(this.closing());
        break;
      }
      const needStatement = paras.length === 2 && count === 3;
      const kind = needStatement
        ? r.pick(['quote', 'reported', 'position'])
        : r.weighted(
            [
              ['quote', 30],
              ['reported', 16],
              ['position', 10],
              ['background', this.usedBackground ? 0 : 6],
              ['stats', 10],
              ['demonym', 8],
              ['initiative', 10],
              ['history', 5],
              ['continuation', last === 'quote' || last === 'reported' ? 14 : 0],
              ['org2', this.org2 && !this.usedSecondOrg ? 3 : 0],
            ] as const,
            (k) => k[1],
          )[0];
      let text: string | null;
      switch (kind) {
        case 'quote':
          text = this.directQuote();
          break;
        case 'reported':
          text = this.reported();
          break;
        case 'position':
          text = this.position();
          break;
        case 'background':
          text = this.background();
          break;
        case 'stats':
          text = this.stats();
          break;
        case 'demonym':
          text = this.demonymParagraph();
          break;
        case 'initiative':
          text = this.initiativeParagraph();
          break;
        case 'history':
          text = this.history();
          break;
        case 'continuation':
          text = this.continuation();
          break;
        default:
          text = this.secondOrg();
      }
      if (!text) continue;
      paras.push(text);
      last = kind;
    }

    const blocks: GeneratedBlock[] = paras.map((text) => ({ text, heading: false }));
    if (paras.length >= 8 && r.chance(0.55)) {
      const wanted = r.int(1, Math.min(3, Math.floor(paras.length / 4)));
      const used = new Set<string>();
      const positions = r
        .sample(
          Array.from({ length: paras.length - 4 }, (_, i) => i + 3),
          wanted,
        )
        .sort((a, b) => b - a);
      for (const at of positions) {
        let heading = this.subheading();
        for (let t = 0; t < 3 && used.has(heading); t++) heading = this.subheading();
        if (used.has(heading)) continue;
        used.add(heading);
        blocks.splice(at, 0, { text: heading, heading: true });
      }
    }
    // No two subheadings in a row.
    for (let i = blocks.length - 1; i > 0; i--) if (blocks[i].heading && blocks[i - 1].heading) blocks.splice(i, 1);

    const article: Omit<GeneratedArticle, 'raw'> = {
      index: this.index,
      title,
      subtitle,
      dateline: dateline.dateline,
      date: `${this.year}-${String(this.month + 1).padStart(2, '0')}-${String(this.day).padStart(2, '0')}`,
      topic: this.topic.key,
      organizations: [...this.mentionedOrgs],
      blocks,
      body: blocks.map((b) => b.text).join('\n\n'),
      paragraphCount: paras.length,
    };
    return { ...article, raw: this.render(article, dateline.written) };
  }

  /**
   * The article in the scraped-dump layout of data/corpus: headline, optional deck,
   * blank lines, the dateline paragraph, paragraphs one blank line apart, subheadings
   * two blank lines after the text before them, now and then an ad line, and
   * "Continue Reading" to close. Never three blank lines inside an article: that gap
   * means "new article" to the splitter.
   */
  private render(a: Omit<GeneratedArticle, 'raw'>, datelineWritten: string): string {
    const r = this.rng;
    const trail = () => (r.chance(0.15) ? '  ' : '');
    let out = `${a.title}${trail()}\n${'\n'.repeat(r.int(2, 4))}`;
    if (a.subtitle) out += `${a.subtitle}${trail()}\n${'\n'.repeat(r.int(1, 2))}`;
    a.blocks.forEach((b, i) => {
      if (i > 0 && b.heading) out += '\n';
      else if (i > 0 && !a.blocks[i - 1].heading && r.chance(0.03))
        out += `${r.pick(['Advertisement', 'Share this article'])}\n\n`;
      out += i === 0 ? `${datelineWritten}${b.text}\n\n` : `${b.text}${b.heading ? trail() : ''}\n\n`;
    });
    return `${out}${r.chance(0.5) ? '\n' : ''}Continue Reading\n\n\n`;
  }

  /** The dateline, as written before the first paragraph and as the splitter reads it. */
  private datelineFor(): { written: string; dateline: string } {
    const r = this.rng;
    const city = this.host.datelineCity;
    const md = `${MONTHS[this.month]} ${this.day}`;
    switch (r.int(0, 5)) {
      case 0:
      case 1:
        return { written: `${city} – `, dateline: city };
      case 2:
        return { written: `${city}, ${md} (Accord Wire) - `, dateline: `${city}, ${md} (Accord Wire)` };
      case 3:
        return { written: `${city} (Accord Wire) – `, dateline: `${city} (Accord Wire)` };
      case 4:
        return { written: `${city}, ${md} — `, dateline: `${city}, ${md}` };
      default:
        return { written: `${city}—`, dateline: city };
    }
  }
}
