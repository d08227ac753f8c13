/**
 * The MUC-4 template format used for scoring (the GTT split's JSONL schema): each role is
 * a list of entities, each entity a list of coreferent mention strings.
 */
import { SitrepError } from '../../core/errors.ts';

export const MUC4_ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export type Muc4Role = (typeof MUC4_ROLES)[number];

/** The six scored slots: the incident type and the five roles. */
export const MUC4_SLOTS = ['incident_type', ...MUC4_ROLES] as const;
export type Muc4Slot = (typeof MUC4_SLOTS)[number];

export interface Muc4Template {
  incident_type: string;
  PerpInd: string[][];
  PerpOrg: string[][];
  Target: string[][];
  Victim: string[][];
  Weapon: string[][];
}

export interface Muc4Doc {
  id: string;
  text?: string;
  templates: Muc4Template[];
}

export type Muc4ErrorCode = 'MUC4_BAD_RECORD' | 'MUC4_UNKNOWN_ID' | 'MUC4_DUPLICATE_ID' | 'MUC4_BAD_ARCHIVE' | 'MUC4_BAD_KEY';

/** Invalid MUC-4 input: a malformed record, an unknown or repeated document id, a bad archive. */
export class Muc4Error extends SitrepError {
  constructor(code: Muc4ErrorCode, message: string, subject: string | null = null) {
    super(code, message, { subject });
    this.name = 'Muc4Error';
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Checks that a parsed JSON value is a MUC-4 document and returns it typed. A role that is
 * absent counts as empty; anything else of the wrong shape throws `MUC4_BAD_RECORD`.
 */
export function toMuc4Doc(value: unknown, where: string): Muc4Doc {
  const bad = (why: string): never => {
    throw new Muc4Error('MUC4_BAD_RECORD', why, where);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad('not a JSON object');
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id === '') bad('missing string "id"');
  if (record.text !== undefined && typeof record.text !== 'string') bad('"text" is not a string');
  if (!Array.isArray(record.templates)) bad('missing array "templates"');
  const templates = (record.templates as unknown[]).map((raw, index): Muc4Template => {
    if (typeof raw !== 'object' || raw === null) bad(`template ${index} is not an object`);
    const t = raw as Record<string, unknown>;
    if (typeof t.incident_type !== 'string') bad(`template ${index} has no string "incident_type"`);
    const roles = {} as Record<Muc4Role, string[][]>;
    for (const role of MUC4_ROLES) {
      const entities = t[role] ?? [];
      if (!Array.isArray(entities) || !entities.every(isStringArray)) {
        bad(`template ${index} role ${role} is not a list of lists of strings`);
      }
      roles[role] = entities as string[][];
    }
    return { incident_type: t.incident_type as string, ...roles };
  });
  const doc: Muc4Doc = { id: record.id as string, templates };
  if (typeof record.text === 'string') doc.text = record.text;
  return doc;
}
