/**
 * The world the synthetic incidents happen in (bench only): about 100 countries, in the rough order
 * of how many incidents the GTD records for them, each with its most populous places and their
 * provinces, read from the shipped gazetteer (`data/gazetteer/`), and the named groups active there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface WorldPlace {
  id: string;
  name: string;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
}

export interface WorldCountry {
  code: string;
  name: string;
  lat: number;
  lon: number;
  places: WorldPlace[];
  groups: string[];
  /** Relative share of incidents (Zipf-like over the GTD order). */
  weight: number;
}

export interface World {
  countries: WorldCountry[];
}

/** Countries in roughly the GTD's order of incident counts (most first). */
const COUNTRY_ORDER = (
  'IQ AF PK IN CO PH SO NG TR YE SY TH LY GB PE US DZ EG ES SV LK FR IL RU NP BD ML CD CF CM BF KE UA MX DE GR IT ID LB ' +
  'SD SS MZ NE TD MM IR SA CL AR VE GT NI HN BR ZA UG RW BI ET ZW CI SN MR TN MA BE NL SE NO DK IE PT AT CH KZ TJ KG UZ ' +
  'GE AM AZ JP CN KR MY BH KW JO PS BO EC PY ZM AO KH LA CY TZ BA XK RS MK'
).split(' ');

/** Named groups and where they are active. */
const GROUPS: Array<[string, string]> = [
  ['Islamic State', 'IQ SY AF LY NG EG PH MZ CD NE ML'],
  ['Taliban', 'AF PK'],
  ['Tehrik-i-Taliban Pakistan', 'PK AF'],
  ['Baloch Liberation Army', 'PK'],
  ['Al-Shabaab', 'SO KE'],
  ['Boko Haram', 'NG CM TD NE'],
  ['Revolutionary Armed Forces of Colombia', 'CO VE'],
  ['National Liberation Army', 'CO'],
  ["New People's Army", 'PH'],
  ['Abu Sayyaf Group', 'PH'],
  ["Kurdistan Workers' Party", 'TR IQ'],
  ['Houthi movement', 'YE SA'],
  ['Al-Qaeda in the Arabian Peninsula', 'YE SA'],
  ['Communist Party of India - Maoist', 'IN'],
  ['Lashkar-e-Taiba', 'IN PK'],
  ['Jaish-e-Mohammad', 'IN PK'],
  ['United Liberation Front of Assam', 'IN'],
  ['Barisan Revolusi Nasional', 'TH'],
  ['Shining Path', 'PE'],
  ['Al-Qaeda in the Islamic Maghreb', 'DZ ML MR NE TN'],
  ["Jama'at Nusrat al-Islam wal-Muslimin", 'ML BF NE'],
  ['Hamas', 'IL PS'],
  ['Palestinian Islamic Jihad', 'IL PS'],
  ['Hezbollah', 'LB IL SY'],
  ['Basque Fatherland and Freedom', 'ES FR'],
  ['Real Irish Republican Army', 'GB IE'],
  ['Corsican National Liberation Front', 'FR'],
  ['Liberation Tigers of Tamil Eelam', 'LK'],
  ['Caucasus Emirate', 'RU'],
  ['Communist Party of Nepal - Maoist', 'NP'],
  ['Jamaat-ul-Mujahideen Bangladesh', 'BD'],
  ['Allied Democratic Forces', 'CD UG'],
  ['M23', 'CD RW'],
  ['Anti-Balaka', 'CF'],
  ['Seleka', 'CF TD'],
  ["Hay'at Tahrir al-Sham", 'SY'],
  ['Ansar Bayt al-Maqdis', 'EG'],
  ["Lord's Resistance Army", 'UG CD SS CF'],
  ["Donetsk People's Republic", 'UA'],
  ['Los Zetas', 'MX GT'],
  ['Jemaah Islamiyah', 'ID MY PH'],
  ['Arakan Army', 'MM'],
  ['Kachin Independence Army', 'MM'],
  ['Jaish al-Adl', 'IR PK'],
  ['Ansar al-Sunna', 'MZ TZ'],
  ['Weichan Auka Mapu', 'CL AR'],
  ['Revolutionary Struggle', 'GR'],
  ['Conspiracy of Cells of Fire', 'GR IT'],
  ['Informal Anarchist Federation', 'IT GR DE'],
  ['Sudan Liberation Movement', 'SD SS'],
  ['Al-Nusrah Front', 'SY LB'],
  ['Islamic Movement of Uzbekistan', 'UZ AF TJ KG'],
  ['Oromo Liberation Army', 'ET'],
  ['Fulani extremists', 'NG CM CF'],
  ['Sinaloa Cartel', 'MX'],
  ['Mara Salvatrucha', 'SV HN GT'],
  ['Ambazonia Defence Forces', 'CM'],
  ['Hizbul Mujahideen', 'IN'],
  ['National Socialist Council of Nagaland', 'IN MM'],
  ['Moro Islamic Liberation Front', 'PH'],
];

function fields(line: string): string[] {
  return line.split('\t');
}

/** Read the world from the gazetteer shipped in `data/gazetteer/` (about a second). */
export function loadWorld(root: string, placesPerCountry = 40): World {
  const dir = join(root, 'data', 'gazetteer');
  const wanted = new Set(COUNTRY_ORDER);
  const info = new Map<string, { name: string; lat: number; lon: number }>();
  for (const line of readFileSync(join(dir, 'countries.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    const f = fields(line);
    if (wanted.has(f[0]!)) info.set(f[0]!, { name: f[2]!, lat: Number(f[4]), lon: Number(f[5]) });
  }
  const admin1 = new Map<string, string>();
  for (const line of gunzipSync(readFileSync(join(dir, 'admin.tsv.gz'))).toString('utf8').split('\n')) {
    const f = fields(line);
    if (f[0] === '1' && f.length >= 4) admin1.set(f[1]!, f[3]!);
  }
  const places = new Map<string, WorldPlace[]>();
  for (const line of gunzipSync(readFileSync(join(dir, 'places.tsv.gz'))).toString('utf8').split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    const f = fields(line);
    const cc = f[0]!;
    if (!wanted.has(cc)) continue;
    const list = places.get(cc) ?? [];
    list.push({
      id: `gn:${f[1]}`,
      name: f[2]!,
      lat: Number(f[3]),
      lon: Number(f[4]),
      admin1: f[6] ? admin1.get(`${cc}.${f[6]}`) ?? null : null,
      population: Number(f[8]) || 0,
    });
    places.set(cc, list);
  }
  const countries: WorldCountry[] = [];
  for (const code of COUNTRY_ORDER) {
    const c = info.get(code);
    const list = places.get(code);
    if (!c || !list || list.length === 0) continue;
    list.sort((a, b) => b.population - a.population || a.id.localeCompare(b.id));
    countries.push({
      code,
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      places: list.slice(0, placesPerCountry),
      groups: GROUPS.filter(([, where]) => where.split(' ').includes(code)).map(([name]) => name),
      weight: 1 / (countries.length + 1) ** 0.9,
    });
  }
  return { countries };
}
