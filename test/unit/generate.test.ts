import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/generate/countries.js';
import {
  FILE_HEADER,
  GenerateOptionError,
  generateArticle,
  generateArticleList,
  generateArticleTexts,
  parseGenerateOptions,
} from '../../src/generate/index.js';
import { ORGANIZATIONS } from '../../src/generate/organizations.js';
import { TOPIC_KEYS } from '../../src/generate/topics.js';
import { parseDateline, splitArticles } from '../../src/ingest/split.js';

const texts = (count: number, seed: number, perFile?: number) =>
  [...generateArticleTexts(count, seed, perFile)].map((f) => f.text);

describe('generateArticleTexts: determinism', () => {
  it('gives byte-identical files for the same seed', () => {
    expect(texts(120, 7, 50)).toEqual(texts(120, 7, 50));
  });

  it('gives different text for a different seed', () => {
    const a = texts(20, 7);
    const b = texts(20, 8);
    expect(a).not.toEqual(b);
    expect(generateArticle(7, 0).body).not.toBe(generateArticle(8, 0).body);
  });

  it('makes article i independent of the file layout', () => {
    const one = texts(30, 3, 30).join('');
    const many = texts(30, 3, 7)
      .map((t) => t.slice(FILE_HEADER.length))
      .join('');
    expect(many).toBe(one.slice(FILE_HEADER.length));
  });

  it('names files by seed and number, with K articles per file and the rest in the last', () => {
    const files = [...generateArticleTexts(250, 42, 100)];
    expect(files.map((f) => f.fileName)).toEqual([
      'accord-s42-00001.txt',
      'accord-s42-00002.txt',
      'accord-s42-00003.txt',
    ]);
    expect(files.map((f) => f.articles)).toEqual([100, 100, 50]);
    expect(files.map((f) => f.firstArticle)).toEqual([0, 100, 200]);
    expect([...generateArticleTexts(0, 1)]).toEqual([]);
  });
});

describe('generateArticleTexts: splitter round trip', () => {
  it('splits back into exactly the articles written, with their titles, decks, datelines and bodies', () => {
    const seed = 2024;
    const expected = generateArticleList(300, seed);
    const split = [...generateArticleTexts(300, seed, 100)].flatMap((f) => {
      const articles = splitArticles(f.text);
      expect(articles).toHaveLength(f.articles);
      return articles;
    });
    expect(split).toHaveLength(300);
    expect(split.map((a) => a.title)).toEqual(expected.map((a) => a.title));
    expect(split.map((a) => a.subtitle)).toEqual(expected.map((a) => a.subtitle));
    expect(split.map((a) => a.dateline)).toEqual(expected.map((a) => a.dateline));
    expect(split.map((a) => a.body)).toEqual(expected.map((a) => a.body));
    expect(split.map((a) => a.sections.map((s) => s.heading).filter(Boolean))).toEqual(
      expected.map((a) => a.blocks.filter((b) => b.heading).map((b) => b.text)),
    );
  });

  it('round-trips with odd file sizes too', () => {
    for (const file of generateArticleTexts(40, 99, 13)) {
      expect(splitArticles(file.text)).toHaveLength(file.articles);
    }
  });

  it('writes every capital as a dateline the splitter recognises', () => {
    for (const c of COUNTRIES) {
      expect(parseDateline(`${c.datelineCity} – The talks opened.`)?.dateline, c.iso2).toBe(c.datelineCity);
    }
  });
});

