/**
 * The browsable report (out/site/) in a real browser: Debian's Chromium, headless, driven by
 * playwright-core. The pages show what the tables hold (counts, rows, a quote and its speaker),
 * an evidence link opens its article with exactly the evidence sentence highlighted, the search
 * box filters, and nothing is fetched from the network. Screenshots go to screenshots/ (ignored by
 * git) for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SITE = join(ROOT, 'out', 'site');
const SHOTS = join(ROOT, 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Row = Record<string, unknown>;
const table = (name: string) => JSON.parse(readFileSync(join(ROOT, 'out', `${name}.json`), 'utf8')) as Row[];
const url = (path: string) => pathToFileURL(join(SITE, path)).href;

describe('the site in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: \`make test\` installs Debian's chromium (as root), or set CHROMIUM`).toBe(true);
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => browser?.close());

  test('the overview counts every table and puts the dated stories on the timeline', async () => {
    await page.goto(url('index.html'));
    for (const name of ['articles', 'stories', 'events', 'quotes', 'actors']) {
      expect(await page.locator(`[data-count="${name}"]`).textContent(), name).toBe(String(table(name).length));
    }
    const stories = table('stories');
    expect(await page.locator('li.story').count()).toBe(stories.length);
    expect(await page.locator('figure.timeline svg .mark').count()).toBe(stories.filter((s) => s.date_start).length);
    await page.screenshot({ path: join(SHOTS, 'index.png'), fullPage: true });
  });

  test('events are listed by type, each with its actors', async () => {
    await page.goto(url('events.html'));
    const events = table('events');
    expect(await page.locator('li.event').count()).toBe(events.length);
    for (const type of new Set(events.map((e) => e.event_type as string))) {
      expect(await page.locator(`#type-${type} li.event`).count(), type).toBe(events.filter((e) => e.event_type === type).length);
    }
    const e = events.find((x) => (x.actors as string[]).length > 1)!;
    const row = page.locator(`#event-${e.event_id as string}`);
    for (const actor of e.actors as string[]) await expect(row.locator('a.actor', { hasText: actor }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'events.png'), fullPage: true });
  });

  test("an actor's page section lists their quotes and events", async () => {
    await page.goto(url('actors.html'));
    const quotes = table('quotes');
    const bySpeaker = new Map<string, number>();
    for (const q of quotes) if (q.speaker) bySpeaker.set(q.speaker as string, (bySpeaker.get(q.speaker as string) ?? 0) + 1);
    const [speaker, n] = [...bySpeaker].sort((a, b) => b[1] - a[1])[0]!;
    const actor = table('actors').find((a) => a.name === speaker)!;
    const section = page.locator(`#actor-${actor.actor_id as string}`);
    expect(await section.locator('li.quote').count()).toBe(n);
    expect(await section.locator('li.event').count()).toBe(table('events').filter((e) => (e.actors as string[]).includes(speaker)).length);
    await page.screenshot({ path: join(SHOTS, 'actors.png'), fullPage: false });
  });

  test('a known quote shows with its speaker, and its evidence link opens the sentence highlighted in the article', async () => {
    const q = table('quotes').find((x) => x.speaker)!;
    await page.goto(url('quotes.html'));
    const row = page.locator(`#quote-${q.quote_id as string}`);
    expect(await row.locator('blockquote').textContent()).toBe(q.text);
    expect(await row.locator('a.actor').first().textContent()).toBe(q.speaker);
    await page.screenshot({ path: join(SHOTS, 'quotes.png'), fullPage: false });
    await row.locator('a.evidence-link').click();
    await page.waitForSelector('mark#evidence');
    expect(page.url()).toContain(`#span=${q.span_start as number}-${q.span_end as number}`);
    const article = table('articles').find((a) => a.article_id === q.article_id)!;
    const sentence = Array.from(article.text as string).slice(q.span_start as number, q.span_end as number).join('');
    expect(sentence).toContain(q.text);
    expect(await page.locator('mark#evidence').textContent()).toBe(sentence);
    expect(await page.locator('mark#evidence').isVisible()).toBe(true);
    expect(await page.locator('#text').textContent()).toBe(article.text);
    await page.screenshot({ path: join(SHOTS, 'evidence.png'), fullPage: false });
  });

  test('the search box keeps only the rows that contain its words', async () => {
    const quotes = table('quotes');
    const speaker = quotes.find((x) => x.speaker)!.speaker as string;
    await page.goto(url('quotes.html'));
    await page.fill('#search', speaker);
    const visible = page.locator('li.quote:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThanOrEqual(quotes.filter((q) => q.speaker === speaker).length);
    expect(shown).toBeLessThan(quotes.length);
    for (const text of await visible.allTextContents()) expect(text.toLowerCase()).toContain(speaker.toLowerCase());
    expect(await page.locator('#search-count').textContent()).toBe(`${shown} of ${quotes.length}`);
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: false });
  });

  test('nothing is fetched from outside the site folder', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith(pathToFileURL(SITE).href))).toEqual([]);
  });
});
