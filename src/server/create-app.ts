/**
 * The HTTP JSON API of sitrep: a Hono app over the store and the pipeline functions the CLI uses.
 * Everything comes in as a parameter (store, extraction dependencies, clock, tokens, gazetteer):
 * no environment, no clock, no file system here. Every route is defined with its Zod schemas,
 * which validate requests and make the OpenAPI 3.1 document at `GET /api/openapi.json`.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Gazetteer } from '../geo/gazetteer/gazetteer-types.ts';
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import type { PipelineDependencies } from '../pipeline/extract-document.ts';
import type { Store } from '../store/store.ts';
import { findToken, type AccessToken } from './access-tokens.ts';
import { ApiError, errorBody, errorResponse } from './api-error.ts';
import { registerCoverageRoutes } from './routes/coverage-routes.ts';
import { registerDocumentRoutes } from './routes/document-routes.ts';
import { registerEditRoutes } from './routes/edit-routes.ts';
import { registerExportRoutes } from './routes/export-routes.ts';
import { registerIncidentRoutes } from './routes/incident-routes.ts';
import { registerIngestRoutes } from './routes/ingest-routes.ts';
import { registerSourceRoutes } from './routes/source-routes.ts';
import { errorResponses, json } from './routes/responses.ts';
import type { MiddlewareHandler } from 'hono';
import type { Api, AppEnv, ServerContext } from './server-context.ts';

export interface AppOptions {
  store: Store;
  deps: PipelineDependencies;
  /** The clock (STIX export timestamps). */
  now: () => Date;
  /** Access tokens; with any, every request needs `Authorization: Bearer TOKEN` and writes an editor token. */
  tokens?: readonly AccessToken[] | null;
  /** Gazetteer for place names in near and route-check (default: the embedded one). */
  gazetteer?: Gazetteer;
  /** Largest ingest request body and document, in bytes (default 20 MiB). */
  maxUploadBytes?: number;
  /** Version string in the OpenAPI document. */
  version?: string;
  /** A front end's static files (the web workbench), served before the token check; given by the edge that composes the server. */
  staticFiles?: MiddlewareHandler<AppEnv>;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp(options: AppOptions): Api {
  const ctx: ServerContext = {
    store: options.store,
    deps: options.deps,
    now: options.now,
    gazetteer: options.gazetteer ?? defaultGazetteer(),
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
  };
  const tokens = options.tokens ?? [];

  const app: Api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return c.json(errorBody('VALIDATION', `${result.target}: ${where}${issue?.message ?? 'invalid'}`), 400);
    },
  });

  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  });

  // A front end's static files (no data in them): served before the token check.
  if (options.staticFiles) app.use('*', options.staticFiles);

  app.use('*', async (c, next) => {
    if (tokens.length === 0) {
      c.set('user', 'api');
      c.set('role', 'editor');
      return next();
    }
    const token = findToken(tokens, c.req.header('authorization'));
    if (!token) throw new ApiError(401, 'UNAUTHORIZED', 'an access token is required: Authorization: Bearer TOKEN');
    if (!READ_METHODS.has(c.req.method) && token.role !== 'editor') throw new ApiError(403, 'FORBIDDEN', `${c.req.method} needs an editor token; this one is a ${token.role} token`);
    c.set('user', token.name);
    c.set('role', token.role);
    return next();
  });

  registerIncidentRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerSourceRoutes(app, ctx);
  registerCoverageRoutes(app, ctx);
  registerEditRoutes(app, ctx);
  registerIngestRoutes(app, ctx);

  app.openapi(
    createRoute({
      method: 'get', path: '/api/openapi.json', tags: ['meta'], summary: 'This OpenAPI 3.1 document, generated from the route definitions',
      responses: { 200: json(z.looseObject({ openapi: z.string() }), 'the OpenAPI document'), ...errorResponses },
    }),
    (c) => c.json(openApiDocument(app, options.version ?? '0.1.0'), 200),
  );

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'required when the server has tokens; writes need an editor token' });
  return app;
}

export function openApiDocument(app: Api, version: string) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'sitrep HTTP API',
      version,
      description: 'Claims-first incidents of terrorism and political violence. Errors: {"error": {"code", "message"}} with a stable code.',
    },
    security: [{ bearer: [] }, {}],
  });
}
