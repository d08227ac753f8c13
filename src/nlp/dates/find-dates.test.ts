import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findDates, type DateMention } from './find-dates.ts';

type Row = [text: string, published: string | null, expected: Array<[slice: string, value: string | null, kind: DateMention['kind']]>];

const ROWS: Row[] = [
  // year unknown without publication date
  ['On November 6th gunmen attacked.', null, [['November 6th', '--11-06', 'absolute']]],
  ['on 19 april guerrillas attacked', null, [['19 april', '--04-19', 'absolute']]],
  ['the 12th of april', null, [['12th of april', '--04-12', 'absolute']]],
  // explicit years
  ['On 5 June 2016 gunmen attacked', null, [['5 June 2016', '2016-06-05', 'absolute']]],
  ['june 5, 2016', null, [['june 5, 2016', '2016-06-05', 'absolute']]],
  ['2016-06-05', null, [['2016-06-05', '2016-06-05', 'absolute']]],
  ['LIMA, 20 AUG 88 (EFE) --', null, [['20 AUG 88', '1988-08-20', 'absolute']]],
  ['BOGOTA, 3 JAN 90 (EFE) --', null, [['3 JAN 90', '1990-01-03', 'absolute']]],
  ['in 2011 the group', null, [['2011', '2011', 'absolute']]],
  ['in June 2016', null, [['June 2016', '2016-06', 'absolute']]],
  ['in december 1989', null, [['december 1989', '1989-12', 'absolute']]],
  ['during the 1990s', null, [['the 1990s', '1990', 'absolute']]],
  // "last week": the month a week before publication; retrospectives: the publication's day that year
  ['staff were abducted last week by armed men', '2024-01-22', [['last week', '2024-01', 'relative']]],
  ['they were abducted last week', '2024-02-03', [['last week', '2024-01', 'relative']]],
  ['**On this day in 2005**, four suicide bombers struck', '2025-07-07', [['this day in 2005', '2005-07-07', 'relative']]],
  ['On this day in 2016, terrorists linked to ISIS carried out several attacks', null, [['this day in 2016', '2016', 'relative']]],
  ['twenty years ago today the siege began', '2024-09-01', [['twenty years ago today', '2004-09-01', 'relative']]],
  // a weekday against a publication date without a year stays unknown
  ['gunmen attacked on Thursday', '--01-11', [['Thursday', null, 'relative']]],
  // latest date not after publication
  ['On November 6th gunmen attacked.', '2016-12-01', [['November 6th', '2016-11-06', 'absolute']]],
  ['On November 6th gunmen attacked.', '2016-11-01', [['November 6th', '2015-11-06', 'absolute']]],
  ['On November 6th gunmen attacked.', '2016-11-06', [['November 6th', '2016-11-06', 'absolute']]],
  ['on 30 december in san luis', '1990-01-03', [['30 december', '1989-12-30', 'absolute']]],
  ['on 30 december in san luis', '1990', [['30 december', '1990-12-30', 'absolute']]],
  ['in june', '2016-03-02', [['june', '2015-06', 'absolute']]],
  // relative to publication
  ['yesterday', '2016-06-10', [['yesterday', '2016-06-09', 'relative']]],
  ['yesterday afternoon', '2016-06-01', [['yesterday afternoon', '2016-05-31', 'relative']]],
  ['last night', '1989-04-21', [['last night', '1989-04-20', 'relative']]],
  ['today', '1989-04-21', [['today', '1989-04-21', 'relative']]],
  ['this morning', '1989-04-21', [['this morning', '1989-04-21', 'relative']]],
  ['two days ago', '2016-06-10', [['two days ago', '2016-06-08', 'relative']]],
  ['2 days ago', '2016-03-01', [['2 days ago', '2016-02-28', 'relative']]],
  ['the day before yesterday', '2016-06-10', [['day before yesterday', '2016-06-08', 'relative']]],
  ['last Tuesday', '2016-06-10', [['last Tuesday', '2016-06-07', 'relative']]],
  ['last Friday', '2016-06-10', [['last Friday', '2016-06-03', 'relative']]],
  ['on Sunday', '2016-06-10', [['Sunday', '2016-06-05', 'relative']]],
  ['on Friday', '2016-06-10', [['Friday', '2016-06-10', 'relative']]],
  ['inmates mutinied sunday', '1989-03-28', [['sunday', '1989-03-26', 'relative']]],
  ['this month', '2016-06-10', [['this month', '2016-06', 'relative']]],
  ['last month', '2016-01-10', [['last month', '2015-12', 'relative']]],
  ['last year', '2016-01-10', [['last year', '2015', 'relative']]],
  // anaphoric
  ['On November 6th gunmen attacked. On the same day police came.', null, [['November 6th', '--11-06', 'absolute'], ['On the same day', '--11-06', 'anaphoric']]],
  ['On November 6th gunmen attacked. The next day police came.', null, [['November 6th', '--11-06', 'absolute'], ['The next day', '--11-07', 'anaphoric']]],
  ['On December 31st gunmen attacked. A day later police came.', null, [['December 31st', '--12-31', 'absolute'], ['A day later', '--01-01', 'anaphoric']]],
  ['On February 28th gunmen attacked. The next day police came.', null, [['February 28th', '--02-28', 'absolute'], ['The next day', '--03-01', 'anaphoric']]],
  ['On November 6th gunmen attacked. After 2 days they fled.', '2016-12-01', [['November 6th', '2016-11-06', 'absolute'], ['After 2 days', '2016-11-08', 'anaphoric']]],
  ['On November 6th gunmen attacked. Two days later they fled.', '2016-12-01', [['November 6th', '2016-11-06', 'absolute'], ['Two days later', '2016-11-08', 'anaphoric']]],
  ['On November 6th gunmen attacked. After 2 days, on November 8th, they fled.', null, [['November 6th', '--11-06', 'absolute'], ['After 2 days, on November 8th', '--11-08', 'absolute']]],
  ['The next day police came.', null, [['The next day', null, 'anaphoric']]],
  ['A week before the incident on October 30th, police were warned.', '2016-11-05', [['October 30th', '2016-10-30', 'absolute']]],
  // not dates
  ['at 7:50 AM the bomb exploded', null, []],
  ['at 7:50 AM on 5 June 2016', null, [['5 June 2016', '2016-06-05', 'absolute']]],
  ['15-20 km away', null, []],
  ['on 5 June 2016 at 7:50 am', null, [['5 June 2016', '2016-06-05', 'absolute']]],
  ['the death toll may 3 times higher', null, []],
  ['killed 5 people', '2016-06-10', []],
];

