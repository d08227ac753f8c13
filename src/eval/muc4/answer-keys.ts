/**
 * The original 1992 MUC-3/4 answer keys (24-slot templates) and message texts, read from the
 * release archive (`muc34-original-train-dev.tar.gz`). An evaluation tool: it takes the
 * archive path and is not used by the product at run time.
 *
 * Message ids in the archive are the ids of the JSONL splits: `DEV-MUC3-0001` (train),
 * `TST1-MUC3-0001` and `TST2-MUC4-0001` (dev); the participant tags after the id in the keys
 * (`DEV-MUC3-0001 (NCCOSC)`) are dropped.
 */
import { parseFill, parseKeyDate, parseKeyLocation, type KeyDate, type KeyFill, type KeyLocation } from './key-fills.ts';
import { parseMessageTexts, MUC4_MESSAGE_ID, type Muc4MessageText } from './message-texts.ts';
import { Muc4Error } from './muc4-types.ts';
import { readTarGz } from './read-tar-gz.ts';

export const MUC4_KEY_SLOTS = [
  'MESSAGE: ID',
  'MESSAGE: TEMPLATE',
  'INCIDENT: DATE',
  'INCIDENT: LOCATION',
  'INCIDENT: TYPE',
  'INCIDENT: STAGE OF EXECUTION',
  'INCIDENT: INSTRUMENT ID',
  'INCIDENT: INSTRUMENT TYPE',
  'PERP: INCIDENT CATEGORY',
  'PERP: INDIVIDUAL ID',
  'PERP: ORGANIZATION ID',
  'PERP: ORGANIZATION CONFIDENCE',
  'PHYS TGT: ID',
  'PHYS TGT: TYPE',
  'PHYS TGT: NUMBER',
  'PHYS TGT: FOREIGN NATION',
  'PHYS TGT: EFFECT OF INCIDENT',
  'PHYS TGT: TOTAL NUMBER',
  'HUM TGT: NAME',
  'HUM TGT: DESCRIPTION',
  'HUM TGT: TYPE',
  'HUM TGT: NUMBER',
  'HUM TGT: FOREIGN NATION',
  'HUM TGT: EFFECT OF INCIDENT',
  'HUM TGT: TOTAL NUMBER',
] as const;
export type Muc4KeySlot = (typeof MUC4_KEY_SLOTS)[number];

export interface Muc4KeyTemplate {
  messageId: string;
  templateNumber: number;
  /** The key marks the template OPTIONAL: significant doubt that the incident is relevant. */
  optional: boolean;
  /** Incident type alternatives, upper case: `ATTACK`, or `BOMBING` and `ATTACK` for `BOMBING / ATTACK`. */
  incidentTypes: string[];
  stage: string | null;
  date: KeyDate | null;
  location: KeyLocation | null;
  perpCategory: string | null;
  perpIndividuals: KeyFill[];
  perpOrganizations: KeyFill[];
  /** One fill per organisation: `values` are confidences (REPORTED AS FACT…), `ref` the organisation. */
  perpOrganizationConfidence: KeyFill[];
  instruments: KeyFill[];
  physicalTargets: KeyFill[];
  physicalTargetEffects: KeyFill[];
  humanTargetNames: KeyFill[];
  humanTargetDescriptions: KeyFill[];
  /** `values` like `1`, `PLURAL`, `6-` (at least 6), `~10`; `ref` the target. */
  humanTargetNumbers: KeyFill[];
  /** `values` like DEATH, INJURY, NO INJURY OR DEATH, REGAINED FREEDOM; `ref` the target (`-` when none). */
  humanTargetEffects: KeyFill[];
  humanTargetTotal: string | null;
  /** Every slot's lines verbatim (continuation lines included), for anything not parsed above. */
  slots: Partial<Record<Muc4KeySlot, string[]>>;
}

/** Templates per message id, in key order; a message judged irrelevant maps to `[]`. */
export type Muc4AnswerKeys = Map<string, Muc4KeyTemplate[]>;

export interface Muc4AnswerKeyOptions {
  /** Year to assume for a key date written without one (`11 NOV`), e.g. from the dateline. */
  yearOf?: (messageId: string) => number | null;
}

const SLOT_LINE = /^\s*(\d{1,2})\.\s+(.*)$/;

function readSlotLine(line: string): { slot: Muc4KeySlot; value: string } | null {
  const m = SLOT_LINE.exec(line);
  if (!m) return null;
  const rest = m[2]!;
  const slot = MUC4_KEY_SLOTS.find((name) => rest.startsWith(name) && (rest.length === name.length || /\s/.test(rest[name.length]!)));
  return slot ? { slot, value: rest.slice(slot.length).trim() } : null;
}

type RawTemplate = Partial<Record<Muc4KeySlot, string[]>>;

