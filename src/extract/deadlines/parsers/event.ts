// Named occasions ("trước Tết Nguyên đán"): a time limit the text sets, but no calendar value (the
// lunar new year moves); reported with the occasion's name and value null.
import type { Parser, ParsingContext } from 'chrono-node';
import { TAG, tag } from '../tags.js';
import { anyOf, key, timeWords, word } from '../words.js';
import { atWordStart } from './boundary.js';

const NAME = new Map(timeWords.events.map((e) => [key(e), e] as const));

export const PATTERN = new RegExp(`(${word(timeWords.events)})`, 'u');
/** The gate's need (gate.ts): every match is an occasion's name. */
export const NEED = new RegExp(anyOf(timeWords.events), 'u');

export const eventParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!atWordStart(context, match.index!)) return null;
    const name = NAME.get(key(match[1]!));
    if (!name) return null;
    const result = context.createParsingResult(match.index!, match[0]);
    result.addTag(tag(TAG.event, name));
    return result;
  },
};
