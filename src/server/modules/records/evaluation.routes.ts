import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as s from '../../../shared/contracts/evaluation.js';
import { authOf } from '../../platform/http/access.js';
import { idParams } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';

export const evaluationRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { evaluations } = services;
    const tags = ['evaluation'];

    app.get('/api/v1/evaluation-checklist', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '现行案卷评查表', response: { 200: s.checklist } },
      handler: async () => evaluations.current(),
    });

    app.post('/api/v1/evaluation-checklist', {
      config: { access: { permission: 'evaluation.manage' } },
      schema: {
        tags,
        summary: '发布新版案卷评查表（旧版保留）',
        body: s.checklistBody,
        response: { 201: s.checklist },
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
        response: { 200: s.evaluationList },
      },
      handler: async (req) => evaluations.list(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/cases/:id/evaluations', {
      config: { access: { permission: 'case.evaluate' } },
      schema: {
        tags,
        summary: '对已归档案卷评分',
        params: idParams,
        body: s.evaluationBody,
        response: { 201: s.evaluation },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await evaluations.evaluate(authOf(req).principal, req.params.id, req.body)),
    });
  };
