/**
 * Derived date columns of an incident. `date` is `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or null.
 */

/** First day of the date as `YYYY-MM-DD`, or null when the year is unknown or the date absent. */
export function incidentDateStart(date: string | null): string | null {
  if (date === null) return null;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) return date;
  match = /^(\d{4})-(\d{2})$/.exec(date);
  if (match) return `${date}-01`;
  match = /^(\d{4})$/.exec(date);
  if (match) return `${date}-01-01`;
  return null;
}

/** Calendar day `MM-DD` of a full date or a year-unknown `--MM-DD` date, else null. */
export function incidentMonthDay(date: string | null): string | null {
  if (date === null) return null;
  const match = /^(?:\d{4}|-)-(\d{2}-\d{2})$/.exec(date);
  return match ? match[1]! : null;
}
