/** Lexicon and precompiled patterns for date mentions that chrono's formal grammar does not cover. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const WEEKDAY = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const COUNT = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';
const PART = '(?: (?:morning|afternoon|evening|night))?';

/**
 * One pass over the text finds every mention of these kinds (named groups tell which).
 * Case-insensitive; word-bounded.
 */
export const DATE_PATTERN = new RegExp(
  [
    // Anaphoric: relative to the previous date in the text.
    `(?<same>\\b(?:on )?(?:the same day|that same day|that day|the same date))`,
    `(?<nextday>\\b(?:on )?the (?:next|following) day|\\bthe day after)`,
    `(?<prevday>\\b(?:on )?the (?:previous|preceding) day|\\bthe day before(?! yesterday))`,
    `(?<later>\\b(?:after )?(?<laterN>${COUNT}) (?<laterU>days?|weeks?) (?<laterDir>later|afterwards|after|earlier|before))`,
    `(?<after>\\bafter (?<afterN>${COUNT}) (?<afterU>days?|weeks?))`,
    // Relative to the publication date.
    // A retrospective: "on this day in 2005", "twenty years ago today" (the publication's day, that year).
    `(?<thisday>\\b(?:on )?this day in (?<tdY>1[89]\\d\\d|20\\d\\d)\\b|\\b(?<tdN>${COUNT}) years ago today)`,
    `(?<dbyest>\\b(?:the )?day before yesterday)`,
    `(?<ago>\\b(?<agoN>${COUNT}) (?<agoU>days?|weeks?|months?|years?) ago)`,
    `(?<yest>\\byesterday${PART}|\\blast night)`,
    `(?<today>\\btoday|\\btonight|\\bthis (?:morning|afternoon|evening))`,
    `(?<period>\\b(?<periodW>this|last|past) (?<periodU>month|year|week))`,
    `(?<weekday>\\b(?:(?<wdMod>on|last|this past|this|next|past) )?(?<wd>${WEEKDAY})${PART})`,
    // Absolute, coarser than a day.
    `(?<monthyear>\\b(?<myM>${MONTH})\\.?,? (?<myY>\\d{4})\\b)`,
    `(?<decade>\\b(?:the )?(?:(?<decC>1[0-9]|20)(?<decD>\\d)0s|(?:the |')(?<decS>[0-9])0s)\\b)`,
    `(?<year>\\b(?:in|since|during|until|by|from|before|after|through|of|the year|early|late|mid-?) (?<yearY>1[89]\\d\\d|20\\d\\d)\\b(?![-/.,:]\\d|s\\b))`,
    `(?<month>\\b(?<monthMod>in|during|since|until|by|early|late|mid-?|last|this|next) (?<monthM>${MONTH})\\b(?!\\.? ?\\d))`,
  ].join('|'),
  'gi',
);
