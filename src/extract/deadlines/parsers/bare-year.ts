// A year alone ("2025"), read only inside a completion column ("Thời gian hoàn thành"), where it is
// the deadline; in running text a bare number is a number ("Chương trình nghị sự 2030").
import type { Parser, ParsingContext } from 'chrono-node';
import { TAG, tag } from '../tags.js';
import { atWordStart } from './boundary.js';
import { WORD_START } from '../../../ingest/match.js';

const YEAR = '((?:19|20|21)\\d{2})';
export const PATTERN = new RegExp(`(?<![/.-])${WORD_START}${YEAR}(?![\\p{L}\\p{N}]|[/.-]\\d)`, 'u');
/** The gate's need (gate.ts): every match is a year. */
export const NEED = new RegExp(YEAR, 'u');

export const bareYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const result = context.createParsingResult(match.index!, match[0], { year: Number(match[1]) });
    result.start.imply('month', 1).imply('day', 1);
    result.addTag(tag(TAG.precision, 'year'));
    return result;
  },
};
