/**
 * News agencies and broadcasters that sign datelines, with the forms they are written in inside a
 * dateline (`(Reuters)`, `/TASS/`, `(dpa)`). General world knowledge, one row per agency: the
 * dateline parser builds its patterns from this table, and a dateline's agency becomes the
 * article's publisher hint under its `name`.
 */

export interface Agency {
  /** The name as a publisher hint. */
  name: string;
  /** Every form written in a dateline, case as written. */
  forms: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', forms: ['Reuters', 'REUTERS', 'Reuter', 'REUTER'] },
  { name: 'AP', forms: ['AP', 'Associated Press'] },
  { name: 'AFP', forms: ['AFP', 'Agence France-Presse'] },
  { name: 'dpa', forms: ['dpa', 'DPA', 'dpa-AFX'] },
  { name: 'Xinhua', forms: ['Xinhua', 'XINHUA', 'XNA'] },
  { name: 'TASS', forms: ['TASS', 'Tass', 'ITAR-TASS', 'ITAR-Tass'] },
  { name: 'ANSA', forms: ['ANSA', 'ANSAmed'] },
  { name: 'Yonhap', forms: ['Yonhap', 'YONHAP'] },
  { name: 'Kyodo', forms: ['Kyodo', 'KYODO'] },
  { name: 'Jiji', forms: ['Jiji', 'Jiji Press'] },
  { name: 'CNN', forms: ['CNN'] },
  { name: 'UPI', forms: ['UPI'] },
  { name: 'EFE', forms: ['EFE', 'Efe'] },
  { name: 'Europa Press', forms: ['Europa Press'] },
  { name: 'Anadolu', forms: ['Anadolu', 'AA'] },
  { name: 'PTI', forms: ['PTI'] },
  { name: 'IANS', forms: ['IANS'] },
  { name: 'ANI', forms: ['ANI'] },
  { name: 'AAP', forms: ['AAP'] },
  { name: 'Canadian Press', forms: ['CP', 'The Canadian Press'] },
  { name: 'PA', forms: ['PA', 'PA Media'] },
  { name: 'Bernama', forms: ['Bernama', 'BERNAMA'] },
  { name: 'Antara', forms: ['Antara', 'ANTARA'] },
  { name: 'Interfax', forms: ['Interfax', 'Interfax-Ukraine'] },
  { name: 'RIA Novosti', forms: ['RIA Novosti', 'RIA'] },
  { name: 'Sputnik', forms: ['Sputnik'] },
  { name: 'Ukrinform', forms: ['Ukrinform'] },
  { name: 'Prensa Latina', forms: ['Prensa Latina', 'PL'] },
  { name: 'Notimex', forms: ['Notimex'] },
  { name: 'Lusa', forms: ['Lusa'] },
  { name: 'APA', forms: ['APA'] },
  { name: 'Belga', forms: ['Belga', 'BELGA'] },
  { name: 'ANP', forms: ['ANP'] },
  { name: 'BTA', forms: ['BTA'] },
  { name: 'CTK', forms: ['CTK', 'ČTK'] },
  { name: 'PAP', forms: ['PAP'] },
  { name: 'MTI', forms: ['MTI'] },
  { name: 'HINA', forms: ['HINA', 'Hina'] },
  { name: 'Tanjug', forms: ['Tanjug'] },
  { name: 'NTB', forms: ['NTB'] },
  { name: 'TT', forms: ['TT'] },
  { name: 'STT', forms: ['STT'] },
  { name: 'Ritzau', forms: ['Ritzau'] },
  { name: 'KUNA', forms: ['KUNA'] },
  { name: 'WAM', forms: ['WAM'] },
  { name: 'SPA', forms: ['SPA'] },
  { name: 'MENA', forms: ['MENA'] },
  { name: 'IRNA', forms: ['IRNA'] },
  { name: 'Petra', forms: ['Petra'] },
  { name: 'SANA', forms: ['SANA'] },
  { name: 'KCNA', forms: ['KCNA'] },
  { name: 'CNA', forms: ['CNA'] },
  { name: 'Bloomberg', forms: ['Bloomberg'] },
  { name: 'Dow Jones', forms: ['Dow Jones'] },
  { name: 'NNA', forms: ['NNA'] },
  { name: 'APP', forms: ['APP'] },
  { name: 'BSS', forms: ['BSS'] },
  { name: 'IPS', forms: ['IPS'] },
  { name: 'AP-Dow Jones', forms: ['AP-Dow Jones'] },
] as const;

const BY_FORM = new Map<string, string>(AGENCIES.flatMap((a) => a.forms.map((f) => [f, a.name] as const)));

/** The agency's name for a form written in a dateline, or null when the table does not know it. */
export function agencyName(form: string): string | null {
  return BY_FORM.get(form.trim()) ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source matching any known form, longest first (so `ITAR-TASS` wins over `TASS`). */
export const AGENCY_FORM_SOURCE = `(?:${[...BY_FORM.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map(escapeRegExp)
  .join('|')})`;