describe('generated content: variety', () => {
  const articles = generateArticleList(500, 11);
  const bodies = articles.map((a) => a.body);
  const countOf = (re: RegExp) => bodies.filter((b) => re.test(b)).length;

  it('uses several attribution styles, curly and straight quotes', () => {
    const styles = {
      curlySaid: /,” said [A-Z]/,
      straightSaid: /," said [A-Z]/,
      colonIntro: /\b(?:said|stressed|declared|noted|told the meeting): [“"]/,
      pronounAdded: /[,?][”"] (?:he|she) (?:added|said|noted|continued|stressed)\./,
      nameSaidAfter: /[,?][”"] [A-Z][\p{L}'’-]+ (?:said|stressed|noted|added)\./u,
      accordingTo: /\b[Aa]ccording to [A-Z]/,
      reportedThat: /\b(?:said|noted|stressed|emphasised|pointed out|warned) that /,
      urged: / urged [a-z].* to /,
      position:
        /\b(?:The (?:Council|Forum|conference|participants|ministers|leaders|Assembly|Committee|Commission|Board)|[A-Z][a-z]+) (?:believes?|supports?|welcomes?|is convinced|are convinced|reaffirms?) /,
      partialQuote: / as [“"][a-z][^”"]+[”"]\./,
    };
    for (const [name, re] of Object.entries(styles)) {
      expect(countOf(re), name).toBeGreaterThanOrEqual(10);
    }
  });

  it('mentions many real bodies, spelling each acronym out before using it', () => {
    const seen = new Set<string>();
    for (const a of articles) {
      for (const org of ORGANIZATIONS) {
        const use = new RegExp(`\\b${org.acronym}\\b`).exec(a.body);
        if (!use) continue;
        seen.add(org.acronym);
        if (org.firstMention) continue;
        const definition = a.body.indexOf(`(${org.acronym})`);
        expect(definition, `${org.acronym} in article ${a.index}`).toBe(use.index - 1);
      }
    }
    for (const acronym of ['SCO', 'ASEAN', 'AU', 'BRICS', 'UN', 'CSTO', 'EAEU', 'WHO', 'UNODC', 'UNESCO']) {
      expect(seen, acronym).toContain(acronym);
    }
    expect(seen.size).toBeGreaterThanOrEqual(15);
    expect(countOf(/the Shanghai Cooperation Organi[sz]ation \(SCO\)/)).toBeGreaterThan(20);
    expect(countOf(/the Association of Southeast Asian Nations \(ASEAN\)/)).toBeGreaterThan(3);
  });

  it('covers every topic, lengths from 3 to 25 paragraphs, 2015 to 2024, and stated dates', () => {
    expect(new Set(articles.map((a) => a.topic))).toEqual(new Set(TOPIC_KEYS));
    const lengths = articles.map((a) => a.paragraphCount);
    expect(Math.min(...lengths)).toBe(3);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(22);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(25);
    const years = new Set(articles.map((a) => Number(a.date.slice(0, 4))));
    expect([...years].sort((a, b) => a - b)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(countOf(/\b(?:[Oo]n \d{1,2} [A-Z][a-z]+ 20\d\d|[Oo]n [A-Z][a-z]+ \d{1,2}, 20\d\d)\b/)).toBeGreaterThan(250);
    // The date stated in the text is the article's date.
    for (const a of articles) {
      const [y, m, d] = a.date.split('-').map(Number);
      const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
      const stated = a.body.includes(`${d} ${month} ${y}`) || a.body.includes(`${month} ${d}, ${y}`);
      expect(stated, `article ${a.index} states ${a.date}`).toBe(true);
    }
  });

  it('names real countries, capitals and demonyms, and people by title and later by surname', () => {
    expect(new Set(articles.map((a) => a.dateline.split(/[,(]/)[0].trim())).size).toBeGreaterThan(60);
    expect(countOf(/\bKazakh (?:officials|Foreign Minister|[A-Z][a-z]+ Minister|delegation|and)\b/)).toBeGreaterThan(3);
    expect(
      countOf(
        /\b(?:Indian|Chinese|Russian|Pakistani|Uzbek|Kyrgyz|Tajik) (?:[A-Z][a-z]+ )?(?:Minister|officials|experts|delegation|companies)\b/,
      ),
    ).toBeGreaterThan(20);
    // "Kazakh Foreign Minister Aibek Nurlanov ... Nurlanov said": a titled first mention, then the surname alone.
    const later = bodies.filter((b) => {
      const m = /\b[A-Z][a-z]+ Foreign Minister ([A-Z][\p{L}-]+) ([A-Z][\p{L}-]+)\b/u.exec(b);
      return m !== null && b.indexOf(`${m[2]} said`, m.index + m[0].length) > 0;
    });
    expect(later.length).toBeGreaterThan(3);
  });

  it('keeps the dump layout: chrome between articles, decks, subheadings, dashes of several kinds', () => {
    const text = texts(200, 5).join('');
    expect(text.match(/^Continue Reading$/gm)).toHaveLength(200);
    expect(articles.filter((a) => a.subtitle).length).toBeGreaterThan(100);
    expect(articles.filter((a) => a.blocks.some((b) => b.heading)).length).toBeGreaterThan(50);
    const datelines = articles.map((a) => a.dateline);
    expect(datelines.some((d) => /^[A-Z .'-]+$/.test(d))).toBe(true);
    expect(datelines.some((d) => /, [A-Z][a-z]+ \d{1,2} \(Accord Wire\)$/.test(d))).toBe(true);
    for (const dash of [' – ', '—', ' - ']) expect(text.includes(dash), dash).toBe(true);
  });

  it('is fast', () => {
    const started = performance.now();
    let n = 0;
    for (const f of generateArticleTexts(2000, 1)) n += f.articles;
    const seconds = (performance.now() - started) / 1000;
    expect(n).toBe(2000);
    // Measured at ~10,000 articles/s; the bound leaves room for a busy machine.
    expect(n / seconds).toBeGreaterThan(1000);
  });
});

describe('parseGenerateOptions', () => {
  it.each([['0'], ['-5'], ['abc'], ['1.5'], ['1e3'], [''], ['20000000']])('rejects --articles %j', (articles) => {
    expect(() => parseGenerateOptions({ articles })).toThrow(GenerateOptionError);
    expect(() => parseGenerateOptions({ articles })).toThrow(/--articles/);
  });

  it('says what is wrong in plain words', () => {
    expect(() => parseGenerateOptions({ articles: '0' })).toThrow(
      '--articles must be a whole number from 1 to 10000000, got 0',
    );
    expect(() => parseGenerateOptions({ articles: 'lots' })).toThrow(
      '--articles must be a whole number from 1 to 10000000, got "lots"',
    );
    expect(() => parseGenerateOptions({})).toThrow('--articles is required');
  });

  it('validates --seed, --per-file and --out too', () => {
    expect(() => parseGenerateOptions({ articles: '10', seed: '-1' })).toThrow(/--seed/);
    expect(() => parseGenerateOptions({ articles: '10', seed: 'x' })).toThrow(/--seed/);
    expect(() => parseGenerateOptions({ articles: '10', perFile: '0' })).toThrow(/--per-file/);
    expect(() => parseGenerateOptions({ articles: '10', out: '  ' })).toThrow(/--out/);
  });

  it('applies defaults and accepts digit separators', () => {
    expect(parseGenerateOptions({ articles: '100_000' })).toEqual({
      articles: 100_000,
      seed: 1,
      out: 'data/generated',
      perFile: 100,
    });
    expect(parseGenerateOptions({ articles: '1,000', seed: '42', perFile: '500', out: '/tmp/x' })).toEqual({
      articles: 1000,
      seed: 42,
      out: '/tmp/x',
      perFile: 500,
    });
  });
});
