/**
 * The small data tables that drive the rules: head words of organization and
 * initiative names, personal titles, attribution verbs, function words. Nothing here is
 * specific to one corpus; extending coverage means adding rows, not code.
 */
import type { InitiativeKind, OrganizationKind } from '../types.js';

/** A look-up table without a prototype: `'constructor' in table` is false. */
function table<V>(entries: Record<string, V>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, entries);
}

/** Head words that make a capitalised phrase an organization, with the default kind. */
export const ORG_HEADS: Record<string, OrganizationKind> = table({
  organization: 'NGO', organisation: 'NGO', association: 'NGO', foundation: 'NGO', fund: 'NGO',
  society: 'NGO', federation: 'NGO', charity: 'NGO', trust: 'NGO', league: 'NGO', union: 'OTHER',
  center: 'ACADEMIC', centre: 'ACADEMIC', centers: 'ACADEMIC', centres: 'ACADEMIC',
  institute: 'ACADEMIC', institution: 'ACADEMIC', university: 'ACADEMIC', academy: 'ACADEMIC',
  college: 'ACADEMIC', school: 'ACADEMIC', 'think-tank': 'ACADEMIC',
  commission: 'INTERGOVERNMENTAL', committee: 'GOVERNMENT', council: 'GOVERNMENT', secretariat: 'INTERGOVERNMENTAL',
  ministry: 'GOVERNMENT', government: 'GOVERNMENT', assembly: 'GOVERNMENT', parliament: 'GOVERNMENT',
  senate: 'GOVERNMENT', congress: 'GOVERNMENT', cabinet: 'GOVERNMENT', department: 'GOVERNMENT',
  bureau: 'GOVERNMENT', agency: 'GOVERNMENT', authority: 'GOVERNMENT', office: 'GOVERNMENT',
  administration: 'GOVERNMENT', court: 'GOVERNMENT', tribunal: 'GOVERNMENT', police: 'GOVERNMENT',
  army: 'GOVERNMENT', navy: 'GOVERNMENT', force: 'GOVERNMENT', forces: 'GOVERNMENT', service: 'GOVERNMENT',
  hospital: 'OTHER', clinic: 'OTHER',
  bank: 'COMPANY', company: 'COMPANY', corporation: 'COMPANY', group: 'COMPANY', inc: 'COMPANY', ltd: 'COMPANY',
  times: 'MEDIA', daily: 'MEDIA', post: 'MEDIA', tribune: 'MEDIA', herald: 'MEDIA', gazette: 'MEDIA',
  journal: 'MEDIA', television: 'MEDIA', radio: 'MEDIA', news: 'MEDIA',
  // political parties, movements and armed groups have no kind of their own in the SPEC: OTHER
  party: 'OTHER', movement: 'OTHER', front: 'OTHER', militia: 'OTHER', brigade: 'OTHER', brigades: 'OTHER',
  directorate: 'GOVERNMENT', reserve: 'GOVERNMENT', community: 'INTERGOVERNMENTAL',
  broadcasting: 'MEDIA', press: 'MEDIA',
});

