/** Pieces every page uses: links to actors and articles, dates, the evidence of a row. */
import { articleFile, evidenceHref, html, type Html } from './html.js';
import { codePointSlice } from '../lib/code-points.js';
import { list, str, type Row, type SiteData } from './data.js';

export function actorLink(d: SiteData, root: string, name: string): Html {
  const id = d.actorIdByName.get(name);
  return id ? html`<a class="actor" href="${root}actors.html#actor-${id}">${name}</a>` : html`<span class="actor">${name}</span>`;
}

export function actorLinks(d: SiteData, root: string, names: string[]): Html {
  return html`${names.map((n, i) => html`${i ? ', ' : ''}${actorLink(d, root, n)}`)}`;
}

export function articleLink(d: SiteData, root: string, articleId: string): Html {
  const a = d.articleById.get(articleId);
  return html`<a href="${root}${articleFile(articleId)}">${str(a?.title) || articleId}</a>`;
}

/** A row's date as written (`2018-05`), or `undated`. */
export function dateText(r: Row): string {
  return str(r.date) || 'undated';
}

/** The evidence sentence of a row (its article's text between the row's code-point offsets), linked to its place in the article. */
export function evidence(d: SiteData, root: string, r: Row): Html {
  const start = Number(r.span_start);
  const end = Number(r.span_end);
  const sentence = codePointSlice(d.textOf(str(r.article_id)), start, end);
  const href = evidenceHref(root, str(r.article_id), start, end);
  return html`<div class="evidence">“${sentence}” <a class="evidence-link" href="${href}">evidence in ${str(r.article_id)}</a></div>`;
}

export function eventRow(d: SiteData, root: string, e: Row, options: { type?: boolean } = {}): Html {
  const status = str(e.status);
  const reports = list(e.article_ids).length;
  return html`<li class="row event" id="event-${str(e.event_id)}" data-search>
<div><b>${options.type ? `${str(e.event_type)} · ` : ''}${dateText(e)}</b> <span class="badge ${status}">${status}</span> ${actorLinks(d, root, list(e.actors))}${e.location ? html` <span class="meta">in ${str(e.location)}</span>` : ''}</div>
<div class="meta">“${str(e.trigger)}”, reported by ${reports} article${reports === 1 ? '' : 's'}</div>
${evidence(d, root, e)}</li>`;
}

export function quoteRow(d: SiteData, root: string, q: Row, options: { speaker?: boolean } = {}): Html {
  const speaker = str(q.speaker);
  return html`<li class="row quote" id="quote-${str(q.quote_id)}" data-search>
${options.speaker ? html`<div><b>${speaker ? actorLink(d, root, speaker) : 'Unnamed source'}</b> <span class="meta">${str(q.cue)}${q.date ? ` · ${str(q.date)}` : ''}</span></div>` : html`<div class="meta">${str(q.cue)}${q.date ? ` · ${str(q.date)}` : ''}</div>`}
<blockquote>${str(q.text)}</blockquote>
${evidence(d, root, q)}</li>`;
}
