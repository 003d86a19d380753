import { AccordError, createClient, type Execute } from './client';
import type { MentionTimelineQuery, OrganizationMembersQuery, SpeakerQuotesQuery } from './gql/graphql';
import { MentionTimeline, OrganizationMembers, SpeakerQuotes } from './operations';

type Person = SpeakerQuotesQuery['people']['nodes'][number];
type Quote = Person['statements']['nodes'][number];
type Passage = Quote['sentence'];
type Organization = NonNullable<OrganizationMembersQuery['organization']>;

/** Page settings from the address: ?api=<graphql url>&speaker=<name>&org=<acronym>. */
const params = new URLSearchParams(location.search);
const api = params.get('api') ?? 'http://localhost:4000/graphql';
const speaker = params.get('speaker') ?? 'Norov';
const acronym = params.get('org') ?? 'SCO';

/** A tiny element builder: text is always set as text, never parsed as HTML. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child !== null) el.append(child);
  return el;
}

/** The passage with the statement marked, so the reader sees the quote in its sentence. */
function highlighted(passage: Passage, className: string): HTMLElement {
  const { text, statementStart, statementEnd } = passage;
  return h(
    'p',
    { class: className },
    text.slice(0, statementStart),
    h('mark', {}, text.slice(statementStart, statementEnd)),
    text.slice(statementEnd),
  );
}

function quoteCard(person: Person, quote: Quote): HTMLElement {
  const article = quote.article;
  const where = `characters ${quote.startOffset}–${quote.endOffset} of the body`;
  const title = article.url ? h('a', { href: article.url }, article.title) : h('span', {}, article.title);
  return h(
    'article',
    {
      class: 'quote-card',
      'data-statement': quote.id,
      'data-start': String(quote.startOffset),
      'data-end': String(quote.endOffset),
    },
    h('blockquote', { class: quote.kind === 'DIRECT_QUOTE' ? 'quote direct' : 'quote' }, quote.text),
    h(
      'p',
      { class: 'speaker' },
      `${person.name}${person.title ? `, ${person.title}` : ''} · ${quote.kind.toLowerCase().replace('_', ' ')}${quote.verb ? ` (${quote.verb})` : ''}`,
    ),
    highlighted(quote.sentence, 'sentence'),
    h('details', {}, h('summary', {}, 'Paragraph'), highlighted(quote.context, 'context')),
    h(
      'footer',
      {},
      title,
      ` · ${[article.source, article.publishedAt?.slice(0, 10)]
        .filter(Boolean)
        .map((part) => `${part} · `)
        .join('')}`,
      h('a', { class: 'offsets', href: `#${quote.id}`, title: 'article.body.slice(startOffset, endOffset)' }, where),
    ),
  );
}

function membersList(org: Organization): HTMLElement {
  const byRole = new Map<string, Organization['memberships']>();
  for (const m of org.memberships) byRole.set(m.role, [...(byRole.get(m.role) ?? []), m]);
  return h(
    'div',
    {},
    h('h2', {}, `Members of the ${org.acronym ?? org.name}`),
    ...[...byRole].map(([role, members]) =>
      h(
        'section',
        { class: 'role' },
        h('h3', {}, role.toLowerCase().replace('_', ' ') + 's'),
        h(
          'ul',
          { class: 'members' },
          ...members.map((m) =>
            h('li', {}, `${m.country.name} (${m.country.iso2})${m.since ? ` since ${m.since}` : ''}`),
          ),
        ),
      ),
    ),
  );
}

function timeline(org: Organization, buckets: MentionTimelineQuery['mentionTimeline']): HTMLElement {
  const max = Math.max(1, ...buckets.map((b) => b.mentions));
  return h(
    'div',
    {},
    h('h2', {}, `Mentions of the ${org.acronym ?? org.name}, by month`),
    h(
      'ol',
      { class: 'timeline' },
      ...buckets.map((b) =>
        h(
          'li',
          { 'data-mentions': String(b.mentions) },
          h('span', { class: 'month' }, b.start.slice(0, 7)),
          h('span', { class: 'bar', style: `width: ${(100 * b.mentions) / max}%` }),
          h('span', { class: 'count' }, `${b.mentions} in ${b.articles} article${b.articles === 1 ? '' : 's'}`),
        ),
      ),
    ),
  );
}

function showError(where: HTMLElement, error: unknown) {
  const e = error instanceof AccordError ? error : new AccordError(String(error), 'UNKNOWN', 0);
  where.replaceChildren(h('p', { class: 'error', 'data-code': e.code }, `${e.code}: ${e.message}`));
}

async function renderQuotes(execute: Execute, where: HTMLElement) {
  const data = await execute(SpeakerQuotes, { search: speaker, first: 20 });
  const cards = data.people.nodes.flatMap((person) => person.statements.nodes.map((q) => quoteCard(person, q)));
  where.replaceChildren(
    h('h2', {}, `What ${data.people.nodes.map((p) => p.name).join(', ') || speaker} said`),
    cards.length
      ? h('div', { class: 'cards' }, ...cards)
      : h('p', { class: 'empty' }, `No statements by “${speaker}”.`),
  );
}

async function renderOrganization(execute: Execute, members: HTMLElement, mentions: HTMLElement) {
  const { organization } = await execute(OrganizationMembers, { acronym });
  if (!organization) {
    members.replaceChildren(h('p', { class: 'empty' }, `No organization “${acronym}”.`));
    return;
  }
  members.replaceChildren(membersList(organization));
  const { mentionTimeline } = await execute(MentionTimeline, { id: organization.id, interval: 'MONTH' });
  mentions.replaceChildren(timeline(organization, mentionTimeline));
}

async function main() {
  const execute = createClient({ url: api });
  document.getElementById('api')!.textContent = api;
  const quotes = document.getElementById('quotes')!;
  const members = document.getElementById('members')!;
  const mentions = document.getElementById('timeline')!;
  await Promise.all([
    renderQuotes(execute, quotes).catch((e) => showError(quotes, e)),
    renderOrganization(execute, members, mentions).catch((e) => {
      showError(members, e);
      mentions.replaceChildren();
    }),
  ]);
  document.body.dataset.state = 'ready';
}

void main();
