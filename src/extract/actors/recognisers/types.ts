// A recogniser finds one class of actor by its printed form: a pattern run over the folded text
// and an `extract` that turns each match into a candidate mention or null. Recognisers are listed
// in one explicit array (./index.ts); each sees the bodies the gazetteer and the unit patterns found.
import type { Candidate, Setting } from '../recognise.js';

export interface RecogniserContext {
  text: string;
  /** The folded text (same length as `text`): patterns run on it. */
  folded: string;
  setting: Setting;
  /** The longest body found starting at a position (gazetteer forms, units, communes). */
  bodyAt(at: number): Candidate | undefined;
}

export interface Recogniser {
  /** Global (`g`) pattern over the folded text. */
  readonly PATTERN: RegExp;
  extract(match: RegExpExecArray, ctx: RecogniserContext): Candidate | null;
}
