/**
 * GTD-style and ACLED-style CSV. GTD columns follow the GTD codebook names (iyear, imonth, iday,
 * country_txt, provstate, city, latitude, longitude, specificity, attacktype1_txt..., gname,
 * claimed, nkill, nkillter, nwound); ACLED columns its export names (event_date, event_type,
 * actor1, country, admin1, location, latitude, longitude, geo_precision, fatalities, notes, source).
 */
import { stringify } from 'csv-stringify/sync';
import type { Incident } from '../core/types.ts';

const SPECIFICITY: Record<string, number> = { point: 1, city: 1, district: 3, admin1: 4, country: 5 };
const ACLED_PRECISION: Record<string, number> = { point: 1, city: 1, district: 2, admin1: 3, country: 3 };

function dateParts(date: string | null): [string, string, string] {
  if (!date) return ['', '0', '0'];
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(date);
  if (!m) return ['', '0', '0'];
  return [m[1] === '-' ? '' : m[1]!, m[2] ? String(Number(m[2])) : '0', m[3] ? String(Number(m[3])) : '0'];
}

export function incidentsToGtdCsv(incidents: Incident[]): string {
  const rows = incidents.map((i) => {
    const [y, m, d] = dateParts(i.date);
    const types = [...i.attack_types, '', '', ''];
    const targets = [...i.targets, undefined, undefined, undefined];
    const weapons = [...i.weapons, undefined, undefined, undefined, undefined];
    const perp = i.perpetrators;
    return {
      eventid: i.id, iyear: y, imonth: m, iday: d, country_txt: i.place?.country ?? '', iso2: i.place?.country_code ?? '',
      provstate: i.place?.admin1 ?? '', city: i.place && i.place.precision !== 'country' && i.place.precision !== 'admin1' ? i.place.name : '',
      latitude: i.place?.lat ?? '', longitude: i.place?.lon ?? '', specificity: i.place ? SPECIFICITY[i.place.precision] : 5,
      attacktype1_txt: types[0], attacktype2_txt: types[1], attacktype3_txt: types[2],
      targtype1_txt: targets[0]?.type ?? '', target1: targets[0]?.text ?? '', targtype2_txt: targets[1]?.type ?? '', target2: targets[1]?.text ?? '',
      gname: perp[0]?.name ?? 'Unknown', gname2: perp[1]?.name ?? '', perp_status: perp[0]?.status ?? '',
      claimed: perp.some((p) => p.status === 'claimed') ? 1 : 0,
      weaptype1_txt: weapons[0]?.type ?? '', weapdetail: i.weapons.map((w) => w.text).join('; '),
      nkill: i.killed.best === null && i.killed_perpetrators.best === null ? '' : (i.killed.best ?? 0) + (i.killed_perpetrators.best ?? 0),
      nkillter: i.killed_perpetrators.best ?? '', nwound: i.wounded.best ?? '',
      nkill_low: i.killed.low ?? '', nkill_high: i.killed.high ?? '', nkill_disputed: i.killed.disputed ? 1 : 0,
      nhostkid: i.kidnapped.best ?? '', related: i.related.join(','), sources: i.documents.join(','),
      claims: i.claims.length,
    };
  });
  return stringify(rows, { header: true, columns: rows.length ? Object.keys(rows[0]!) : GTD_COLUMNS });
}

const GTD_COLUMNS = ['eventid', 'iyear', 'imonth', 'iday', 'country_txt', 'iso2', 'provstate', 'city', 'latitude', 'longitude', 'specificity', 'attacktype1_txt', 'gname', 'nkill', 'nkillter', 'nwound'];

const ACLED_EVENT_TYPE = (i: Incident): [string, string] => {
  const t = i.attack_types[0] ?? '';
  if (t === 'Bombing/Explosion') return ['Explosions/Remote violence', 'Remote explosive/landmine/IED'];
  if (t.startsWith('Hostage Taking')) return ['Violence against civilians', 'Abduction/forced disappearance'];
  if (t === 'Facility/Infrastructure Attack') return ['Riots', 'Violent demonstration'];
  return ['Violence against civilians', 'Attack'];
};

export function incidentsToAcledCsv(incidents: Incident[]): string {
  const rows = incidents.map((i) => {
    const [event_type, sub_event_type] = ACLED_EVENT_TYPE(i);
    return {
      event_id_cnty: i.id, event_date: i.date ?? '', year: dateParts(i.date)[0], event_type, sub_event_type,
      actor1: i.perpetrators[0]?.name ?? 'Unidentified Armed Group', country: i.place?.country ?? '', iso: i.place?.country_code ?? '',
      admin1: i.place?.admin1 ?? '', location: i.place?.name ?? '', latitude: i.place?.lat ?? '', longitude: i.place?.lon ?? '',
      geo_precision: i.place ? ACLED_PRECISION[i.place.precision] : '', fatalities: i.killed.low ?? 0,
      source: [...new Set(i.claims.map((c) => c.source))].join('; '),
      notes: i.killed.disputed ? `Fatality figures disputed: ${i.killed.low}-${i.killed.high} (best ${i.killed.best}).` : '',
    };
  });
  return stringify(rows, { header: true, columns: rows.length ? Object.keys(rows[0]!) : ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'country', 'location', 'fatalities'] });
}
