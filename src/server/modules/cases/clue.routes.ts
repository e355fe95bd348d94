import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authOf } from '../../platform/http/access.js';
import { idParams, isoDate, text } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';
import { createCaseBody, createdCase } from './case.schema.js';
import { CLUE_SOURCES, CLUE_STATUSES } from './clue.service.js';

const clue = z.object({
  id: z.string(),
  source: z.enum(CLUE_SOURCES),
  title: z.string(),
  description: z.string(),
  partyName: z.string().nullable(),
  location: z.string().nullable(),
  discoveredOn: z.string(),
  departmentId: z.string(),
  status: z.enum(CLUE_STATUSES),
  extended: z.boolean(),
  checkDue: z.string(),
  checkDays: z.number(),
  provisional: z.boolean(),
  overdue: z.boolean(),
  resolution: z.string().nullable(),
  transferTo: z.string().nullable(),
  transferReceipt: z.string().nullable(),
  caseId: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});

export const clueRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { clues } = services;
    const tags = ['clues'];

    app.post('/api/v1/clues', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '登记案源线索',
        body: z.object({
          source: z.enum(CLUE_SOURCES),
          title: text(200),
          description: text(5000),
          partyName: text(200).optional(),
          location: text(300).optional(),
          discoveredOn: isoDate,
        }),
        response: { 201: clue },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await clues.create(authOf(req).principal, req.body)),
    });

    app.get('/api/v1/clues', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案源线索（含立案核查期限）',
        querystring: z.object({ status: z.enum(CLUE_STATUSES).optional() }),
        response: { 200: z.object({ items: z.array(clue) }) },
      },
      handler: async (req) => clues.list(authOf(req).principal, req.query.status),
    });

    app.get('/api/v1/clues/:id', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '线索详情', params: idParams, response: { 200: clue } },
      handler: async (req) => clues.get(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/clues/:id/file', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '立案（由线索建立案件）',
        params: idParams,
        body: createCaseBody.omit({ clueId: true, discoveredOn: true }),
        response: { 201: z.object({ clue, case: createdCase }) },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await clues.file(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/clues/:id/reject', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '不予立案（须说明理由）',
        params: idParams,
        body: z.object({ reason: text(2000) }),
        response: { 200: clue },
      },
      handler: async (req) => clues.reject(authOf(req).principal, req.params.id, req.body.reason),
    });

    app.post('/api/v1/clues/:id/transfer', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '移送（须有回执）',
        params: idParams,
        body: z.object({ to: text(200), receipt: text(500) }),
        response: { 200: clue },
      },
      handler: async (req) =>
        clues.transfer(authOf(req).principal, req.params.id, req.body.to, req.body.receipt),
    });

    app.post('/api/v1/clues/:id/extend', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '批准延长立案核查期限（+15日，限一次）',
        params: idParams,
        body: z.object({ reason: text(2000) }),
        response: { 200: clue },
      },
      handler: async (req) => clues.extend(authOf(req).principal, req.params.id, req.body.reason),
    });
  };
