import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { noContent } from '../../../shared/contracts/common.js';
import {
  changePasswordBody,
  csrfResponse,
  loginBody,
  sessionResponse,
} from '../../../shared/contracts/auth.js';
import type { IssuedSession } from '../../platform/auth/auth.service.js';
import { SESSION_COOKIE, authOf } from '../../platform/http/access.js';
import type { Services } from '../../services.js';

export const authRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { auth, config } = services;
    const tags = ['auth'];

    const meta = (req: FastifyRequest) => ({ ip: req.ip, userAgent: req.headers['user-agent'] ?? '' });
    const setCookie = (reply: FastifyReply, issued: IssuedSession) =>
      reply.setCookie(SESSION_COOKIE, issued.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.cookieSecure,
        maxAge: config.session.absoluteHours * 3600,
      });

    app.post('/api/v1/auth/login', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '工作人员登录',
        body: loginBody,
        response: { 200: sessionResponse },
      },
      handler: async (req, reply) => {
        const issued = await auth.login(req.body.username, req.body.password, meta(req));
        // Session rotation: a session the browser still held ends here.
        const previous = req.cookies[SESSION_COOKIE];
        if (previous) {
          const old = await auth.authenticate(previous);
          if (old) await auth.endSession(old.sessionId);
        }
        setCookie(reply, issued);
        return { user: issued.principal, csrfToken: issued.csrfToken };
      },
    });

    app.post('/api/v1/auth/logout', {
      config: { access: 'staff' },
      schema: { tags, summary: '退出登录', response: { 204: noContent } },
      handler: async (req, reply) => {
        await auth.logout(authOf(req));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    });

    app.get('/api/v1/auth/me', {
      config: { access: 'staff' },
      schema: { tags, summary: '当前用户与 CSRF 令牌', response: { 200: sessionResponse } },
      handler: async (req) => {
        const ctx = authOf(req);
        return { user: ctx.principal, csrfToken: ctx.csrfToken };
      },
    });

    app.post('/api/v1/auth/password', {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: '修改本人密码（其他会话全部失效）',
        body: changePasswordBody,
        response: { 200: csrfResponse },
      },
      handler: async (req, reply) => {
        const issued = await auth.changePassword(
          authOf(req),
          req.body.currentPassword,
          req.body.newPassword,
          meta(req),
        );
        setCookie(reply, issued);
        return { csrfToken: issued.csrfToken };
      },
    });
  };