/** Head words that make a capitalised phrase an initiative, with its kind. */
export const INITIATIVE_HEADS: Record<string, InitiativeKind> = table({
  initiative: 'AGREEMENT', convention: 'AGREEMENT', treaty: 'AGREEMENT', agreement: 'AGREEMENT',
  declaration: 'AGREEMENT', charter: 'AGREEMENT', statement: 'AGREEMENT', accord: 'AGREEMENT', accords: 'AGREEMENT',
  pact: 'AGREEMENT', protocol: 'AGREEMENT', memorandum: 'AGREEMENT', communique: 'AGREEMENT',
  communiqué: 'AGREEMENT', resolution: 'AGREEMENT', consensus: 'AGREEMENT', code: 'AGREEMENT', compact: 'AGREEMENT',
  plan: 'PROGRAM', programme: 'PROGRAM', program: 'PROGRAM', mission: 'PROGRAM', roadmap: 'PROGRAM',
  scheme: 'PROGRAM', campaign: 'PROGRAM', corridor: 'PROGRAM', partnership: 'PROGRAM', project: 'PROGRAM',
  area: 'FACILITY', park: 'FACILITY', zone: 'FACILITY', house: 'FACILITY', lab: 'FACILITY',
  laboratory: 'FACILITY', port: 'FACILITY', hub: 'FACILITY', facility: 'FACILITY', railway: 'FACILITY',
  pipeline: 'FACILITY', highway: 'FACILITY', bridge: 'FACILITY', dam: 'FACILITY',
  network: 'NETWORK', alliance: 'NETWORK', platform: 'NETWORK', grid: 'PROGRAM',
  forum: 'EVENT', session: 'EVENT', day: 'EVENT', summit: 'EVENT', conference: 'EVENT', expo: 'EVENT',
  exhibition: 'EVENT', festival: 'EVENT', games: 'EVENT', week: 'EVENT', meeting: 'EVENT', symposium: 'EVENT',
  dialogue: 'EVENT', fair: 'EVENT', retreat: 'EVENT',
  operation: 'OPERATION', exercise: 'EVENT', exercises: 'EVENT', drill: 'EVENT', drills: 'EVENT',
  system: 'FACILITY', mechanism: 'PROGRAM', pillar: 'PROGRAM', market: 'PROGRAM', architecture: 'PROGRAM',
  process: 'PROGRAM', act: 'AGREEMENT',
  strategy: 'STRATEGY', vision: 'STRATEGY', agenda: 'STRATEGY', concept: 'STRATEGY', doctrine: 'STRATEGY',
  outlook: 'STRATEGY', framework: 'STRATEGY', masterplan: 'STRATEGY', blueprint: 'STRATEGY',
});

/**
 * Heads that name a standing body or an event/network depending on use ("the Forum
 * believes" is a body; "to hold the Women's Forum" an event). Resolved from context.
 */
export const AMBIGUOUS_HEADS = new Set(['forum', 'alliance']);

/** Heads whose name only exists with an "of" complement ("House of Friendship"). */
export const HEADS_NEEDING_OF = new Set(['house']);

/** Heads that only make a name after a premodifier ("SCO Day", not "Day"). */
export const HEADS_NEEDING_MODIFIER = new Set(['force', 'day', 'week', 'area', 'park', 'zone', 'port', 'session', 'meeting', 'plan', 'service', 'post', 'news', 'office', 'group', 'platform', 'fund', 'trust', 'union', 'league', 'times', 'daily', 'court', 'concept', 'vision', 'agenda', 'dialogue', 'system', 'mechanism', 'market', 'pillar', 'process', 'architecture', 'reserve', 'front', 'movement', 'party', 'community', 'press', 'brigade', 'brigades', 'exercise', 'exercises', 'drill', 'drills', 'act']);

/** Heads whose name is a document title (kept whole, with "in the Region" and all). */
export const DOCUMENT_HEADS = new Set(['code', 'compact', 'outlook', 'framework', 'masterplan', 'blueprint', 'plan', 'programme', 'program', 'roadmap', 'convention', 'treaty', 'agreement', 'declaration', 'charter', 'statement', 'accord', 'pact', 'protocol', 'memorandum', 'communique', 'communiqué', 'resolution', 'strategy', 'agenda', 'concept', 'doctrine', 'vision']);

/** Event heads: an ordinal or a year in front makes the whole title one event ("the 24th Meeting of the Council of ..."). */
export const EVENT_TITLE_HEADS = new Set(['meeting', 'session', 'summit', 'conference', 'forum', 'congress', 'assembly', 'round', 'ministerial', 'dialogue', 'symposium', 'expo', 'games', 'festival', 'exhibition', 'week']);

/**
 * Lower-case class nouns around a capitalised name that say what the name is: "militant
 * group al-Shabaab", "broadcaster BFMTV", "the Nation newspaper", "Agência Brasil news agency".
 * `before`: the noun precedes the name (some need one of `needs` in front of them).
 */
