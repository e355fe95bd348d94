import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { AuthContext, AuthService } from '../auth/auth.service.js';
import { sameToken } from '../auth/auth.service.js';
import { hasPermission, type Permission } from '../auth/permissions.js';
import type { ApiTokens, Integrator } from '../auth/api-tokens.js';
import type { TokenScope } from '../../../shared/publicity-vocabulary.js';

/**
 * Every API route declares who may call it; a route without a declaration fails at start-up.
 * - 'public': anyone, no session needed.
 * - 'staff': any signed-in staff member.
 * - { permission }: a signed-in staff member whose roles hold the permission.
 * - { token }: an integrator with an API token of that scope (`Authorization: Bearer …`; no session).
 * Department scope is checked in the services, which know the objects.
 */
export type Access = 'public' | 'staff' | { permission: Permission } | { token: TokenScope };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    integrator: Integrator | null;
  }
  interface FastifyInstance {
    /** Every API route with its access rule and schemas, for the access-matrix and contract tests. */
    apiRoutes: ApiRoute[];
  }
}

/** A registered API route: its access rule and the schemas Fastify validates and serializes with. */
export type ApiRoute = {
  method: string;
  url: string;
  access: Access;
  schema: { params?: unknown; querystring?: unknown; body?: unknown; response?: Record<string, unknown> };
};

export const SESSION_COOKIE = 'sanxiang_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAccessControl(app: FastifyInstance, auth: AuthService, tokens: ApiTokens): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('integrator', null);
  app.decorate('apiRoutes', []);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const access = route.config?.access;
    if (access === undefined)
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') {
        const { params, querystring, body, response } = route.schema ?? {};
        const schema = {
          params,
          querystring,
          body,
          response: response as Record<string, unknown> | undefined,
        };
        app.apiRoutes.push({ method, url: route.url, access, schema });
      }
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    if (typeof access === 'object' && 'token' in access) {
      request.integrator = await tokens.authenticate(
        request.headers.authorization,
        access.token,
        `${request.method} ${request.url}`,
      );
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    const ctx = token ? await auth.authenticate(token) : null;
    if (!ctx) throw new AppError('UNAUTHENTICATED');
    request.auth = ctx;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, ctx.csrfToken)) {
        throw new AppError('CSRF_TOKEN_INVALID');
      }
    }
    if (
      typeof access === 'object' &&
      'permission' in access &&
      !hasPermission(ctx.principal.roles, access.permission)
    ) {
      throw new AppError('FORBIDDEN', { permission: access.permission });
    }
  });
}

/** The signed-in caller of a staff route (set by the access hook). */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth;
}
