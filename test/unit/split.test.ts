import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paragraphs, parseDateline, splitArticles, splitSentences } from '../../src/ingest/split.js';

const corpus = readFileSync(fileURLToPath(new URL('../../data/corpus/sco-2021.txt', import.meta.url)), 'utf8');
const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe('splitArticles on the SCO corpus', () => {
  const articles = splitArticles(corpus);

  it('finds exactly the four articles with their headlines, decks and datelines', () => {
    expect(articles.map((a) => a.title)).toEqual([
      'SCO forum pledges cooperation, deep integration of industrial, supply & value chains',
      'Political dialogue only way to resolve Afghan conflict, says SCO Secretary General',
      'Wang Yi urges SCO states to make joint efforts in building closer SCO community',
      'China urges SCO states to jointly build a global community of health for all',
    ]);
    expect(articles.map((a) => a.subtitle)).toEqual([
      'SCO states agree on unimpeded regional economic circulation, digital economy, e-commerce, artificial intelligence & smart city development',
      null,
      null,
      'SCO Forum on People-to-People Friendship further cement public health security governance',
    ]);
    expect(articles.map((a) => a.dateline)).toEqual(['ISLAMABAD', 'ISLAMABAD', 'ISLAMABAD', 'ISLAMABAD']);
  });

  it('starts each body at the first real word after the dateline and ends at the last sentence', () => {
    expect(articles.map((a) => a.body.slice(0, 40))).toEqual([
      'Shanghai Cooperation Organization Forum ',
      'Secretary-General of the Shanghai Cooper',
      'Chinese State Councilor and Foreign Mini',
      'In a bid to help fight covid-19 and othe',
    ]);
    expect(articles[1].body.endsWith('criminal situation in Afghanistan.')).toBe(true);
    expect(articles[3].body.endsWith('protect the lives and health of people across the world.')).toBe(true);
  });

  it('keeps subheadings as their own paragraph and as section headings', () => {
    expect(articles.map((a) => a.sections.map((s) => s.heading))).toEqual([
      [null],
      [null, 'Pakistan, India addition to SCO Club welcomed'],
      [null, 'SCO’s 20 years with mutual respect and cooperation', 'Open new chapter of SCO with greater efforts'],
      [null],
    ]);
    const wang = paragraphs(articles[2].body).map((p) => p.text);
    expect(wang[2]).toBe('SCO’s 20 years with mutual respect and cooperation');
    expect(wang[11]).toBe('Open new chapter of SCO with greater efforts');
    expect(articles.map((a) => paragraphs(a.body).length)).toEqual([13, 15, 17, 9]);
  });

  it('does not repeat a heading inside its section text, and sections rebuild the body', () => {
    for (const a of articles) {
      for (const s of a.sections) {
        if (s.heading) expect(s.text.startsWith(s.heading)).toBe(false);
      }
      const rebuilt = a.sections.map((s) => (s.heading ? `${s.heading}\n\n${s.text}` : s.text)).join('\n\n');
      expect(rebuilt).toBe(a.body);
    }
    expect(articles[1].sections[0].text.split('\n\n')).toHaveLength(4);
    expect(articles[1].sections[1].text.startsWith('Norov said that the addition of Pakistan and India')).toBe(true);
  });

  it('drops all chrome and separates paragraphs by exactly one blank line', () => {
    for (const a of articles) {
      expect(a.body).not.toMatch(/Connect with us|Continue Reading/i);
      expect(a.body).not.toMatch(/\n\n\n/);
      expect(a.body).not.toMatch(/\u00A0/);
      for (const p of paragraphs(a.body)) {
        expect(p.text).not.toBe('');
        expect(p.text).toBe(p.text.trim());
        expect(p.text).not.toContain('\n');
      }
    }
  });

  it('normalises NBSP inside a paragraph to one plain space', () => {
    expect(articles[1].body).toContain('for further action. In addition, the SCO');
    expect(articles[2].body).toContain('eight times higher respectively compared with');
    expect(articles[2].title.endsWith('community')).toBe(true);
  });
});