export const CLASS_NOUNS: { words: string[]; kind: OrganizationKind; before: boolean; needs?: Set<string> }[] = [
  { words: ['broadcaster'], kind: 'MEDIA', before: true },
  { words: ['newspaper'], kind: 'MEDIA', before: true },
  { words: ['news', 'agency'], kind: 'MEDIA', before: true },
  { words: ['news', 'website'], kind: 'MEDIA', before: true },
  { words: ['channel'], kind: 'MEDIA', before: true, needs: new Set(['television', 'tv', 'news', 'satellite']) },
  { words: ['daily'], kind: 'MEDIA', before: true, needs: new Set(['the', 'business', 'financial', 'newspaper', 'english-language', 'state-run', 'official', 'independent']) },
  { words: ['group'], kind: 'OTHER', before: true, needs: new Set(['militant', 'armed', 'rebel', 'jihadist', 'islamist', 'extremist', 'separatist', 'insurgent', 'terrorist', 'paramilitary', 'mercenary', 'rights', 'advocacy', 'lobby', 'hacker', 'hacking', 'opposition', 'activist', 'campaign']) },
  { words: ['militia'], kind: 'OTHER', before: true },
  { words: ['movement'], kind: 'OTHER', before: true, needs: new Set(['rebel', 'armed', 'militant', 'islamist', 'opposition', 'separatist', 'political', 'protest']) },
  { words: ['party'], kind: 'OTHER', before: true, needs: new Set(['opposition', 'ruling', 'governing', 'political', 'far-right', 'far-left', 'nationalist', 'centrist', 'conservative', 'liberal']) },
  { words: ['newspaper'], kind: 'MEDIA', before: false },
  { words: ['news', 'agency'], kind: 'MEDIA', before: false },
  { words: ['broadcaster'], kind: 'MEDIA', before: false },
  { words: ['news', 'website'], kind: 'MEDIA', before: false },
  { words: ['militia'], kind: 'OTHER', before: false },
];

/** Lower-case heads after a name that make it an event ("the Gulf Shield 2025 joint exercise"). */
export const EXERCISE_NOUNS = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'wargames']);

/** Lower-case heads that make a name right after an organization name ("SCO hotline network"). */
export const LOWER_HEADS: Record<string, { type: 'organization'; kind: OrganizationKind } | { type: 'initiative'; kind: InitiativeKind }> = table({
  group: { type: 'organization', kind: 'INTERGOVERNMENTAL' },
  network: { type: 'initiative', kind: 'NETWORK' },
  mechanism: { type: 'initiative', kind: 'PROGRAM' },
  'task force': { type: 'organization', kind: 'INTERGOVERNMENTAL' },
});
/** Allowed lower-case modifiers between the organization and a lower-case head. */
export const LOWER_HEAD_MODIFIERS = new Set(['liaison', 'contact', 'working', 'hotline', 'expert', 'experts', 'coordination', 'consultation', 'monitoring', 'response', 'cooperation']);

/** Lower-case connectors allowed inside a capitalised name ("Association for Friendship with ..."). */
export const CONNECTORS = new Set(['of', 'the', 'and', '&', 'for', 'with', 'on', 'in', 'to', 'by', 'against', 'at', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'bin', 'al', 'el', 'da', 'do', 'dos']);
/** Connectors that end the core of a name and open a complement. */
export const COMPLEMENT_CONNECTORS = new Set(['of', 'for', 'with', 'on', 'in', 'to', 'by', 'against', 'at']);
/** Horizon words: "Strategy until 2025". */
export const HORIZON_WORDS = new Set(['until', 'till', 'through', 'to']);

/**
 * Capitalised words that never start a name (sentence-initial function words, pronouns,
 * determiners, months and weekdays when alone).
 */
export const STOP_CAPS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'during', 'under', 'according', 'since',
  'with', 'for', 'by', 'from', 'after', 'before', 'as', 'and', 'but', 'or', 'if', 'when', 'while', 'it', 'he',
  'she', 'we', 'they', 'its', 'his', 'her', 'their', 'our', 'of', 'to', 'up', 'there', 'here', 'all', 'both',
  'each', 'every', 'some', 'many', 'most', 'more', 'other', 'another', 'such', 'also', 'however', 'meanwhile',
  'moreover', 'furthermore', 'yet', 'so', 'then', 'thus', 'through', 'over', 'about', 'against', 'between',
  'among', 'into', 'amid', 'despite', 'although', 'though', 'because', 'unlike', 'like', 'besides', 'following',
  'speaking', 'addressing', 'invoking', 'asked', 'earlier', 'later', 'last', 'next', 'first', 'i', 'you', 'my',
  'your', 'what', 'which', 'who', 'whom', 'whose', 'how', 'why', 'where', 'one', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'no', 'not', 'only', 'just', 'even', 'still', 'now', 'today', 'once',
  'mr', 'mrs', 'ms', 'dr',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Personal titles. Heads end a title; modifiers may precede a head inside it
 * ("State Councilor and Foreign Minister", "Russian Defence Minister").
 */
