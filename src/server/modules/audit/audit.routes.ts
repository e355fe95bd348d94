import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuery } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';

export const auditRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['audit'];

    app.get('/api/v1/audit/verify', {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags,
        summary: '重新计算审计日志哈希链',
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number(),
            head: z.string(),
            brokenAt: z.object({ seq: z.number(), reason: z.string() }).optional(),
          }),
        },
      },
      handler: async () => services.audit.verify(),
    });

    app.get('/api/v1/audit/entries', {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags,
        summary: '审计日志（新的在前）',
        querystring: z.object(pageQuery),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                seq: z.number(),
                at: z.string(),
                actorName: z.string(),
                action: z.string(),
                objectType: z.string(),
                objectId: z.string(),
                hash: z.string(),
              }),
            ),
            total: z.number(),
          }),
        },
      },
      handler: async (req) => services.audit.list(req.query.page, req.query.pageSize),
    });
  };
