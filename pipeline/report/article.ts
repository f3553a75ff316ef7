/** One page per article: its text, in which the evidence named in the address (`#span=start-end`) is highlighted, and what was found in it. */
import { list, str, type Row, type SiteData } from './data.js';
import { evidenceHref, html, page } from './html.js';
import { actorLinks } from './parts.js';

export function articlePage(d: SiteData, a: Row, quotes: Row[], events: Row[]): string {
  const id = str(a.article_id);
  const meta = [
    str(a.published_date) || 'undated',
    str(a.publisher),
    list(a.byline).join(', '),
    str(a.dateline),
    a.license ? `licence: ${str(a.license)}` : '',
  ].filter(Boolean);
  const here = (r: Row) => evidenceHref('../', id, Number(r.span_start), Number(r.span_end)).replace(/^.*#/, '#');
  return page({
    title: str(a.title) || id,
    root: '../',
    body: html`<p class="meta">${meta.join(' · ')} · <a href="../index.html#story-${str(a.story_id)}">its story</a>${a.url ? html` · <a href="${str(a.url)}" rel="noreferrer">source</a>` : ''}</p>
<div id="text" class="text">${d.textOf(id)}</div>
${quotes.length ? html`<h2>Quotes in this article (${quotes.length})</h2><ul class="rows">${quotes.map((q) => html`<li class="row"><a href="${here(q)}">“${str(q.text)}”</a> <span class="meta">${str(q.cue)}</span></li>`)}</ul>` : ''}
${events.length ? html`<h2>Events in this article (${events.length})</h2><ul class="rows">${events.map((e) => html`<li class="row"><a href="${here(e)}">${str(e.event_type)} ${str(e.date) || ''}</a> ${actorLinks(d, '../', list(e.actors))}</li>`)}</ul>` : ''}`,
  });
}
