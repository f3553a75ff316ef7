/**
 * The browsable report in out/site/: static pages (no server, no network) built from the published
 * tables: stories on a timeline, events by type and date, each actor's quotes and events, every
 * quote, and a page per article where each row's evidence sentence is highlighted.
 */
import { articleFile } from './html.js';
import { SCRIPT, STYLE } from './assets.js';
import { groupBy, siteData, str, type Tables } from './data.js';
import { articlePage } from './article.js';
import { actorsPage, eventsPage, indexPage, quotesPage } from './pages.js';

/** Every file of the site, path (under site/) and text, one at a time; `textOf` gives the texts the articles rows leave out. */
export function* siteFiles(tables: Tables, textOf?: (articleId: string) => string): Generator<[path: string, text: string]> {
  const d = siteData(tables, textOf);
  yield ['assets/style.css', STYLE];
  yield ['assets/site.js', SCRIPT];
  yield ['index.html', indexPage(d)];
  yield ['events.html', eventsPage(d)];
  yield ['actors.html', actorsPage(d)];
  yield ['quotes.html', quotesPage(d)];
  const quotesIn = groupBy(d.quoteMentions, (q) => str(q.article_id));
  const eventsIn = groupBy(d.eventMentions, (e) => str(e.article_id));
  for (const a of d.articles) {
    const id = str(a.article_id);
    yield [articleFile(id), articlePage(d, a, quotesIn.get(id) ?? [], eventsIn.get(id) ?? [])];
  }
}
