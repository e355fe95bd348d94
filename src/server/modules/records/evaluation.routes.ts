import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authOf } from '../../platform/http/access.js';
import { id, idParams, text } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';

const item = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: text(200),
  maxScore: z.number().int().min(1).max(100),
});
const checklist = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  source: z.string(),
  items: z.array(item),
  createdAt: z.string(),
});
const evaluation = z.object({
  id: z.string(),
  caseId: z.string(),
  checklistId: z.string(),
  scores: z.array(z.object({ key: z.string(), score: z.number(), note: z.string().optional() })),
  total: z.number(),
  maxTotal: z.number(),
  grade: z.string(),
  comment: z.string(),
  evaluatorId: z.string(),
  evaluatedAt: z.string(),
});

export const evaluationRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { evaluations } = services;
    const tags = ['evaluation'];

    app.get('/api/v1/evaluation-checklist', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '现行案卷评查表', response: { 200: checklist } },
      handler: async () => evaluations.current(),
    });

    app.post('/api/v1/evaluation-checklist', {
      config: { access: { permission: 'evaluation.manage' } },
      schema: {
        tags,
        summary: '发布新版案卷评查表（旧版保留）',
        body: z.object({ name: text(100), source: text(500), items: z.array(item).min(1).max(50) }),
        response: { 201: checklist },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await evaluations.publish(authOf(req).principal, req.body)),
    });

    app.get('/api/v1/cases/:id/evaluations', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案卷评查结果',
        params: idParams,
        response: { 200: z.object({ items: z.array(evaluation) }) },
      },
      handler: async (req) => evaluations.list(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/cases/:id/evaluations', {
      config: { access: { permission: 'case.evaluate' } },
      schema: {
        tags,
        summary: '对已归档案卷评分',
        params: idParams,
        body: z.object({
          checklistId: id,
          scores: z
            .array(
              z.object({
                key: z.string().max(40),
                score: z.number().min(0).max(100),
                note: z.string().max(500).optional(),
              }),
            )
            .max(50),
          comment: z.string().max(2000),
        }),
        response: { 201: evaluation },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await evaluations.evaluate(authOf(req).principal, req.params.id, req.body)),
    });
  };
