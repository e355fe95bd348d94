import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../platform/http/access.js';
import { idParams } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';
import * as s from './case.schema.js';

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
        body: s.createClueBody,
        response: { 201: s.clue },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await clues.create(authOf(req).principal, req.body)),
    });

    app.get('/api/v1/clues', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案源线索（含立案核查期限）',
        querystring: s.clueListQuery,
        response: { 200: s.clueList },
      },
      handler: async (req) => clues.list(authOf(req).principal, req.query.status),
    });

    app.get('/api/v1/clues/:id', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '线索详情', params: idParams, response: { 200: s.clue } },
      handler: async (req) => clues.get(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/clues/:id/file', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '立案（由线索建立案件）',
        params: idParams,
        body: s.fileClueBody,
        response: { 201: s.filedClue },
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
        body: s.reasonBody,
        response: { 200: s.clue },
      },
      handler: async (req) => clues.reject(authOf(req).principal, req.params.id, req.body.reason),
    });

    app.post('/api/v1/clues/:id/transfer', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '移送（须有回执）',
        params: idParams,
        body: s.transferClueBody,
        response: { 200: s.clue },
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
        body: s.reasonBody,
        response: { 200: s.clue },
      },
      handler: async (req) => clues.extend(authOf(req).principal, req.params.id, req.body.reason),
    });
  };
