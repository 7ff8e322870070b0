import * as chrono from 'chrono-node';

/**
 * chrono-node's casual English reader, each of its parsers skipped on a text that lacks a word every
 * one of its matches holds. chrono runs every parser's pattern over the whole text it is given
 * (`Chrono.executeParser`), and much of its time went to the patterns of parsers that can match
 * nowhere in it: "3 years ago" needs "ago", "before" or "earlier", and a piece of news without any
 * of them was still scanned for a count of time units at every non-word character.
 *
 * Why the results are identical: `executeParser` finds a parser's matches with `pattern.exec`
 * alone, and a pattern with no match in the text returns null at once: the parser adds no result,
 * and the refiners then see the same results as before. A guard says "no match" only when the text
 * holds none of the words in `needs`, and `needs` is an alternation that every match of the
 * parser's pattern holds outside any optional part (`holds` quotes it from the pattern, and a test
 * checks the pattern still contains it). Both are case-insensitive without the u flag, as chrono's
 * patterns are, so they fold case alike. Parsers without a guard (and any a later chrono adds) run
 * as before.
 */
export interface Guard {
  /** What every match of the parser's pattern holds, as its source writes it (see the tests). */
  holds: readonly string[];
  /** A case-insensitive test: false only where the text holds none of `holds`. */
  needs: RegExp;
}

/** Shared by the guards that need a digit (as MONTH is by the four parsers of month names): tested once per text. */
const DIGIT = /[0-9]/;
/** Every name of chrono's MONTH_DICTIONARY ("sept.", "may", "january"...) holds one of these. */
const MONTH: Guard = {
  holds: ['(?:september|february|november|december|january|october|august|march|april|sept\\.|june|july|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept|oct\\.|nov\\.|dec\\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)'],
  needs: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
};

/** By the parser's class name, for the parsers of `chrono.casual` (chrono-node 2.x) worth skipping. */
export const GUARDS: Readonly<Record<string, Guard>> = {
  ENYearMonthDayParser: { holds: ['([0-9]{4})[-\\.\\/\\s]'], needs: DIGIT },
  ISOFormatParser: { holds: ['([0-9]{4})\\-([0-9]{1,2})'], needs: DIGIT },
  SlashDateFormatParser: { holds: ['([0-3]{0,1}[0-9]{1})[\\/\\.\\-]'], needs: DIGIT },
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENWeekdayParser: {
    holds: ['((?:wednesday|thursday|saturday|tuesday|sunday|monday|thurs\\.|friday|thurs|thur\\.|sun\\.|mon\\.|tue\\.|wed\\.|thur|thu\\.|fri\\.|sat\\.|sun|mon|tue|wed|thu|fri|sat)|weekend|weekday)'],
    needs: /sun|mon|tue|wed|thu|fri|sat|week/i,
  },
  ENSlashMonthFormatParser: { holds: ['([0-9]|0[1-9]|1[012])\\/([0-9]{4})'], needs: /[0-9]\/[0-9]/ },
  ENTimeExpressionParser: { holds: ['(\\d{1,4})'], needs: DIGIT },
  ENTimeUnitAgoFormatParser: { holds: ['(?:ago|before|earlier)'], needs: /ago|before|earlier/i },
  ENTimeUnitLaterFormatParser: { holds: ['(?:later|after|from now|henceforth|forward|out)'], needs: /later|after|from now|henceforth|forward|out/i },
  ENCasualDateParser: { holds: ['(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)'], needs: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i },
  ENCasualTimeParser: { holds: ['(morning|afternoon|evening|night|midnight|midday|noon)'], needs: /morning|noon|evening|night|midday/i },
  ENEndOfCurrentMonthParser: { holds: ['month'], needs: /month/i },
  ENRelativeDateFormatParser: { holds: ['(this|last|past|next|after\\s*this)'], needs: /this|last|past|next|after/i },
  ENTimeUnitCasualRelativeFormatParser: { holds: ['(this|last|past|next|after|\\+|-)'], needs: /this|last|past|next|after|\+|-/i },
};

/** Matches nothing, and at once: anchored at the start, where it fails. */
const NO_MATCH = /^(?!)/;

/**
 * A guard's test of the text chrono is reading, done once per text: the parsers that share a guard
 * (the four that read month names) are asked in turn about the same text. Holds the last text only.
 */
class GuardTest {
  private text: string | null = null;
  private holds = false;

  constructor(private readonly needs: RegExp) {}

  test(text: string): boolean {
    if (text !== this.text) {
      this.text = text;
      this.holds = this.needs.test(text);
    }
    return this.holds;
  }
}

class GuardedParser implements chrono.Parser {
  constructor(
    private readonly parser: chrono.Parser,
    private readonly guard: GuardTest,
  ) {}

  pattern(context: chrono.ParsingContext): RegExp {
    return this.guard.test(context.text) ? this.parser.pattern(context) : NO_MATCH;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): ReturnType<chrono.Parser['extract']> {
    return this.parser.extract(context, match);
  }
}

/** One test per distinct `needs`: guards that share it share its answer. */
const TESTS = new Map(Object.values(GUARDS).map((guard) => [guard.needs, new GuardTest(guard.needs)]));

/** `chrono.casual` with its parsers guarded: the same parsers, in the same order, and the same refiners. */
export const casualChrono = new chrono.Chrono({
  parsers: chrono.casual.parsers.map((parser) => {
    const guard = GUARDS[parser.constructor.name];
    return guard ? new GuardedParser(parser, TESTS.get(guard.needs)!) : parser;
  }),
  refiners: chrono.casual.refiners,
});
