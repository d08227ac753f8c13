/**
 * Splits a document's sentences into incidents. A sentence that reports an attack opens an
 * incident or joins the current one; a date that cannot be the same day opens another one (an
 * older year makes it a background incident, e.g. "the country's first suicide attack in 2011",
 * which never becomes the current incident); "in a separate attack", or a place far from the
 * current incident's, opens another (or goes back to an earlier incident at that place). Sentences that only refer back ("the attack", "the
 * attackers", a figure, a doubt about the perpetrator) join the current incident.
 */
import type { SentenceInfo } from './analyze-sentences.ts';

export interface IncidentSegment {
  sentences: number[];
  /** Sentences that report the attack itself (not only refer back to it). */
  eventSentences: number[];
  date: string | null;
  background: boolean;
  related: number[];
}

const SEPARATE_CUES = /\b(separate(ly)?|another|elsewhere|meanwhile|second attack|in a different|earlier (that|the same) (day|week)|later that day)\b/i;
const FAR_KM = 60;

interface DateParts { y: number | null; m: number | null; d: number | null }

export function dateParts(value: string): DateParts {
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(value);
  if (!m) return { y: null, m: null, d: null };
  return { y: m[1] === '-' ? null : Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

/** Two date values can denote the same day (a missing part matches anything). */
export function compatibleDates(a: string, b: string): boolean {
  const x = dateParts(a);
  const y = dateParts(b);
  if (x.y !== null && y.y !== null && x.y !== y.y) return false;
  if (x.m !== null && y.m !== null && x.m !== y.m) return false;
  if (x.d !== null && y.d !== null && x.d !== y.d) return false;
  return true;
}

function olderYear(a: string, b: string): boolean {
  const x = dateParts(a);
  const y = dateParts(b);
  return x.y !== null && y.y !== null && x.y < y.y;
}

function specificity(value: string): number {
  const p = dateParts(value);
  return (p.y !== null ? 1 : 0) + (p.m !== null ? 2 : 0) + (p.d !== null ? 4 : 0);
}

/** The date of the attack a sentence reports: its first date, when the trigger is its own. */
export function eventDateOf(info: SentenceInfo): string | null {
  if (!info.reportsEvent) return null;
  const own = info.real.filter((t) => !t.anaphoric);
  if (own.length === 0) return null;
  const first = own[0]!;
  // prefer the date nearest the trigger; a past-perfect trigger ("who had hijacked") is not dated by the clause before it
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const d of info.eventDates) {
    if (first.perfect && d.start < first.start) continue;
    const distance = Math.abs(d.start - first.start);
    if (distance < bestDistance) { bestDistance = distance; best = d.value; }
  }
  return best;
}

function cityOf(info: SentenceInfo) {
  return info.places.find((p) => p.locative && !p.origin && !p.demonym && (p.place.precision === 'city' || p.place.precision === 'point' || p.place.precision === 'district'))?.place ?? null;
}

/** The place was already named in the incident's sentences ("in Bannu district" ... "In Bannu, ..."). */
function namedBefore(name: string, seg: IncidentSegment, sentenceText: (i: number) => string): boolean {
  const key = name.toLowerCase().split(/[\s,(]/)[0]!;
  if (key.length < 3) return false;
  return seg.sentences.some((i) => sentenceText(i).toLowerCase().includes(key));
}

/** Great-circle distance in km between two points; given by the caller (the geo layer's). */
export type DistanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => number;

export function segmentIncidents(infos: SentenceInfo[], sentenceText: (i: number) => string, distanceKm: DistanceKm): IncidentSegment[] {
  const segments: IncidentSegment[] = [];
  const places: Array<{ lat: number; lon: number } | null> = [];
  let current = -1;
  let lastEventIndex = -Infinity;

  const open = (info: SentenceInfo, date: string | null, background: boolean) => {
    segments.push({ sentences: [info.index], eventSentences: [info.index], date, background, related: [] });
    const city = cityOf(info);
    places.push(city && city.lat !== null && city.lon !== null ? { lat: city.lat, lon: city.lon } : null);
    return segments.length - 1;
  };

  for (const info of infos) {
    if (info.reportsEvent) {
      const date = eventDateOf(info);
      if (current < 0) {
        current = open(info, date, false);
        lastEventIndex = info.index;
        continue;
      }
      const seg = segments[current]!;
      const city = cityOf(info);
      let target = current;
      // Only a sentence that reports an attack of its own can open another incident: not a claim,
      // denial or doubt about one, nor a later death or a revised toll ("six more people died"): a
      // weak trigger ("attacked", "killed") counts only with a target or an attacker of its own.
      const ownTrigger = info.real.some((t) => !t.anaphoric && !t.entry.weak) ||
        (info.real.some((t) => !t.anaphoric) && (info.targets.length > 0 || info.perpetrators.length > 0));
      const distinct = ownTrigger && !info.attribution.responsibility && !info.attribution.denial;
      if (!distinct) {
        // joins the current incident below
      } else if (date && seg.date && !compatibleDates(date, seg.date)) {
        const existing = segments.findIndex((s) => s.date !== null && compatibleDates(date, s.date));
        if (existing >= 0) target = existing;
        else {
          const background = olderYear(date, seg.date);
          target = open(info, date, background);
          if (!background) current = target;
          lastEventIndex = info.index;
          continue;
        }
      } else if (SEPARATE_CUES.test(sentenceText(info.index))) {
        target = open(info, date ?? seg.date, false);
        current = target;
        lastEventIndex = info.index;
        continue;
      } else if (city && city.lat !== null && city.lon !== null && places[current] && distanceKm(places[current]!, { lat: city.lat, lon: city.lon }) > FAR_KM && !info.refersBack &&
        !namedBefore(city.name, seg, sentenceText)) {
        // a far place of an earlier incident of the document goes back to that incident
        const point = { lat: city.lat, lon: city.lon };
        const earlier = segments.findIndex((s, k) => k !== current && !s.background && (!date || !s.date || compatibleDates(date, s.date)) &&
          ((places[k] !== null && distanceKm(places[k]!, point) <= FAR_KM) || namedBefore(city.name, s, sentenceText)));
        if (earlier >= 0) target = earlier;
        else {
          target = open(info, date ?? seg.date, false);
          current = target;
          lastEventIndex = info.index;
          continue;
        }
      }
      const t = segments[target]!;
      t.sentences.push(info.index);
      t.eventSentences.push(info.index);
      if (date && (!t.date || specificity(date) > specificity(t.date)) && (!t.date || compatibleDates(date, t.date))) t.date = date;
      if (!places[target] && city && city.lat !== null && city.lon !== null) places[target] = { lat: city.lat, lon: city.lon };
      if (!t.background) current = target;
      lastEventIndex = info.index;
      continue;
    }
    if (current < 0) continue;
    const near = info.index - lastEventIndex <= 6;
    const stance = info.attribution.doubt || info.attribution.denial || info.attribution.responsibility;
    const joins = info.refersBack ||
      (near && (info.namesAttackers || info.figures.length > 0 || (info.perpetrators.some((p) => p.kind === 'organization') && (stance || info.attribution.source !== null)))) ||
      (stance && info.perpetrators.length > 0) ||
      (info.index > 0 && infos.find((x) => x.index === info.index - 1)?.attribution.introducesQuote === true && segments[current]!.sentences.includes(info.index - 1));
    if (joins) segments[current]!.sentences.push(info.index);
  }

  // parts of a coordinated event: non-background incidents of the same day
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i]!;
      const b = segments[j]!;
      if (a.background || b.background || !a.date || !b.date) continue;
      if (specificity(a.date) >= 6 && a.date === b.date) {
        a.related.push(j);
        b.related.push(i);
      }
    }
  }
  return segments;
}
