/** The overview pages: stories on a timeline, events by type and date, actors with what they said and did, quotes. */
import { EVENT_TYPES } from '../../schemas/event.js';
import { cmp, push } from '../lib/collections.js';
import { byDate, groupBy, list, str, type SiteData } from './data.js';
import { html, page } from './html.js';
import { actorLinks, articleLink, dateText, eventRow, quoteRow } from './parts.js';
import { timeline, type Mark } from './timeline.js';

const dated = (r: Record<string, unknown>) => Boolean(r.date_start && r.date_end);

export function indexPage(d: SiteData): string {
  const stories = byDate(d.stories, 'story_id');
  const counts = (
    [
      ['articles', d.articles.length],
      ['stories', d.stories.length],
      ['events', d.events.length],
      ['quotes', d.quotes.length],
      ['actors', d.actors.length],
    ] as const
  ).map(([name, n]) => html`<li><b data-count="${name}">${n}</b>${name}</li>`);
  const marks: Mark[] = stories.filter(dated).map((s) => ({
    start: str(s.date_start),
    end: str(s.date_end),
    label: `${dateText(s)}: ${str(s.headline)}`,
    href: `#story-${str(s.story_id)}`,
    radius: Math.min(12, 4 + 2 * Math.sqrt(list(s.article_ids).length)),
  }));
  const rows = stories.map(
    (s) => html`<li class="row story" id="story-${str(s.story_id)}" data-search>
<div><b>${dateText(s)}</b> ${str(s.headline)}</div>
<div class="meta">${actorLinks(d, '', list(s.actors))}${list(s.locations).length ? ` · ${list(s.locations).join(', ')}` : ''}</div>
<div class="meta">${list(s.article_ids).length} article${list(s.article_ids).length === 1 ? '' : 's'}: ${list(s.article_ids).map((id, i) => html`${i ? '; ' : ''}${articleLink(d, '', id)}`)}</div></li>`,
  );
  return page({
    title: 'Stories',
    root: '',
    current: 'index.html',
    search: 'Search stories, people, places…',
    body: html`<ul class="counts">${counts}</ul>
${timeline(marks, { title: 'Stories by date: a dot per dated story (bigger: more articles), a bar where only the month or year is known.' })}
<h2>Every story</h2><ul class="rows">${rows}</ul>`,
  });
}

export function eventsPage(d: SiteData): string {
  const byType = groupBy(byDate(d.events, 'event_id'), (e) => str(e.event_type));
  const types = EVENT_TYPES.filter((t) => byType.has(t));
  const marks: Mark[] = d.events.filter(dated).map((e) => ({
    start: str(e.date_start),
    end: str(e.date_end),
    lane: str(e.event_type),
    cls: str(e.status),
    label: `${str(e.event_type)} ${dateText(e)}: ${list(e.actors).join(', ')}`,
    href: `#event-${str(e.event_id)}`,
  }));
  const sections = types.map((t) => {
    const events = byType.get(t)!;
    return html`<section id="type-${t}"><h2>${t} <span class="meta">(${events.length})</span></h2><ul class="rows">${events.map((e) => eventRow(d, '', e))}</ul></section>`;
  });
  return page({
    title: 'Events',
    root: '',
    current: 'events.html',
    search: 'Search events, actors, places…',
    body: html`<p class="meta">${d.events.length} events of ${types.length} types. Orange: planned.</p>
${timeline(marks, { lanes: types.filter((t) => marks.some((m) => m.lane === t)), title: 'Events by type and date: a dot for a day, a bar for a month or a year.' })}
${sections}`,
  });
}

export function actorsPage(d: SiteData): string {
  const quotesBy = groupBy(byDate(d.quotes, 'quote_id'), (q) => str(q.speaker));
  const eventsBy = new Map<string, Record<string, unknown>[]>();
  for (const e of byDate(d.events, 'event_id')) for (const a of list(e.actors)) push(eventsBy, a, e);
  const sections = [...d.actors]
    .sort((a, b) => cmp(str(a.name), str(b.name)))
    .map((a) => {
      const name = str(a.name);
      const quotes = quotesBy.get(name) ?? [];
      const events = eventsBy.get(name) ?? [];
      const about = [str(a.kind), str(a.title), str(a.country)].filter(Boolean).join(' · ');
      const aliases = list(a.aliases).filter((x) => x !== name);
      return html`<section class="row actor" id="actor-${str(a.actor_id)}" data-search>
<h2>${name}</h2><div class="meta">${about}${aliases.length ? ` · also written ${aliases.join(', ')}` : ''}</div>
${quotes.length ? html`<h3>Quotes (${quotes.length})</h3><ul class="rows">${quotes.map((q) => quoteRow(d, '', q))}</ul>` : ''}
${events.length ? html`<h3>Events (${events.length})</h3><ul class="rows">${events.map((e) => eventRow(d, '', e, { type: true }))}</ul>` : ''}
</section>`;
    });
  return page({ title: 'Actors', root: '', current: 'actors.html', search: 'Search actors, their words and events…', body: html`${sections}` });
}

export function quotesPage(d: SiteData): string {
  const quotes = byDate(d.quotes, 'quote_id');
  return page({
    title: 'Quotes',
    root: '',
    current: 'quotes.html',
    search: 'Search quotes and speakers…',
    body: html`<p class="meta">${quotes.length} quotations, by date.</p><ul class="rows">${quotes.map((q) => quoteRow(d, '', q, { speaker: true }))}</ul>`,
  });
}