export const PERSON_TITLE_HEADS = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general',
  'director-general', 'under-secretary-general', 'ambassador', 'envoy', 'spokesperson', 'spokesman',
  'spokeswoman', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'governor', 'mayor',
  'commissioner', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'senator', 'general', 'admiral',
  'colonel', 'professor', 'councilor', 'councillor', 'counsellor', 'counselor', 'adviser', 'advisor',
  'representative', 'head', 'chief', 'leader', 'officer', 'ceo', 'coordinator', 'rapporteur', 'judge',
  'pope', 'deputy', 'lieutenant', 'marshal', 'captain', 'major', 'sultan', 'ayatollah', 'speaker', 'commander',
  'founder', 'envoy', 'negotiator', 'mediator', 'prosecutor', 'attorney-general',
]);
export const TITLE_MODIFIERS = new Set([
  'foreign', 'defence', 'defense', 'finance', 'trade', 'commerce', 'health', 'interior', 'home', 'justice',
  'education', 'energy', 'economy', 'economic', 'agriculture', 'state', 'prime', 'deputy', 'vice', 'first',
  'special', 'senior', 'executive', 'general', 'high', 'chief', 'permanent', 'acting', 'former', 'national',
  'security', 'labour', 'labor', 'culture', 'transport', 'information', 'environment', 'external', 'affairs',
  'industry', 'digital', 'development', 'emergency', 'assistant', 'associate', 'managing', 'principal',
  'secretary', 'minister', 'president', 'director', 'foreign-affairs', 'public', 'science', 'technology',
  'tourism', 'youth', 'women', 'social', 'international', 'regional', 'presidential', 'press', 'military',
  'supreme', 'grand', 'crown', 'honorary', 'lord', 'royal', 'the',
]);
/** Short forms written before names: these alone do not make a title worth keeping. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
/** Canonical spellings of titles ("Secretary General" → "Secretary-General"). */
export const TITLE_CANONICAL: Record<string, string> = table({
  'secretary general': 'Secretary-General',
  'director general': 'Director-General',
  'vice president': 'Vice-President',
  'under secretary general': 'Under-Secretary-General',
});

/**
 * Attribution verbs, by surface form → lemma. `needsThat`: only an attribution when a
 * "that" clause follows (topic verbs with a noun object are not statements).
 */
export interface VerbInfo {
  lemma: string;
  /** "speech" verbs take quotes and trailing attribution; "stance" verbs are positions. */
  type: 'speech' | 'stance';
  needsThat?: boolean;
  /** Participle that hangs off a sentence subject (", saying that ..."). */
  participle?: boolean;
}

const V = (lemma: string, type: VerbInfo['type'], forms: string[], extra: Partial<VerbInfo> = {}) =>
  forms.map((f) => [f, { lemma, type, ...extra }] as const);

