import { describe, expect, test } from 'vitest';
import { findPeople } from '../pipeline/lib/people.js';
import { sexesOf } from '../pipeline/lib/person-sex.js';
import { splitSentences } from '../pipeline/lib/sentences.js';

const sexes = (text: string) => Object.fromEntries(sexesOf(text, findPeople('a1', text, splitSentences(text))));

describe('sexesOf', () => {
  test('honorifics, gendered titles and a subject pronoun right after the name tell the sex', () => {
    expect(sexes('Mrs Alma Rudd spoke first. Spokesman Piet Vahl said he agreed. Ona Lutz said she would stay.')).toEqual({
      'Alma Rudd': 'f', 'Piet Vahl': 'm', 'Ona Lutz': 'f',
    });
  });

  test("object pronouns, pronouns far from the name and a possessor's pronouns are no evidence", () => {
    expect(sexes('Before Piet Vahl identified her, the crowd left. Ona Lutz waited for hours in the cold rain until she left. Piet Vahl\'s mother said she was proud.')).toEqual({});
  });
});
