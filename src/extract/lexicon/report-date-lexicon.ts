/**
 * Words that, just before a date in the same clause, make it the date of a statement rather
 * than of the attack: "said on Wednesday", "claimed responsibility on Wednesday", "in a
 * communiqué read on state television on Wednesday evening". Lower case.
 */
export const REPORT_DATE_CUES = new Set([
  'said', 'says', 'told', 'stated', 'announced', 'reported', 'confirmed', 'claimed', 'tweeted', 'posted', 'wrote',
  'added', 'declared', 'informed', 'explained', 'alleged', 'acknowledged', 'admitted', 'denied', 'rejected',
  'dismissed', 'blamed', 'accused', 'published', 'issued', 'released', 'broadcast', 'aired', 'circulated', 'read',
  'statement', 'statements', 'communique', 'communiqué', 'announcement', 'release', 'message', 'video', 'bulletin',
  'declaration', 'letter', 'tweet', 'briefing', 'conference', 'responsibility', 'interview', 'speech', 'update',
  'saying', 'stating', 'announcing', 'claiming', 'denying', 'reporting', 'visited', 'travelled', 'traveled',
]);