export const VERBS: Map<string, VerbInfo> = new Map([
  ...V('say', 'speech', ['said', 'says', 'say']),
  ...V('say', 'speech', ['saying'], { participle: true }),
  ...V('add', 'speech', ['added', 'adds', 'add']),
  ...V('add', 'speech', ['adding'], { participle: true }),
  ...V('tell', 'speech', ['told', 'tells']),
  ...V('state', 'speech', ['stated', 'states']),
  ...V('write', 'speech', ['wrote', 'writes']),
  ...V('declare', 'speech', ['declared', 'declares']),
  ...V('note', 'speech', ['noted', 'notes'], { needsThat: true }),
  ...V('stress', 'speech', ['stressed', 'stresses'], { needsThat: true }),
  ...V('emphasize', 'speech', ['emphasized', 'emphasised', 'emphasizes', 'emphasises'], { needsThat: true }),
  ...V('announce', 'speech', ['announced', 'announces'], { needsThat: true }),
  ...V('explain', 'speech', ['explained', 'explains'], { needsThat: true }),
  ...V('warn', 'speech', ['warned', 'warns'], { needsThat: true }),
  ...V('reiterate', 'speech', ['reiterated', 'reiterates'], { needsThat: true }),
  ...V('insist', 'speech', ['insisted', 'insists'], { needsThat: true }),
  ...V('argue', 'speech', ['argued', 'argues'], { needsThat: true }),
  ...V('claim', 'speech', ['claimed', 'claims'], { needsThat: true }),
  ...V('confirm', 'speech', ['confirmed', 'confirms'], { needsThat: true }),
  ...V('acknowledge', 'speech', ['acknowledged', 'acknowledges'], { needsThat: true }),
  ...V('point out', 'speech', ['pointed out', 'points out'], { needsThat: true }),
  ...V('call on', 'speech', ['called on', 'calls on', 'call on', 'called upon', 'calls upon']),
  ...V('call on', 'speech', ['calling on', 'calling upon'], { participle: true }),
  ...V('urge', 'speech', ['urged', 'urges']),
  ...V('urge', 'speech', ['urging'], { participle: true }),
  ...V('call for', 'speech', ['called for', 'calls for']),
  ...V('according to', 'speech', ['according to']),
  ...V('believe', 'stance', ['believes', 'believed', 'believe']),
  ...V('realize', 'stance', ['realizes', 'realises', 'realized', 'realised']),
  ...V('support', 'stance', ['supports', 'supported']),
  ...V('encourage', 'stance', ['encourages', 'encouraged']),
  ...V('speak highly of', 'stance', ['speaks highly of', 'spoke highly of', 'speak highly of']),
  ...V('praise', 'stance', ['praises', 'praised']),
  ...V('underline', 'stance', ['underlines', 'underlined', 'underscores', 'underscored']),
  ...V('propose', 'stance', ['proposes', 'proposed', 'propose']),
  ...V('suggest', 'stance', ['suggests', 'suggested', 'suggest']),
  ...V('oppose', 'stance', ['opposes', 'opposed', 'oppose']),
  ...V('vow', 'stance', ['vowed', 'vows']),
  ...V('pledge', 'stance', ['pledged', 'pledges']),
  ...V('take note', 'stance', ['taken note', 'took note', 'takes note', 'take note']),
  ...V('welcome', 'stance', ['welcomes', 'welcomed']),
  ...V('condemn', 'stance', ['condemns', 'condemned']),
  ...V('reaffirm', 'stance', ['reaffirms', 'reaffirmed', 'reaffirm']),
  ...V('agree', 'stance', ['agreed', 'agrees', 'agree'], { needsThat: true }),
  ...V('recognize', 'stance', ['recognizes', 'recognises', 'recognized', 'recognised'], { needsThat: true }),
  ...V('commend', 'stance', ['commends', 'commended']),
  ...V('appreciate', 'stance', ['appreciates', 'appreciated']),
  ...V('advocate', 'stance', ['advocates', 'advocated']),
  ...V('hope', 'stance', ['hopes', 'hoped'], { needsThat: true }),
  ...V('express', 'stance', ['expressed', 'expresses']),
]);
/** Longest verb phrase in tokens (for look-ups). */
export const VERB_MAX_WORDS = 3;

/** "have taken this principled position that ..." */
export const POSITION_NOUNS = new Set(['position', 'stance', 'view', 'stand']);

/** Auxiliaries and adverbs allowed between a subject and its attribution verb. */
export const VERB_FILLERS = new Set([
  'has', 'have', 'had', 'also', 'further', 'then', 'highly', 'both', 'all', 'earlier', 'again', 'strongly',
  'firmly', 'fully', 'repeatedly', 'recently', 'today', 'yesterday', 'once', 'already', 'publicly', 'jointly',
  'warmly', 'greatly', 'particularly', 'especially', 'previously', 'originally', 'now', 'sincerely', 'actively',
  'unanimously', 'formally', 'officially', 'explicitly', 'clearly', 'consistently', 'always', 'often',
  'would', 'had', 'did', 'does', 'do', 'is', 'was', 'were', 'are',
]);

