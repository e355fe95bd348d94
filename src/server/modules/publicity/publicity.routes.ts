import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../platform/http/access.js';
import { idParams } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';
import * as s from './publicity.schema.js';

/** 行政执法公示 in the back office: disclosures, correction requests, integrator tokens. */
export const publicityRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { disclosures, corrections, tokens } = services;
    const tags = ['publicity'];

    app.post('/api/v1/disclosures', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: {
        tags,
        summary: '执法决定公示草稿（决定作出时已自动生成的，返回该草稿，状态码 200）',
        body: s.disclosureCreateBody,
        response: { 201: s.disclosure },
      },
      handler: async (req, reply) => {
        const { created, item } = await disclosures.create(authOf(req).principal, req.body.caseId);
        // the contract's 201, or 200 with the draft the decision already made (same body)
        if (!created) return reply.code(200 as 201).send(item);
        return reply.status(201).send(item);
      },
    });

    app.get('/api/v1/disclosures', {
      config: { access: { permission: 'disclosure.read' } },
      schema: {
        tags,
        summary: '执法决定公示事项（可按状态、即将到期、已逾期筛选）',
        querystring: s.disclosureListQuery,
        response: { 200: s.disclosureList },
      },
      handler: async (req) => disclosures.list(authOf(req).principal, req.query),
    });

    app.get('/api/v1/disclosures/:id', {
      config: { access: { permission: 'disclosure.read' } },
      schema: {
        tags,
        summary: '公示事项：原文与脱敏文本对照、流转记录',
        params: idParams,
        response: { 200: s.disclosure },
      },
      handler: async (req) => disclosures.get(authOf(req).principal, req.params.id),
    });

    app.put('/api/v1/disclosures/:id/summary', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: {
        tags,
        summary: '修改公示摘要（填报中）',
        params: idParams,
        body: s.disclosureEditBody,
        response: { 200: s.disclosure },
      },
      handler: async (req) => disclosures.edit(authOf(req).principal, req.params.id, req.body.summary),
    });

    app.put('/api/v1/disclosures/:id/marks', {
      config: { access: { permission: 'disclosure.read' } },
      schema: {
        tags,
        summary: '人工遮蔽、取消误遮蔽（填报人填报中；审核人审核时）',
        params: idParams,
        body: s.disclosureMarksBody,
        response: { 200: s.disclosure },
      },
      handler: async (req) => disclosures.setMarks(authOf(req).principal, req.params.id, req.body.marks),
    });

    app.post('/api/v1/disclosures/:id/submit', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: { tags, summary: '提交审核', params: idParams, response: { 200: s.disclosure } },
      handler: async (req) => disclosures.submit(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/disclosures/:id/hold', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: {
        tags,
        summary: '申请不予公开（写明理由，经审核、审批）',
        params: idParams,
        body: s.disclosureHoldBody,
        response: { 200: s.disclosure },
      },
      handler: async (req) =>
        disclosures.hold(authOf(req).principal, req.params.id, req.body.reason, req.body.note),
    });

    app.post('/api/v1/disclosures/:id/check', {
      config: { access: { permission: 'disclosure.check' } },
      schema: {
        tags,
        summary: '审核（通过，或退回并写明意见）',
        params: idParams,
        body: s.disclosureCheckBody,
        response: { 200: s.disclosure },
      },
      handler: async (req) =>
        disclosures.check(authOf(req).principal, req.params.id, req.body.ok, req.body.comment),
    });

    app.post('/api/v1/disclosures/:id/approve', {
      config: { access: { permission: 'disclosure.approve' } },
      schema: {
        tags,
        summary: '审批公开（或批准不予公开）',
        params: idParams,
        response: { 200: s.disclosure },
      },
      handler: async (req) => disclosures.approve(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/disclosures/:id/return', {
      config: { access: { permission: 'disclosure.approve' } },
      schema: {
        tags,
        summary: '审批退回（不批准不予公开，或不同意公开），写明意见',
        params: idParams,
        body: s.disclosureReturnBody,
        response: { 200: s.disclosure },
      },
      handler: async (req) => disclosures.sendBack(authOf(req).principal, req.params.id, req.body.comment),
    });

    app.post('/api/v1/disclosures/:id/withdraw', {
      config: { access: { permission: 'disclosure.approve' } },
      schema: {
        tags,
        summary: '撤回已公示的决定（门户保留撤回记录及原因）',
        params: idParams,
        body: s.disclosureWithdrawBody,
        response: { 200: s.disclosure },
      },
      handler: async (req) =>
        disclosures.withdraw(authOf(req).principal, req.params.id, req.body.reason, req.body.ground),
    });

    app.post('/api/v1/disclosures/:id/reopen', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: {
        tags,
        summary: '更正后重新公示（重新填报、审核、审批，公开新版本）',
        params: idParams,
        body: s.disclosureReopenBody,
        response: { 200: s.disclosure },
      },
      handler: async (req) => disclosures.reopen(authOf(req).principal, req.params.id, req.body.reason),
    });

    app.get('/api/v1/corrections', {
      config: { access: { permission: 'correction.manage' } },
      schema: {
        tags,
        summary: '纠错申请',
        querystring: s.correctionListQuery,
        response: { 200: s.correctionList },
      },
      handler: async (req) => corrections.list(req.query),
    });

    app.post('/api/v1/corrections/:id/answer', {
      config: { access: { permission: 'correction.answer' } },
      schema: {
        tags,
        summary: '答复纠错申请',
        params: idParams,
        body: s.correctionAnswerBody,
        response: { 200: s.correctionItem },
      },
      handler: async (req) =>
        corrections.answer(authOf(req).principal, req.params.id, req.body.result, req.body.answer),
    });

    app.get('/api/v1/api-tokens', {
      config: { access: { permission: 'token.manage' } },
      schema: { tags: ['admin'], summary: '数据接口令牌', response: { 200: s.apiTokenList } },
      handler: async () => tokens.list(),
    });

    app.post('/api/v1/api-tokens', {
      config: { access: { permission: 'token.manage' } },
      schema: {
        tags: ['admin'],
        summary: '创建数据接口令牌（令牌只显示一次，系统只保存其摘要）',
        body: s.tokenCreateBody,
        response: { 201: s.apiTokenCreated },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await tokens.create(authOf(req).principal, req.body.name, req.body.scope)),
    });

    app.post('/api/v1/api-tokens/:id/revoke', {
      config: { access: { permission: 'token.manage' } },
      schema: {
        tags: ['admin'],
        summary: '撤销数据接口令牌',
        params: idParams,
        response: { 200: s.apiToken },
      },
      handler: async (req) => tokens.revoke(authOf(req).principal, req.params.id),
    });
  };
