import { describe, expect, test } from 'vitest';
import { splitSentences } from '../pipeline/lib/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['abbreviated title before a name', 'Gen. Ray Holt and Mr. Abel Ruiz met Dr. Kim. They talked.', ['Gen. Ray Holt and Mr. Abel Ruiz met Dr. Kim.', 'They talked.']],
    ['abbreviated month before a number', 'The talks ended on Aug. 16 in Oslo. A deal followed.', ['The talks ended on Aug. 16 in Oslo.', 'A deal followed.']],
    ['initialism before a name', 'She met the U.S. Secretary of State. He left.', ['She met the U.S. Secretary of State.', 'He left.']],
    ['initialism ending a sentence before a common starter', 'Troops returned to the U.S. The war was over.', ['Troops returned to the U.S.', 'The war was over.']],
    ['exclamation inside a quotation followed by its cue', '"Go away!" he shouted. Nobody moved.', ['"Go away!" he shouted.', 'Nobody moved.']],
    ['question inside curly quotes followed by its cue', '“Why now?” she asked. It was late.', ['“Why now?” she asked.', 'It was late.']],
    ['a sentence ending in a quotation', 'He said: "We are ready." The vote is on Monday.', ['He said: "We are ready."', 'The vote is on Monday.']],
    ['merged paragraphs reopening a quotation', 'She said: "We doubled it. "We will extend it."', ['She said: "We doubled it.', '"We will extend it."']],
    ['number with a decimal point', 'Prices rose 2.5 percent. Wages did not.', ['Prices rose 2.5 percent.', 'Wages did not.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('offsets point into the text and paragraphs are counted across blank lines', () => {
    const text = 'First one. Second one.\n\nThird one.\n\n\n\nFourth one.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one.', 1],
      ['Fourth one.', 2],
    ]);
  });

  test('an empty text has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
  });
});

test('a text without sentence punctuation is cut at spaces into sentences of bounded length, losing no word', async () => {
  const { MAX_SENTENCE } = await import('../pipeline/lib/sentences.js');
  const text = Array.from({ length: 12_000 }, (_, i) => `word${i % 97}`).join(' ');
  const stats = { cut: 0 };
  const sentences = splitSentences(text, stats);
  expect(stats.cut).toBeGreaterThan(0);
  expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE);
  expect(sentences.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
});
