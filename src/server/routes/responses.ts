/** Shared pieces of route definitions: the error responses every route documents. */
import { z } from '@hono/zod-openapi';
import { ErrorSchema } from '../schemas.ts';

const error = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

export const errorResponses = {
  400: error('invalid request (validation error, bad filter value)'),
  401: error('no or unknown access token (when tokens are configured)'),
  404: error('unknown id'),
} as const;

export const writeErrorResponses = {
  ...errorResponses,
  403: error('the token is not an editor token'),
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

export const text = (mediaType: string, description: string) => ({ content: { [mediaType]: { schema: z.string() } }, description });

export const idParam = (description: string) => z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, description }) });

/** A positive whole number in a path (claim and edit ids). */
export const numberParam = (description: string) =>
  z.object({
    id: z.string().regex(/^[1-9]\d{0,14}$/, 'expected a positive whole number').transform(Number).openapi({ param: { name: 'id', in: 'path' }, type: 'string', pattern: '^[1-9][0-9]*$', description }),
  });
