/**
 * Template cleanup before alignment. Gold: drop empty entities, then drop templates
 * identical (as raw strings) to one already kept. Predictions: drop strings that are empty
 * after normalisation, then empty entities, then duplicate entities within a role. Both
 * sides are then normalised with `normalizeMuc4String`.
 */
import { MUC4_ROLES, type Muc4Role, type Muc4Template } from './muc4-types.ts';
import { normalizeMuc4String } from './normalize-muc4-string.ts';

/** A template ready for scoring: normalised type and entities (each a set of mentions). */
export interface PreparedTemplate {
  type: string;
  roles: Record<Muc4Role, string[][]>;
}

function isEmptyEntity(entity: string[]): boolean {
  return entity.every((mention) => mention.trim() === '');
}

function normalizeEntity(entity: string[]): string[] {
  return [...new Set(entity.map(normalizeMuc4String))];
}

export function prepareGoldTemplates(templates: readonly Muc4Template[]): PreparedTemplate[] {
  const kept: PreparedTemplate[] = [];
  const seen = new Set<string>();
  for (const template of templates) {
    const roles = {} as Record<Muc4Role, string[][]>;
    for (const role of MUC4_ROLES) roles[role] = template[role].filter((entity) => !isEmptyEntity(entity));
    const key = JSON.stringify([template.incident_type, ...MUC4_ROLES.map((role) => roles[role])]);
    if (seen.has(key)) continue;
    seen.add(key);
    const normalized = {} as Record<Muc4Role, string[][]>;
    for (const role of MUC4_ROLES) normalized[role] = roles[role].map(normalizeEntity);
    kept.push({ type: normalizeMuc4String(template.incident_type), roles: normalized });
  }
  return kept;
}

export function preparePredictedTemplates(templates: readonly Muc4Template[]): PreparedTemplate[] {
  return templates.map((template) => {
    const roles = {} as Record<Muc4Role, string[][]>;
    for (const role of MUC4_ROLES) {
      const seen = new Set<string>();
      roles[role] = [];
      for (const entity of template[role]) {
        const mentions = normalizeEntity(entity).filter((mention) => mention !== '');
        if (mentions.length === 0) continue;
        const key = JSON.stringify([...mentions].sort());
        if (seen.has(key)) continue;
        seen.add(key);
        roles[role].push(mentions);
      }
    }
    return { type: normalizeMuc4String(template.incident_type), roles };
  });
}
