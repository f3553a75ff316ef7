/** The published tables as the site reads them, with the lookups its pages share. */
import { cmp, push } from '../lib/collections.js';

export type Row = Record<string, unknown>;
export type Tables = Record<string, Row[]>;

export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
export const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export interface SiteData {
  articles: Row[];
  stories: Row[];
  quotes: Row[];
  events: Row[];
  actors: Row[];
  quoteMentions: Row[];
  eventMentions: Row[];
  articleById: Map<string, Row>;
  /** Actor id by canonical name (quotes and events name actors by their name). */
  actorIdByName: Map<string, string>;
  /** An article's text (the rows may leave it out: it is then read from where it waits). */
  textOf(articleId: string): string;
}

export function siteData(t: Tables, textOf?: (articleId: string) => string): SiteData {
  const actors = t.actors ?? [];
  const articleById = new Map((t.articles ?? []).map((a) => [str(a.article_id), a]));
  return {
    textOf: textOf ?? ((id) => str(articleById.get(id)?.text)),
    articles: t.articles ?? [],
    stories: t.stories ?? [],
    quotes: t.quotes ?? [],
    events: t.events ?? [],
    actors,
    quoteMentions: t.quote_mentions ?? [],
    eventMentions: t.event_mentions ?? [],
    articleById,
    actorIdByName: new Map(actors.map((a) => [str(a.name), str(a.actor_id)])),
  };
}

/** Rows by date (their `date_start`, undated last), then by id: the order every page lists in. */
export function byDate(rows: Row[], id: string): Row[] {
  return [...rows].sort((a, b) => cmp(str(a.date_start) || '~', str(b.date_start) || '~') || cmp(str(a[id]), str(b[id])));
}

/** Group rows by a key, keys in first-seen order. */
export function groupBy(rows: Row[], key: (r: Row) => string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) push(out, key(r), r);
  return out;
}
