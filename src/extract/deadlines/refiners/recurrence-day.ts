// The day of a recurrence is not a dated deadline (issue 15, point 6): in "Định kỳ hằng năm, trước
// ngày 15 tháng 12, báo cáo …", "báo cáo hằng năm trước ngày 15/01 của năm sau" and "Định kỳ 06
// tháng (trước ngày 20 tháng 6)", the day without a year says when in each period, so it joins the
// recurrence (recurring.ts reads the order "trước ngày 30/6 hằng năm" itself). A day with its year
// printed stays a deadline of its own ("trước ngày 15 tháng 12 năm 2026 và hằng năm", as ANNOTATION.md
// reads "Năm 2022 và hằng năm").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagValue, TAG } from '../tags.js';
import { endOf, widen } from './span.js';

// Only spaces, a comma or an opening bracket between the recurrence and its day.
const JOINED = /^[ \n]*(?:[,(][ \n]*)?$/u;
const CLOSING = /^[ \n]*\)/u;

const yearless = (r: ParsingResult): boolean => r.start.isCertain('day') && !r.start.isCertain('year') && !r.end;

export const recurrenceDayRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const taken = new Set<ParsingResult>();
    for (let i = 0; i + 1 < results.length; i++) {
      const [a, b] = [results[i]!, results[i + 1]!];
      const recurrence = tagValue(a, TAG.kind) === 'recurring' ? a : null;
      if (!recurrence || !yearless(b) || !JOINED.test(context.text.slice(endOf(a), b.index))) continue;
      // "(trước ngày 20 tháng 6)": the bracket closes inside the recurrence's text.
      const close = CLOSING.exec(context.text.slice(endOf(b)));
      widen(context, recurrence, recurrence.index, endOf(b) + (close ? close[0].length : 0));
      taken.add(b);
    }
    return results.filter((r) => !taken.has(r));
  },
};
