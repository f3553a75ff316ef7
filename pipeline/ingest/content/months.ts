/**
 * Month names of the languages pages are written in most (the stop-word languages written in
 * Latin letters), full and abbreviated, lower case: for the dates pages show under a headline
 * (`16 mai 2023`, `16. Mai 2023`, `16 de mayo de 2023`). General vocabulary, nothing from any page.
 */
export const MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
};

/** Abbreviations are the names' first letters, from this many (`janv`, `févr`, `sept`, `okt`). */
const ABBREVIATION = 3;

/** Every name and every prefix of one that names a single month in all the languages (`čer` is June or July: left out). */
const MONTH_OF = (() => {
  const months = new Map<string, Set<number>>();
  for (const names of Object.values(MONTH_NAMES)) {
    names.forEach((name, i) => {
      for (let n = ABBREVIATION; n <= name.length; n++) {
        const prefix = name.slice(0, n);
        if (!months.has(prefix)) months.set(prefix, new Set());
        months.get(prefix)!.add(i + 1);
      }
    });
  }
  const out = new Map<string, number>();
  for (const names of Object.values(MONTH_NAMES)) names.forEach((name, i) => out.set(name, i + 1));
  for (const [prefix, set] of months) if (set.size === 1 && !out.has(prefix)) out.set(prefix, [...set][0]!);
  return out;
})();

/** The month (1–12) a word names in any of the languages, or null; a trailing dot is an abbreviation's. */
export function monthOf(word: string): number | null {
  return MONTH_OF.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