describe('splitArticles on other dumps', () => {
  it('decodes character references a scrape left, closed by a semicolon only', () => {
    const [a] = splitArticles(
      'Talks end in Moscow\n\n&#8220;We will not accept any interference,&#8221; Sergei Lavrov said on Tuesday.\n\nTrade &amp; security were on the agenda (see example.com/?a=1&copy=2).\n',
    );
    expect(a.body).toBe(
      '“We will not accept any interference,” Sergei Lavrov said on Tuesday.\n\nTrade & security were on the agenda (see example.com/?a=1&copy=2).',
    );
  });

  it('splits a plain single article without chrome or dateline (straight quotes)', () => {
    const raw = [
      'ASEAN ministers meet in Jakarta',
      '',
      'Foreign ministers of ASEAN met on Monday. "We are united," the chair said.',
      '',
      'The meeting ended with a joint communique.',
    ].join('\n');
    expect(splitArticles(raw)).toEqual([
      {
        title: 'ASEAN ministers meet in Jakarta',
        subtitle: null,
        dateline: null,
        body: 'Foreign ministers of ASEAN met on Monday. "We are united," the chair said.\n\nThe meeting ended with a joint communique.',
        sections: [
          {
            heading: null,
            text: 'Foreign ministers of ASEAN met on Monday. "We are united," the chair said.\n\nThe meeting ended with a joint communique.',
          },
        ],
      },
    ]);
  });

  it('handles CRLF, hard-wrapped paragraphs and chrome glued after the last sentence', () => {
    const raw =
      'Title line\r\n\r\nFirst line of a paragraph\r\nwrapped here.\r\n\r\nLast words of the world. Continue Reading';
    const [a] = splitArticles(raw);
    expect(a.body).toBe('First line of a paragraph wrapped here.\n\nLast words of the world.');
    const [b] = splitArticles('Title\n\nIt ended.Continue Reading');
    expect(b.body).toBe('It ended.');
  });

  it('splits another site dump on closing chrome and on wide gaps, with varied datelines', () => {
    const raw = [
      'Share this',
      'AU summit opens in Addis Ababa',
      '',
      'ADDIS ABABA—The African Union opened its summit on Sunday.',
      '',
      'Leaders discussed trade.',
      '',
      'Read more',
      'BRICS leaders agree on bank',
      '',
      'New lending rules adopted',
      '',
      'NEW YORK - Leaders of BRICS agreed on Friday to expand the bank.',
      '',
      '',
      'Next steps',
      '',
      'The bank will open offices.',
      '',
      '',
      '',
      '',
      'Second BRICS story',
      '',
      'LONDON (Reuters) - Officials met again.',
    ].join('\n');
    const articles = splitArticles(raw);
    expect(articles.map((a) => [a.title, a.subtitle, a.dateline])).toEqual([
      ['AU summit opens in Addis Ababa', null, 'ADDIS ABABA'],
      ['BRICS leaders agree on bank', 'New lending rules adopted', 'NEW YORK'],
      ['Second BRICS story', null, 'LONDON (Reuters)'],
    ]);
    expect(articles[0].body).toBe('The African Union opened its summit on Sunday.\n\nLeaders discussed trade.');
    expect(articles[1].sections).toEqual([
      { heading: null, text: 'Leaders of BRICS agreed on Friday to expand the bank.' },
      { heading: 'Next steps', text: 'The bank will open offices.' },
    ]);
    expect(articles[2].body).toBe('Officials met again.');
  });

  it('starts a new article at a headline followed by a dateline even without chrome or wide gap', () => {
    const raw = 'One\n\nBEIJING – First story text.\n\nTwo\n\nMOSCOW – Second story text.';
    expect(splitArticles(raw).map((a) => [a.title, a.body])).toEqual([
      ['One', 'First story text.'],
      ['Two', 'Second story text.'],
    ]);
  });

  it('does not split an article on a mid-article "Read more" followed by body text', () => {
    const [a, ...rest] = splitArticles('Title\n\nLead paragraph.\n\nRead more\n\nSecond paragraph.');
    expect(rest).toHaveLength(0);
    expect(a.body).toBe('Lead paragraph.\n\nSecond paragraph.');
  });

  it('returns nothing for chrome-only input', () => {
    expect(splitArticles('Connect with us\n\n\nContinue Reading\n')).toEqual([]);
  });
});