function splitRawTemplates(text: string, subject: string): RawTemplate[] {
  const templates: RawTemplate[] = [];
  let current: RawTemplate | null = null;
  let lastSlot: Muc4KeySlot | null = null;
  text.replace(/\r\n?/g, '\n').split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith(';')) return;
    const slotLine = readSlotLine(line);
    if (slotLine) {
      if (slotLine.slot === 'MESSAGE: ID') {
        current = {};
        templates.push(current);
      }
      if (current === null) throw new Muc4Error('MUC4_BAD_KEY', `line ${index + 1}: slot before any MESSAGE: ID`, subject);
      (current[slotLine.slot] ??= []).push(slotLine.value);
      lastSlot = slotLine.slot;
    } else if (current !== null && lastSlot !== null && /^\s/.test(line)) {
      (current as RawTemplate)[lastSlot]!.push(line.trim());
    } else {
      throw new Muc4Error('MUC4_BAD_KEY', `line ${index + 1}: not a slot line: ${line.trim().slice(0, 60)}`, subject);
    }
  });
  return templates;
}

function fills(lines: string[] | undefined): KeyFill[] {
  return (lines ?? []).map(parseFill).filter((fill): fill is KeyFill => fill !== null);
}

function single(lines: string[] | undefined): string | null {
  const value = lines?.join(' ').trim() ?? '';
  return value === '' || value === '-' || value === '*' ? null : value;
}

/** Parses the text of one or more answer-key files. */
export function parseAnswerKeys(text: string, options: Muc4AnswerKeyOptions = {}, subject = 'answer key'): Muc4AnswerKeys {
  const keys: Muc4AnswerKeys = new Map();
  for (const raw of splitRawTemplates(text, subject)) {
    const idValue = raw['MESSAGE: ID']?.[0] ?? '';
    const id = MUC4_MESSAGE_ID.exec(idValue)?.[1];
    if (!id) throw new Muc4Error('MUC4_BAD_KEY', `bad MESSAGE: ID "${idValue}"`, subject);
    if (!keys.has(id)) keys.set(id, []);
    const number = single(raw['MESSAGE: TEMPLATE']);
    if (number === null) continue; // `*`: the message reports no relevant incident
    const typeValue = single(raw['INCIDENT: TYPE']);
    const dateValue = single(raw['INCIDENT: DATE']);
    const locationValue = single(raw['INCIDENT: LOCATION']);
    keys.get(id)!.push({
      messageId: id,
      templateNumber: Number.parseInt(number, 10),
      optional: /OPTIONAL/i.test(number),
      incidentTypes: typeValue === null ? [] : typeValue.split('/').map((t) => t.trim().toUpperCase()).filter(Boolean),
      stage: single(raw['INCIDENT: STAGE OF EXECUTION']),
      date: dateValue === null ? null : parseKeyDate(dateValue, options.yearOf?.(id) ?? null),
      location: locationValue === null ? null : parseKeyLocation(locationValue),
      perpCategory: single(raw['PERP: INCIDENT CATEGORY']),
      perpIndividuals: fills(raw['PERP: INDIVIDUAL ID']),
      perpOrganizations: fills(raw['PERP: ORGANIZATION ID']),
      perpOrganizationConfidence: fills(raw['PERP: ORGANIZATION CONFIDENCE']),
      instruments: fills(raw['INCIDENT: INSTRUMENT ID']),
      physicalTargets: fills(raw['PHYS TGT: ID']),
      physicalTargetEffects: fills(raw['PHYS TGT: EFFECT OF INCIDENT']),
      humanTargetNames: fills(raw['HUM TGT: NAME']),
      humanTargetDescriptions: fills(raw['HUM TGT: DESCRIPTION']),
      humanTargetNumbers: fills(raw['HUM TGT: NUMBER']),
      humanTargetEffects: fills(raw['HUM TGT: EFFECT OF INCIDENT']),
      humanTargetTotal: single(raw['HUM TGT: TOTAL NUMBER']),
      slots: raw,
    });
  }
  return keys;
}

export interface Muc4Archive {
  keys: Muc4AnswerKeys;
  /** Original message texts (upper case, with datelines) by message id. */
  texts: Map<string, Muc4MessageText>;
}

const KEY_FILE = /(?:^|\/)key-[^/]+$/;
const TEXT_FILE = /(?:^|\/)(?:dev-muc3-\d{4}-\d{4}|tst\d-muc\d)$/;

/** Reads the answer keys and message texts of the DEV, TST1 and TST2 sets from the release archive. */
export function readMuc4Archive(archivePath: string): Muc4Archive {
  const files = readTarGz(archivePath);
  const texts = new Map<string, Muc4MessageText>();
  const names = [...files.keys()].sort();
  for (const name of names.filter((n) => TEXT_FILE.test(n))) {
    for (const message of parseMessageTexts(files.get(name)!.toString('latin1'))) texts.set(message.id, message);
  }
  const yearOf = (id: string): number | null => {
    const date = texts.get(id)?.dateline?.date;
    return date && !date.startsWith('--') ? Number(date.slice(0, 4)) : null;
  };
  const keys: Muc4AnswerKeys = new Map();
  for (const name of names.filter((n) => KEY_FILE.test(n))) {
    for (const [id, templates] of parseAnswerKeys(files.get(name)!.toString('latin1'), { yearOf }, name)) {
      keys.set(id, [...(keys.get(id) ?? []), ...templates]);
    }
  }
  if (keys.size === 0) throw new Muc4Error('MUC4_BAD_ARCHIVE', 'no answer-key files (key-*) found', archivePath);
  return { keys, texts };
}
