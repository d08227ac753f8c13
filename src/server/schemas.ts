/**
 * The request and response schemas of the HTTP API. The same Zod objects validate requests and
 * generate the OpenAPI document, so the document cannot drift from what the server accepts.
 */
import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string().openapi({ example: 'NOT_FOUND' }), message: z.string() }) })
  .openapi('Error');

const Figure = z.object({ low: z.number().nullable(), best: z.number().nullable(), high: z.number().nullable(), disputed: z.boolean() }).openapi('ReconciledFigure');

export const PlaceSchema = z
  .looseObject({
    name: z.string(),
    admin1: z.string().nullable(),
    country: z.string().nullable(),
    country_code: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    precision: z.enum(['point', 'city', 'district', 'admin1', 'country']),
  })
  .openapi('Place');

export const ClaimSchema = z
  .looseObject({
    id: z.number().int().optional(),
    field: z.string(),
    value: z.unknown(),
    source: z.string(),
    stance: z.enum(['asserts', 'claims', 'denies', 'doubts']),
    quote: z.string(),
    document: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    reported_at: z.string().nullable(),
  })
  .openapi('Claim');

export const IncidentSchema = z
  .looseObject({
    id: z.string(),
    date: z.string().nullable().openapi({ description: 'YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD' }),
    place: PlaceSchema.nullable(),
    attack_types: z.array(z.string()),
    targets: z.array(z.looseObject({ text: z.string(), type: z.string() })),
    victims: z.array(z.looseObject({ text: z.string() })),
    perpetrators: z.array(z.looseObject({ name: z.string(), kind: z.string(), status: z.string() })),
    weapons: z.array(z.looseObject({ text: z.string(), type: z.string() })),
    killed: Figure,
    killed_perpetrators: Figure,
    wounded: Figure,
    claims: z.array(ClaimSchema),
    related: z.array(z.string()),
    documents: z.array(z.string()),
  })
  .openapi('Incident', { description: 'The incident shape of the JSON contract (README, "The JSON contract"); extra keys are welcome.' });

export const IncidentListSchema = z
  .object({ incidents: z.array(IncidentSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .openapi('IncidentList');

export const EditResultSchema = z.looseObject({ edit: z.number().int(), incidents: z.array(z.string()) }).openapi('EditResult');

export const SourceSchema = z
  .looseObject({ id: z.string(), name: z.string(), kind: z.string(), reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']), aliases: z.array(z.string()), claims: z.number().int() })
  .openapi('Source');

export const IngestItemSchema = z
  .looseObject({
    origin: z.string(),
    status: z.enum(['added', 'unchanged', 'failed']),
    document: z.string().optional(),
    title: z.string().nullable().optional(),
    incidents: z.array(z.string()).optional(),
    code: z.string().optional(),
    reason: z.string().optional(),
  })
  .openapi('IngestItem');

export const IngestSummarySchema = z
  .object({ added: z.number().int(), unchanged: z.number().int(), failed: z.number().int(), incidents: z.number().int(), items: z.array(IngestItemSchema) })
  .openapi('IngestSummary');

// ---- request pieces -------------------------------------------------------------------------

/** A whole number in a query string, as digits only (no signs, exponents, spaces or hex). */
export const wholeNumber = (max: number) =>
  z.string().regex(/^\d{1,15}$/, 'expected a whole number').transform(Number).refine((n) => n <= max, `at most ${max}`).openapi({ type: 'string', pattern: '^\\d+$' });

const decimal = /^[+-]?\d{1,3}(?:\.\d{1,12})?$/;
/** `lat,lon` in degrees. */
export const latLon = z
  .string()
  .regex(/^\s*[+-]?\d{1,3}(?:\.\d{1,12})?\s*,\s*[+-]?\d{1,3}(?:\.\d{1,12})?\s*$/, 'expected lat,lon in degrees')
  .transform((s) => s.split(',').map((x) => Number(x.trim())) as [number, number])
  .refine(([lat, lon]) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180, 'latitude within ±90, longitude within ±180')
  .openapi({ type: 'string', example: '37.26,68.14' });

export const kilometres = z
  .string()
  .regex(/^\d{1,5}(?:\.\d{1,6})?$/, 'expected a distance in km')
  .transform(Number)
  .refine((n) => n > 0 && n <= 20_000, 'a distance above 0 and at most 20000 km')
  .openapi({ type: 'string', example: '50' });

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY-MM-DD, YYYY-MM or YYYY');
export const calendarDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a calendar day MM-DD');
const bbox = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',').map((x) => (decimal.test(x.trim()) ? Number(x) : Number.NaN));
    if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) {
      ctx.addIssue({ code: 'custom', message: 'expected west,south,east,north in degrees' });
      return z.NEVER;
    }
    return parts as [number, number, number, number];
  })
  .openapi({ type: 'string', example: '67,36,70,38' });

const text = (description: string) => z.string().min(1).max(500).optional().openapi({ description });

/** Every filter of `sitrep incidents`, plus a radius around a point. */
export const incidentQuery = (maxLimit: number, defaultLimit: number) =>
  z.object({
    from: date.optional().openapi({ description: 'incidents on or after this date' }),
    to: date.optional().openapi({ description: 'incidents on or before this date' }),
    on: calendarDay.optional().openapi({ description: 'incidents on this calendar day in any year (MM-DD)' }),
    country: text('country name or ISO 3166-1 alpha-2 code'),
    actor: text('perpetrator name (substring, case-insensitive)'),
    type: text('GTD attack type, e.g. "Armed Assault"'),
    min_killed: wholeNumber(1_000_000_000).optional().openapi({ description: 'at least this many victims killed (best estimate)' }),
    text: text('full-text query over the reporting documents (FTS5 syntax)'),
    bbox: bbox.optional().openapi({ description: 'west,south,east,north in degrees' }),
    near: latLon.optional().openapi({ description: 'lat,lon: incidents within within_km of this point (not with bbox)' }),
    within_km: kilometres.optional().openapi({ description: 'radius for near, km (default 50)' }),
    any_precision: z.enum(['true', 'false']).optional().openapi({ description: 'with near: include incidents placed only at country or admin-1 precision' }),
    limit: wholeNumber(maxLimit).optional().openapi({ description: `at most this many incidents (default ${defaultLimit}, at most ${maxLimit})` }),
    offset: wholeNumber(1_000_000_000).optional().openapi({ description: 'skip this many incidents' }),
  });

export type IncidentQuery = z.infer<ReturnType<typeof incidentQuery>>;

export const noteField = z.string().max(2000).optional().openapi({ description: 'why, for the audit trail' });
