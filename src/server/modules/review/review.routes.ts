import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../platform/http/access.js';
import { sendDocx } from '../../platform/http/download.js';
import { idParams } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';
import * as s from './review.schema.js';
import { record as recordSchema } from '../records/record.schema.js';

export const reviewRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { reviews } = services;
    const tags = ['review'];

    app.get('/api/v1/public/legal-review-catalog', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '重大执法决定法制审核目录清单（现行）',
        response: { 200: s.catalog },
      },
      handler: async () => reviews.catalog(),
    });

    app.post('/api/v1/review-catalog', {
      config: { access: { permission: 'catalog.manage' } },
      schema: {
        tags,
        summary: '发布新版法制审核目录清单（旧版保留；案件按决定时有效的版本判断）',
        body: s.catalogBody,
        response: { 201: s.catalog },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await reviews.publishCatalog(authOf(req).principal, req.body.rules)),
    });

    app.post('/api/v1/cases/:id/legal-reviews', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '提交法制审核',
        params: idParams,
        body: s.reviewSubmitBody,
        response: { 201: s.legalReview },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await reviews.submit(authOf(req).principal, req.params.id, req.body)),
    });

    app.get('/api/v1/cases/:id/legal-reviews', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案件的法制审核（各轮）',
        params: idParams,
        response: { 200: s.legalReviewList },
      },
      handler: async (req) => reviews.list(authOf(req).principal, req.params.id),
    });

    app.get('/api/v1/legal-reviews', {
      config: { access: { permission: 'review.queue' } },
      schema: {
        tags,
        summary: '待审核及待协调的法制审核（按期限排序）',
        response: { 200: s.legalReviewList },
      },
      handler: async (req) => reviews.queue(authOf(req).principal),
    });

    app.get('/api/v1/legal-reviews/:id', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '一轮法制审核', params: idParams, response: { 200: s.legalReview } },
      handler: async (req) => reviews.get(authOf(req).principal, req.params.id),
    });

    app.get('/api/v1/legal-reviews/:id/opinion.docx', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '法制审核意见书（Word）', params: idParams },
      handler: async (req, reply) =>
        sendDocx(reply, await reviews.opinionDocument(authOf(req).principal, req.params.id)),
    });

    app.post('/api/v1/legal-reviews/:id/conflict', {
      config: { access: { permission: 'review.opinion' } },
      schema: {
        tags,
        summary: '审核人员申报利益冲突并回避',
        params: idParams,
        body: s.reasonBody,
        response: { 201: s.legalReview },
      },
      handler: async (req, reply) =>
        reply
          .status(201)
          .send(await reviews.declareConflict(authOf(req).principal, req.params.id, req.body.reason)),
    });

    app.post('/api/v1/legal-reviews/:id/dispute', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '承办机构对审核意见提出异议（提请负责人协调）',
        params: idParams,
        body: s.disputeBody,
        response: { 201: s.legalReview },
      },
      handler: async (req, reply) =>
        reply
          .status(201)
          .send(await reviews.dispute(authOf(req).principal, req.params.id, req.body.position)),
    });

    app.post('/api/v1/legal-reviews/:id/coordination', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '负责人协调决定：维持审核意见或采纳承办机构意见',
        params: idParams,
        body: s.coordinationBody,
        response: { 200: s.legalReview },
      },
      handler: async (req) => reviews.coordinate(authOf(req).principal, req.params.id, req.body),
    });

    app.post('/api/v1/cases/:id/decision/check', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '检查决定草稿：匹配的重大执法决定目录、尚缺的程序、听证权利',
        params: idParams,
        body: s.decisionCheckBody,
        response: { 200: s.decisionCheck },
      },
      handler: async (req) => reviews.check(authOf(req).principal, req.params.id, req.body),
    });

    app.get('/api/v1/review/reviewers', {
      config: { access: { permission: 'reviewer.read' } },
      schema: {
        tags,
        summary: '法制审核人员及其法律职业资格',
        response: { 200: s.reviewerList },
      },
      handler: async () => services.staffing.reviewers(),
    });

    app.put('/api/v1/users/:id/legal-qualification', {
      config: { access: { permission: 'user.manage' } },
      schema: {
        tags,
        summary: '登记法制审核人员的法律职业资格（kind: none 为清除）',
        params: idParams,
        body: s.qualificationBody,
        response: { 200: s.qualification },
      },
      handler: async (req) =>
        services.staffing.setQualification(authOf(req).principal, req.params.id, req.body),
    });

    app.post('/api/v1/legal-reviews/:id/extension', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '延长审核期限3个工作日（限一次）',
        params: idParams,
        body: s.reasonBody,
        response: { 200: s.extensionResult },
      },
      handler: async (req) => reviews.extend(authOf(req).principal, req.params.id, req.body.reason),
    });

    app.post('/api/v1/legal-reviews/:id/opinion', {
      config: { access: { permission: 'review.opinion' } },
      schema: {
        tags,
        summary: '审核意见：同意或存在问题（退回）',
        params: idParams,
        body: s.opinionBody,
        response: { 200: s.legalReview },
      },
      handler: async (req) => reviews.opinion(authOf(req).principal, req.params.id, req.body),
    });

    app.post('/api/v1/cases/:id/decision', {
      config: { access: { permission: 'case.approve' } },
      schema: {
        tags,
        summary: '作出决定（重大执法决定须经法制审核）',
        params: idParams,
        body: s.decisionBody,
        response: { 201: s.decision },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await reviews.decide(authOf(req).principal, req.params.id, req.body)),
    });

    app.get('/api/v1/review/staffing', {
      config: { access: { permission: 'review.staffing' } },
      schema: {
        tags,
        summary: '法制审核人员配备指标（不少于执法人员5%，至少1人）',
        response: { 200: s.staffing },
      },
      handler: async () => services.staffing.indicator(),
    });

    app.get('/api/v1/cases/:id/decision', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '案件的决定', params: idParams, response: { 200: s.decision } },
      handler: async (req) => reviews.decision(authOf(req).principal, req.params.id),
    });

    app.get('/api/v1/cases/:id/decision/procedure', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '告知、陈述申辩与听证：当事人收到告知书的日期、期限届满日、待举行的听证申请',
        params: idParams,
        response: { 200: s.decisionProcedure },
      },
      handler: async (req) => reviews.procedureOf(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/cases/:id/decision/document', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '根据已作出的决定重新生成行政处罚决定书（新版本，须说明理由）',
        params: idParams,
        body: s.reasonBody,
        response: { 201: recordSchema },
      },
      handler: async (req, reply) =>
        reply
          .status(201)
          .send(await reviews.regenerateDocument(authOf(req).principal, req.params.id, req.body.reason)),
    });
  };
