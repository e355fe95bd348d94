import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../platform/http/access.js';
import { idParams } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';
import * as s from './case.schema.js';

export const caseRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { cases, approvals } = services;
    const tags = ['cases'];

    app.post('/api/v1/cases', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '立案申请（新建案件）',
        body: s.createCaseBody,
        response: { 201: s.createdCase },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await cases.create(authOf(req).principal, req.body)),
    });

    app.get('/api/v1/cases', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案件列表（按部门范围与承办关系）',
        querystring: s.caseListQuery,
        response: { 200: s.caseList },
      },
      handler: async (req) => cases.list(authOf(req).principal, req.query),
    });

    app.get('/api/v1/cases/:id', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案件详情（阶段、期限、阻碍事项）',
        params: idParams,
        response: { 200: s.caseView },
      },
      handler: async (req) => cases.view(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/cases/:id/advance', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '进入下一阶段（负责人）',
        params: idParams,
        body: s.advanceBody,
        response: { 200: s.caseView },
      },
      handler: async (req) => cases.advance(authOf(req).principal, req.params.id, req.body.to),
    });

    app.post('/api/v1/cases/:id/officers', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '指派执法人员（负责人）',
        params: idParams,
        body: s.addOfficerBody,
        response: { 200: s.caseView },
      },
      handler: async (req) => cases.addOfficer(authOf(req).principal, req.params.id, req.body.accountId),
    });

    app.get('/api/v1/cases/:id/timeline', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '案件全过程时间线', params: idParams, response: { 200: s.timeline } },
      handler: async (req) => cases.timeline(authOf(req).principal, req.params.id),
    });

    app.get('/api/v1/cases/:id/periods', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '不计入办案期限的期间', params: idParams, response: { 200: s.periodList } },
      handler: async (req) => cases.periods(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/cases/:id/periods', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '登记检测、鉴定、公告等期间',
        params: idParams,
        body: s.periodBody,
        response: { 201: s.period },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await cases.openPeriod(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/cases/:id/periods/:periodId/end', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '期间结束',
        params: s.periodParams,
        body: s.endPeriodBody,
        response: { 200: s.period },
      },
      handler: async (req) =>
        cases.endPeriod(authOf(req).principal, req.params.id, req.params.periodId, req.body.endedOn),
    });

    app.get('/api/v1/cases/:id/approvals', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '案件的审批申请', params: idParams, response: { 200: s.approvalList } },
      handler: async (req) => approvals.list(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/cases/:id/approvals', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '提出审批申请（延期、中止、恢复、终止、回避）',
        params: idParams,
        body: s.approvalRequestBody,
        response: { 201: s.approval },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await approvals.request(authOf(req).principal, req.params.id, req.body)),
    });

    app.get('/api/v1/approvals', {
      config: { access: { permission: 'case.approve' } },
      schema: { tags, summary: '待我审批', response: { 200: s.approvalList } },
      handler: async (req) => approvals.inbox(authOf(req).principal),
    });

    app.get('/api/v1/approvals/filings', {
      config: { access: { permission: 'case.approve' } },
      schema: { tags, summary: '待批准立案的案件', response: { 200: s.pendingFilingList } },
      handler: async (req) => cases.pendingFilings(authOf(req).principal),
    });

    app.post('/api/v1/approvals/:id/decide', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '批准或不予批准',
        params: idParams,
        body: s.approvalDecisionBody,
        response: { 200: s.approval },
      },
      handler: async (req) =>
        approvals.decide(authOf(req).principal, req.params.id, req.body.grant, req.body.reason),
    });

    app.get('/api/v1/deadlines', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '即将到期与已逾期的办案期限',
        querystring: s.deadlineListQuery,
        response: { 200: s.deadlineList },
      },
      handler: async (req) => cases.deadlineList(authOf(req).principal, req.query.within),
    });
  };
