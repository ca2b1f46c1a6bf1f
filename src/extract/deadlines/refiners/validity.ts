// A validity is no deadline: "Giấy chứng nhận số 9/KĐI, hiệu lực từ ngày 26/8/2025 đến ngày
// 25/8/2027", "chứng chỉ … có thời hạn đến ngày 30/7/2029", "Luật … có hiệu lực từ 01/01/2026",
// "đã hết hạn từ ngày 17/3/2026" bound what a permit, a certificate or a law is good for, not the
// time a task is given. The words are data (time-words.json "validity", and "validityLinks" for
// what may stand between them and the date: "thi hành", "kể từ", "ngày"); the links are looked
// for before the date and at the start of chrono's result, which may take them in ("từ ngày …").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { WORD_START } from '../../../ingest/match.js';
import { anyOf, timeWords } from '../words.js';

const LINK = anyOf(timeWords.validityLinks);
const VALIDITY_END = new RegExp(`${WORD_START}${anyOf(timeWords.validity)}(?:[ \\n]+${LINK}){0,4}[ \\n]*$`, 'u');
const LEADING_LINKS = new RegExp(`^(?:${LINK}[ \\n]+){0,3}`, 'u');

export const validityRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const before = context.text.slice(Math.max(0, r.index - 40), r.index) + (LEADING_LINKS.exec(r.text)?.[0] ?? '');
      return !VALIDITY_END.test(before);
    });
  },
};
