import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../platform/http/access.js';
import { idParams } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';
import * as s from './execution.schema.js';

/**
 * 送达执行 through 结案. Officers assigned to the case write (`case.write`); the head grants
 * deferral, instalments and seizure extensions through the approval routes; everyone who reads
 * the case reads its execution.
 */
export const executionRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { view, serving, payments, seizures, corrections, summaries, outcomes } = services.execution;
    const tags = ['execution'];
    const write = { access: { permission: 'case.write' as const } };

    app.get('/api/v1/cases/:id/execution', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary:
          '送达执行情况（送达、缴款、加处罚款、查封扣押、责令改正、催告与强制执行、复议诉讼结果、能否结案）',
        params: idParams,
        response: { 200: s.execution },
      },
      handler: async (req) => view.view(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/cases/:id/service-consents', {
      config: write,
      schema: {
        tags,
        summary: '登记当事人签署的电子送达确认书',
        params: idParams,
        body: s.consentBody,
        response: { 201: s.consent },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await serving.addConsent(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/cases/:id/services', {
      config: write,
      schema: {
        tags,
        summary: '送达文书（直接、邮寄、留置、电子、公告送达），同时制作送达回证',
        params: idParams,
        body: s.serviceBody,
        response: { 201: s.service },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await serving.serve(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/cases/:id/payments', {
      config: write,
      schema: {
        tags,
        summary: '登记罚没款缴纳（同时制作罚没款缴纳凭证）',
        params: idParams,
        body: s.paymentBody,
        response: { 201: s.payment },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await payments.pay(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/cases/:id/payments/:paymentId/hand-in', {
      config: write,
      schema: {
        tags,
        summary: '当场收缴的罚款交至本机关',
        params: s.paymentParams,
        body: s.handInBody,
        response: { 200: s.payment },
      },
      handler: async (req) =>
        payments.handIn(authOf(req).principal, req.params.id, req.params.paymentId, req.body.handedInOn),
    });

    app.post('/api/v1/cases/:id/demands', {
      config: write,
      schema: {
        tags,
        summary: '登记催告书的送达（申请法院强制执行前）',
        params: idParams,
        body: s.demandBody,
        response: { 201: s.demand },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await payments.demand(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/cases/:id/court-applications', {
      config: write,
      schema: {
        tags,
        summary: '登记申请人民法院强制执行',
        params: idParams,
        body: s.courtApplicationBody,
        response: { 201: s.courtApplication },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await payments.applyToCourt(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/cases/:id/seizures', {
      config: write,
      schema: {
        tags,
        summary: '登记查封、扣押（期限不超过30日）',
        params: idParams,
        body: s.seizureBody,
        response: { 201: s.seizure },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await seizures.seize(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/cases/:id/seizures/:seizureId/testing-periods', {
      config: write,
      schema: {
        tags,
        summary: '登记查封扣押物品的检测、检验、检疫或者技术鉴定期间（不计入查封扣押期限，须书面告知当事人）',
        params: s.seizureParams,
        body: s.seizureTestingBody,
        response: { 201: s.seizure },
      },
      handler: async (req, reply) =>
        reply
          .status(201)
          .send(
            await seizures.addTesting(authOf(req).principal, req.params.id, req.params.seizureId, req.body),
          ),
    });

    app.post('/api/v1/cases/:id/seizures/:seizureId/lift', {
      config: write,
      schema: {
        tags,
        summary: '解除查封、扣押',
        params: s.seizureParams,
        body: s.liftBody,
        response: { 200: s.seizure },
      },
      handler: async (req) =>
        seizures.lift(authOf(req).principal, req.params.id, req.params.seizureId, req.body),
    });

    app.post('/api/v1/cases/:id/correction-orders', {
      config: write,
      schema: {
        tags,
        summary: '登记责令改正违法行为决定（改正期限、复查期限）',
        params: idParams,
        body: s.orderBody,
        response: { 201: s.correctionOrder },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await corrections.order(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/cases/:id/correction-orders/:orderId/rechecks', {
      config: write,
      schema: {
        tags,
        summary: '登记复查结果（已改正 / 拒不改正）',
        params: s.orderParams,
        body: s.recheckBody,
        response: { 201: s.recheck },
      },
      handler: async (req, reply) =>
        reply
          .status(201)
          .send(
            await corrections.recheck(authOf(req).principal, req.params.id, req.params.orderId, req.body),
          ),
    });

    app.post('/api/v1/cases/:id/correction-orders/:orderId/daily-penalties', {
      // a penalty decision: the head's (APL Art. 57)
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '拒不改正：登记按日连续处罚（计罚日数与金额自动计算）',
        params: s.orderParams,
        body: s.dailyPenaltyBody,
        response: { 201: s.dailyPenalty },
      },
      handler: async (req, reply) =>
        reply
          .status(201)
          .send(
            await corrections.dailyPenalty(
              authOf(req).principal,
              req.params.id,
              req.params.orderId,
              req.body,
            ),
          ),
    });

    app.post('/api/v1/summary-decisions', {
      config: write,
      schema: {
        tags,
        summary: '简易程序：当场作出行政处罚决定（自成一案，直接进入送达执行）',
        body: s.summaryBody,
        response: { 201: s.summaryDecision },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await summaries.decide(authOf(req).principal, req.body)),
    });

    app.post('/api/v1/cases/:id/summary-decision/filing', {
      config: write,
      schema: {
        tags,
        summary: '当场行政处罚决定报本机关备案',
        params: idParams,
        body: s.filingBody,
        response: { 200: s.summaryDecision },
      },
      handler: async (req) => summaries.file(authOf(req).principal, req.params.id, req.body.filedOn),
    });

    app.post('/api/v1/cases/:id/outcomes', {
      config: write,
      schema: {
        tags,
        summary: '追加行政复议、行政诉讼、法院强制执行结果（归档后为补充归档，只增不改）',
        params: idParams,
        body: s.outcomeBody,
        response: { 201: s.outcome },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await outcomes.append(authOf(req).principal, req.params.id, req.body)),
    });
  };
