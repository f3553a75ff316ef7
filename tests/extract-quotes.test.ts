import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../pipeline/extract-quotes/index.js';
import type { CleanArticle } from '../pipeline/types.js';
import { cleanArticle } from './helpers/articles.js';
import { FIXTURES, fixtureCases, runFixtures } from './helpers/fixtures.js';

function article(text: string, articleId = 'fixture'): CleanArticle {
  return cleanArticle(text, { articleId, file: `${articleId}.txt` });
}

// Goldens: one object per quotation piece with what a reviewer checks (the evidence sentence
// instead of offsets), and the messages as one line each.
runFixtures('extract-quotes', (input) => {
  const a = article(input);
  const { quotes, messages } = extractQuotes(a);
  const groups = [...new Set(quotes.map((q) => q.groupKey).filter((k) => k !== null))];
  return {
    quotes: quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      speakerMention: q.speakerMention,
      speakerKind: q.speakerKind ?? null,
      basis: q.speakerBasis ?? null,
      cue: q.cue,
      partial: q.partial,
      rule: q.rule,
      group: q.groupKey === null ? null : groups.indexOf(q.groupKey) + 1,
      evidence: a.text.slice(q.sentenceStart, q.sentenceEnd),
    })),
    messages: messages.map((m) => `${m.ruleId} ${m.start}-${m.end} ${JSON.stringify(m.actual)}`),
  };
});

describe('extractQuotes', () => {
  const cases = fixtureCases('extract-quotes').map((name) => [name, readFileSync(join(FIXTURES, 'extract-quotes', name, 'input.txt'), 'utf8')] as const);

  test.each(cases)('%s: every quote points at its words and its evidence holds it', (_name, input) => {
    const a = article(input);
    for (const q of extractQuotes(a).quotes) {
      expect(a.text.slice(q.quoteStart, q.quoteEnd)).toBe(q.text);
      expect(q.sentenceStart).toBeLessThanOrEqual(q.quoteStart);
      expect(q.sentenceEnd).toBeGreaterThanOrEqual(q.quoteEnd);
      expect(q.articleId).toBe('fixture');
    }
  });

  test('output is structured-cloneable (worker-safe)', () => {
    const out = extractQuotes(article('Anna Berg said: "We will not sign this agreement today."'));
    expect(out.quotes).toHaveLength(1);
    expect(structuredClone(out)).toEqual(out);
  });

  test('a straight mark takes its direction from its neighbours, not from its position in the count', () => {
    // The stray inch mark would flip blind pairing and swallow the text between the quotes.
    const text = 'The screen measures 55" across. Ines Ruiz said: "It is the biggest we have ever sold."';
    const { quotes } = extractQuotes(article(text));
    expect(quotes.map((q) => q.text)).toEqual(['It is the biggest we have ever sold.']);
    expect(quotes[0]?.speaker).toBe('Ines Ruiz');
  });

  test('a quotation reopened before it closes ends before the new mark and reports it', () => {
    const text = 'Mia Kerr said: "We doubled it. "We will extend it."';
    const { quotes, messages } = extractQuotes(article(text));
    expect(quotes.map((q) => q.text)).toEqual(['We doubled it.', 'We will extend it.']);
    expect(quotes.every((q) => q.speaker === 'Mia Kerr')).toBe(true);
    expect(quotes[0]?.groupKey).not.toBeNull();
    expect(quotes[1]?.groupKey).toBe(quotes[0]?.groupKey);
    expect(messages.map((m) => m.ruleId)).toContain('extract-quotes/reopened');
  });

  test('a quote after "X said in a news conference with Y" belongs to X', () => {
    const text = '"We want a lasting settlement," Omar Vance said in a joint news conference with Foreign Minister Lea Stroud.';
    const [q] = extractQuotes(article(text)).quotes;
    expect(q?.speaker).toBe('Omar Vance');
  });

  test('"the minister" resolves to the last person whose title fits, not to the last person named', () => {
    const text =
      'Defence Minister Ugo Barra met union leader Kai Lenz on Monday.\n\n"We have no money left for new ships," the minister said.';
    const [q] = extractQuotes(article(text)).quotes;
    expect(q?.speaker).toBe('Ugo Barra');
    expect(q?.speakerMention).toBe('the minister');
  });

  test('a short quoted span with no one saying it is not a quotation', () => {
    const text = 'Residents call the bridge "the old lady" and cross it every day.';
    expect(extractQuotes(article(text)).quotes).toEqual([]);
  });
});

describe('extractQuotes on huge inputs', () => {
  test('150,000 unmatched closing marks neither crash nor flood the report', () => {
    const { quotes, messages } = extractQuotes(article('a” '.repeat(150_000)));
    expect(quotes).toEqual([]);
    // Fifty listed, one message counting the rest.
    expect(messages.filter((m) => m.ruleId === 'extract-quotes/unmatched-mark')).toHaveLength(51);
    expect(messages[messages.length - 1]?.reason).toMatch(/^149950 more/);
  });

  test('a repeated short attributed quote is read in every copy, with evidence cut to a window', () => {
    const text = '"Yes," said Smith. '.repeat(20_000);
    const { quotes } = extractQuotes(article(text));
    expect(quotes).toHaveLength(20_000);
    expect(quotes.every((q) => q.speaker === 'Smith' && q.sentenceEnd - q.sentenceStart <= 1500)).toBe(true);
  });
});