describe('parseDateline', () => {
  it('accepts en dash, em dash and hyphen with any spacing', () => {
    expect(parseDateline('ISLAMABAD – Shanghai Cooperation')).toEqual({
      dateline: 'ISLAMABAD',
      rest: 'Shanghai Cooperation',
    });
    expect(parseDateline('ISLAMABAD—In a bid')).toEqual({ dateline: 'ISLAMABAD', rest: 'In a bid' });
    expect(parseDateline('ISLAMABAD -  Chinese')).toEqual({ dateline: 'ISLAMABAD', rest: 'Chinese' });
    expect(parseDateline('WASHINGTON, D.C. — The')).toEqual({ dateline: 'WASHINGTON, D.C.', rest: 'The' });
    // a news agency's own form: the agency between slashes after the place and date
    expect(parseDateline('MOSCOW, June 5. /TASS/. Russian President Vladimir Putin')).toEqual({
      dateline: 'MOSCOW, June 5 (TASS)',
      rest: 'Russian President Vladimir Putin',
    });
    expect(parseDateline('BEIJING /TASS/. The talks')).toEqual({ dateline: 'BEIJING (TASS)', rest: 'The talks' });
    expect(parseDateline('ISLAMABAD, Oct 15 (APP): Prime Minister')).toEqual({
      dateline: 'ISLAMABAD, Oct 15 (APP)',
      rest: 'Prime Minister',
    });
    expect(parseDateline('NOTE: The meeting')).toBeNull();
    // the quotation dash (the horizontal bar) some sites print
    expect(parseDateline('PHILADELPHIA ― Hillary Clinton’s campaign')).toEqual({
      dateline: 'PHILADELPHIA',
      rest: 'Hillary Clinton’s campaign',
    });
    // wire copy's double hyphen
    expect(parseDateline('ASTANA, July 4 (Xinhua) -- The meeting')).toEqual({
      dateline: 'ASTANA, July 4 (Xinhua)',
      rest: 'The meeting',
    });
  });

  it('rejects acronyms and hyphenated words inside a sentence', () => {
    expect(parseDateline('NATO – the alliance – said')).toBeNull();
    expect(parseDateline('SCO-Afghanistan liaison group met.')).toBeNull();
    expect(parseDateline('Islamabad – Shanghai')).toBeNull();
  });
});

describe('paragraphs', () => {
  it('gives offsets such that body.slice(start, end) is the paragraph', () => {
    const body = 'One.\n\nTwo two.\n\nThree.';
    expect(paragraphs(body)).toEqual([
      { index: 0, start: 0, end: 4, text: 'One.' },
      { index: 1, start: 6, end: 14, text: 'Two two.' },
      { index: 2, start: 16, end: 22, text: 'Three.' },
    ]);
  });
});

describe('splitSentences', () => {
  it('does not break on abbreviations, initials, dotted acronyms or decimals', () => {
    const body = 'Dr. Smith met the U.S. envoy in Washington. Trade grew 3.5 times since 2001. J. R. Smith agreed.';
    expect(texts(body)).toEqual([
      'Dr. Smith met the U.S. envoy in Washington.',
      'Trade grew 3.5 times since 2001.',
      'J. R. Smith agreed.',
    ]);
  });

  it('ends a sentence after closing quotes and not before a lowercase attribution', () => {
    const body =
      '“We are ready. The meeting is in July.” He left. “Is it over?” he asked. She said “no.” Then “unity,” he added.';
    expect(texts(body)).toEqual([
      '“We are ready.',
      'The meeting is in July.”',
      'He left.',
      '“Is it over?” he asked.',
      'She said “no.”',
      'Then “unity,” he added.',
    ]);
  });

  it('breaks after an ordinal and never across paragraphs, with exact offsets', () => {
    const body = 'It opened on June 21st. Then it closed\n\nNew paragraph! Yes.';
    const spans = splitSentences(body);
    expect(spans.map((s) => s.text)).toEqual(['It opened on June 21st.', 'Then it closed', 'New paragraph!', 'Yes.']);
    for (const s of spans) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(spans[2].start).toBe(40);
  });

  it('splits the corpus quote of Norov into its sentences', () => {
    const body = splitArticles(corpus)[1].body;
    const sentences = texts(body);
    expect(sentences).toContain('“We are ready to continue the joint work of the “SCO-Afghanistan” liaison group.');
    expect(sentences).toContain(
      'In addition, the SCO is one of the first regional organizations to put the issue of information security on the agenda,” he added.',
    );
  });
});

describe('sentence splitting stays linear', () => {
  it('splits a long paragraph of many sentences correctly, in time proportional to its length', () => {
    const paragraph = (n: number) => Array.from({ length: n }, (_, i) => `Sentence number ${i} ends here.`).join(' ');
    const small = paragraph(500);
    const large = paragraph(4000);
    expect(splitSentences(large)).toHaveLength(4000);
    // The least CPU time of several trials: another process on a shared machine can only add time.
    const cpu = (text: string) => {
      let least = Infinity;
      for (let trial = 0; trial < 7; trial += 1) {
        const started = process.cpuUsage();
        for (let i = 0; i < 3; i += 1) splitSentences(text);
        const used = process.cpuUsage(started);
        least = Math.min(least, used.user + used.system);
      }
      return least;
    };
    // warm up both sizes (the first timed call after loading can still be JIT-compiling), and
    // keep the best of three ratios: one preempted sample on a loaded machine is not a scan
    cpu(small);
    cpu(large);
    const ratios = [0, 1, 2].map(() => cpu(large) / cpu(small));
    // 8× the text; a quadratic scan would take ~64×. Ratios within one run, not a timing target.
    expect(Math.min(...ratios)).toBeLessThan(32);
  });
});