/** Nouns for documents and utterances that can "say" a quote ("the statement added"). */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'proposal', 'declaration', 'communique', 'communiqué', 'report', 'document', 'letter', 'plan',
  'resolution', 'text', 'release', 'note', 'message', 'announcement', 'circular', 'memo', 'decision',
  'joint statement', 'press release',
]);

/**
 * Plural nouns for unnamed people who speak ("officials said", "the ministers said").
 * With "the" they refer back to the article's institutional voice; bare, nobody named.
 */
export const PEOPLE_NOUNS = new Set([
  'officials', 'diplomats', 'analysts', 'sources', 'experts', 'witnesses', 'residents', 'ministers', 'leaders',
  'envoys', 'delegates', 'lawmakers', 'negotiators', 'mediators', 'representatives', 'spokespeople', 'observers',
  'organizers', 'organisers', 'authorities',
]);

/** Lower-case nouns that refer back to an organization ("the commission said", "the bloc"). */
export const ORG_ANAPHORS = new Set(['bloc', 'body', 'group', 'organization', 'organisation', 'union', 'alliance', 'grouping']);

/** Time adverbials that may sit between a subject and its verb ("Tokayev on Friday proposed"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'week', 'month', 'year',
  'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'tonight',
]);

export const PRONOUNS: Record<string, 'person' | 'thing' | 'we' | 'they'> = table({
  he: 'person', she: 'person', it: 'thing', we: 'we', they: 'they',
});

/** Words after an attribution verb that end the speaker noun phrase ("said X in an interview"). */
export const NP_STOPS = new Set([
  'in', 'during', 'at', 'on', 'while', 'when', 'after', 'before', 'as', 'adding', 'according', 'to', 'from',
  'with', 'via', 'told', 'who', 'which', 'that', 'said', 'added', 'and', 'but', 'referring', 'speaking',
  'addressing', 'noting', 'citing', 'last', 'this', 'on', 'today', 'yesterday', 'earlier', 'later', 'here', 'there',
]);

/**
 * Cues for an initiative's status, looked for in its sentence before the name (the
 * verb that governs it). When several fire, the earlier status in this list wins: an
 * "initiative of X to hold" is a proposal although "to hold" alone announces.
 */
export const STATUS_CUES: { re: RegExp; status: 'PROPOSED' | 'ANNOUNCED' | 'ACTIVE' | 'COMPLETED' }[] = [
  { re: /\b(?:propos(?:ed|es|ing|al)|suggest(?:ed|s|ing)|initiative of|call(?:ed|s)? for|urg(?:ed|es|ing)|put forward|to hold)\b/i, status: 'PROPOSED' },
  { re: /\b(?:stands? ready to|will|plans? to|intends? to|is to|are to|setting up|set up|to establish|to launch|to build|to create|promote the establishment)\b/i, status: 'ANNOUNCED' },
  { re: /\b(?:carried out|held|took place|concluded|completed|hosted|convened|made at|staged|organi[sz]ed)\b/i, status: 'COMPLETED' },
  { re: /\b(?:sign(?:ed|ing)|adopt(?:ed|ion)|in force|follow(?:ed|s|ing)|since \d{4}|launched|implement\w*|under the|ratifi\w+|operat\w+|runs|advocates|takes the lead|according to|construction of|progress of|importance of|committed to)\b/i, status: 'ACTIVE' },
];

/** Cues right after the name ("the Summit was held in ...", "... of the Forum held in Wuhan"). */
export const STATUS_AFTER = /^(?:\s+(?:of|for)\s+the\s+[^,.;]{0,80}?)?,?\s+(?:which\s+|that\s+)?(?:was\s+|were\s+|is\s+|are\s+|has\s+been\s+)?(held|signed|adopted|launched|carried out|hosted|convened|opened|ratified)\b/i;

/** "... participated in this project": the sentence names the participants. */
export const PARTICIPATION = /\b(?:participated|took part|joined|were involved|coordinated)\s+in\s+(?:this|the|that)\s+(?:project|programme|program|mission|initiative|operation|event|effort|exercise|campaign)\b/i;
