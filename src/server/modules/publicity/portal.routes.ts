import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';
import { creditCsv } from './credit-feed.js';
import * as s from './publicity.schema.js';

/**
 * 执法结果公示 and 纠错申请 on the portal (no session), and the credit feed (an integrator token).
 * Public answers are revalidated on every use (a withdrawal shows at once); nothing here reads an
 * unredacted text.
 */
export const portalRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { publicDecisions, corrections, creditFeed } = services;
    const tags = ['public'];

    app.get('/api/v1/public/decisions', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '执法决定公示（检索：全文、类别、年份、单位、当事人类型；撤回的保留并注明原因）',
        querystring: s.publicDecisionQuery,
        response: { 200: s.publicDecisionList },
      },
      handler: async (req, reply) => {
        const { page, pageSize, ...filter } = req.query;
        // a withdrawal must show at once: caches revalidate every time
        reply.header('cache-control', 'no-cache');
        return publicDecisions.list(filter, page, pageSize);
      },
    });

    app.get('/api/v1/public/decision-filters', {
      config: { access: 'public' },
      schema: { tags, summary: '执法决定公示的筛选项', response: { 200: s.publicDecisionFilters } },
      handler: async () => publicDecisions.filters(),
    });

    app.get('/api/v1/public/decisions/:id', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '一项公示的执法决定（现行版本及历次版本）',
        params: idParams,
        response: { 200: s.publicDecision },
      },
      handler: async (req) => publicDecisions.get(req.params.id),
    });

    app.get('/api/v1/public/decisions/:id/versions/:version', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公示的某一版本（永久链接）',
        params: s.publicVersionParams,
        response: { 200: s.publicDecision },
      },
      handler: async (req) => publicDecisions.get(req.params.id, req.params.version),
    });

    app.post('/api/v1/public/corrections', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '纠错申请（返回查询码；同一来源限次）',
        body: s.correctionBody,
        response: { 201: s.correctionReceipt },
      },
      handler: async (req, reply) => reply.status(201).send(await corrections.submit(req.ip, req.body)),
    });

    app.get('/api/v1/public/corrections/:trackingCode', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '按查询码查看纠错申请的办理结果',
        params: s.trackingParams,
        response: { 200: s.correctionPublicStatus },
      },
      handler: async (req) => corrections.status(req.params.trackingCode),
    });

    app.get('/api/v1/feeds/credit', {
      config: { access: { token: 'credit' } },
      schema: {
        tags: ['feeds'],
        summary: '信用信息（双公示）数据接口：自某日起公开或撤回的行政处罚、行政许可决定（JSON 或 CSV）',
        querystring: s.creditFeedQuery,
      },
      handler: async (req, reply) => {
        const feed = await creditFeed.items(req.query.since);
        reply.header('cache-control', 'no-store');
        if (req.query.format === 'csv') {
          const day = feed.generatedAt.slice(0, 10);
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="credit-${day}.csv"`)
            .send(creditCsv(feed.items));
        }
        return reply.type('application/json; charset=utf-8').send(s.creditFeed.parse(feed));
      },
    });
  };
