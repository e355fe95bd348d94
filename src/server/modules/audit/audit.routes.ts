import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntryList, auditEntryQuery, auditVerification } from '../../../shared/contracts/audit.js';
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
        response: { 200: auditVerification },
      },
      handler: async () => services.checkpoints.verify(),
    });

    app.get('/api/v1/audit/entries', {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags,
        summary: '审计日志（新的在前）',
        querystring: auditEntryQuery,
        response: { 200: auditEntryList },
      },
      handler: async (req) => services.audit.list(req.query.page, req.query.pageSize),
    });
  };
