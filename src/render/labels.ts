// The fixed labels of the outputs people read (the tasks register, `extract --format md`), in
// English (the default) or Vietnamese: one table of words, src/data/labels.json, so that a label
// is changed or translated in one place and every renderer follows.
import { loadData } from '../data/load.js';

export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

type Entry = string | [string, string];
const table = loadData<Record<Lang, Record<string, Entry>>>('labels.json');

export interface Labels {
  lang: Lang;
  /** The label of a key; the English one where a language lacks it, the key where both do. */
  t: (key: string) => string;
  /** "3 tasks", "1 body", "3 nhiệm vụ". */
  count: (n: number, key: string) => string;
}

export function labels(lang: Lang = 'en'): Labels {
  const own = table[lang];
  const entry = (key: string): Entry => own[key] ?? table.en[key] ?? key;
  return {
    lang,
    t: (key) => {
      const e = entry(key);
      return typeof e === 'string' ? e : e[1];
    },
    count: (n, key) => {
      const e = entry(key);
      return `${n} ${typeof e === 'string' ? e : e[n === 1 ? 0 : 1]}`;
    },
  };
}

export function parseLang(value: string | undefined): Lang | null {
  const lang = (value ?? 'en').toLowerCase();
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : null;
}