for (const [text, published, expected] of ROWS) {
  test(`findDates: ${text} (published ${published})`, () => {
    const got = findDates(text, { published }).map((d) => [text.slice(d.start, d.end), d.value, d.kind]);
    assert.deepEqual(got, expected);
  });
}

test('findDates: text equals the slice; certainty tells stated from inferred', () => {
  const text = 'On 5 June 2016 gunmen attacked; on November 6th they returned.';
  const ds = findDates(text, { published: '2016-12-01' });
  for (const d of ds) assert.equal(d.text, text.slice(d.start, d.end));
  assert.deepEqual(ds.map((d) => d.certainty), ['stated', 'inferred']);
});

test('findDates: with no publication date no guessed year appears anywhere', () => {
  const text = 'On November 6th gunmen attacked. The next day police came. Yesterday, last Tuesday, on Sunday, two days ago, this month, in june, on 19 april, the 12th of april, after 2 days.';
  const ds = findDates(text, { published: null });
  assert.ok(ds.length >= 10);
  for (const d of ds) assert.ok(d.value === null || /^--\d\d-\d\d$/.test(d.value), `${d.text} → ${d.value}`);
});

test('findDates: results do not depend on the clock or the time zone', () => {
  const here = fileURLToPath(new URL('./find-dates.ts', import.meta.url));
  const script = `import { findDates } from ${JSON.stringify(here)};
    console.log(JSON.stringify(findDates('On November 6th, yesterday, last Tuesday, on Sunday, 20 AUG 88', { published: '2016-06-10' })));`;
  const run = (tz: string) => execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  const a = run('Pacific/Kiritimati');
  const b = run('America/Adak');
  assert.equal(a, b);
  assert.match(a, /"2015-11-06"/);
});
