import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { caseRoutes } from './modules/cases/case.routes.js';
import { clueRoutes } from './modules/cases/clue.routes.js';
import { orgRoutes } from './modules/org/org.routes.js';
import { parameterRoutes } from './modules/parameters/parameter.routes.js';
import { evaluationRoutes } from './modules/records/evaluation.routes.js';
import { executionRoutes } from './modules/execution/execution.routes.js';
import { portalRoutes } from './modules/publicity/portal.routes.js';
import { preDisclosureRoutes } from './modules/publicity/pre-disclosure.routes.js';
import { publicityRoutes } from './modules/publicity/publicity.routes.js';
import { recordRoutes } from './modules/records/record.routes.js';
import { reviewRoutes } from './modules/review/review.routes.js';
import { uploadRoutes } from './modules/records/upload.routes.js';
import { siteRoutes } from './modules/site/site.routes.js';
import { systemRoutes } from './modules/system/system.routes.js';
import { AppError } from './platform/errors.js';
import { registerAccessControl } from './platform/http/access.js';
import { registerErrorHandler } from './platform/http/error-handler.js';
import { registerInputGuard } from './platform/http/input-guard.js';
import { projectRoot } from './platform/paths.js';
import type { Services } from './services.js';
import { APP_VERSION } from './version.js';

// Validation messages in Chinese (zod's zh-CN locale).
z.config(z.locales.zhCN());

/** JSON bodies are small; files arrive through the upload endpoints with their own limits. */
export const JSON_BODY_LIMIT = 1024 * 1024;
export const WEB_DIR = path.join(projectRoot, 'dist', 'web');

export type AppOptions = { logger?: boolean | { level: string } };

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.media.maxBytes, files: 1, fields: 20, fieldSize: 10_000, parts: 25 },
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Sanxiang (三项) API',
        description:
          '行政执法公示、执法全过程记录、重大执法决定法制审核。错误体：{ "error": { "code", "message", "details" } }。',
        version: APP_VERSION,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sanxiang_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAccessControl(app, services.auth, services.tokens);
  registerInputGuard(app);

  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.register(systemRoutes(services));
  await app.register(authRoutes(services));
  await app.register(calendarRoutes(services));
  await app.register(orgRoutes(services));
  await app.register(auditRoutes(services));
  await app.register(parameterRoutes(services));
  await app.register(caseRoutes(services));
  await app.register(clueRoutes(services));
  await app.register(recordRoutes(services));
  await app.register(uploadRoutes(services));
  await app.register(evaluationRoutes(services));
  await app.register(reviewRoutes(services));
  await app.register(executionRoutes(services));
  await app.register(publicityRoutes(services));
  await app.register(portalRoutes(services));
  await app.register(siteRoutes(services));
  await app.register(preDisclosureRoutes(services));

  const hasWeb = fs.existsSync(path.join(WEB_DIR, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: WEB_DIR, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (hasWeb && isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    throw new AppError('NOT_FOUND', { path: request.url.split('?')[0] });
  });
  return app;
}
