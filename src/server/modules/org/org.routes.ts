import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../platform/http/access.js';
import { publicBaseUrl } from '../../platform/http/public-url.js';
import { idParams, noContent } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';
import { officerPageUrl, qrPng, qrSvg } from './officer-qr.js';
import * as s from './org.schema.js';

export const orgRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { org } = services;
    const tags = ['organisation'];

    app.get('/api/v1/departments', {
      config: { access: { permission: 'org.read' } },
      schema: { tags, summary: '部门树（扁平列表）', response: { 200: s.departmentList } },
      handler: async () => ({ items: await org.listDepartments() }),
    });

    app.post('/api/v1/departments', {
      config: { access: { permission: 'department.manage' } },
      schema: { tags, summary: '新增部门', body: s.createDepartmentBody, response: { 201: s.department } },
      handler: async (req, reply) =>
        reply.status(201).send(await org.createDepartment(authOf(req).principal, req.body)),
    });

    app.patch('/api/v1/departments/:id', {
      config: { access: { permission: 'department.manage' } },
      schema: {
        tags,
        summary: '修改部门',
        params: idParams,
        body: s.updateDepartmentBody,
        response: { 200: s.department },
      },
      handler: async (req) => org.updateDepartment(authOf(req).principal, req.params.id, req.body),
    });

    app.delete('/api/v1/departments/:id', {
      config: { access: { permission: 'department.manage' } },
      schema: {
        tags,
        summary: '删除部门（无下级、无人员时）',
        params: idParams,
        response: { 204: noContent },
      },
      handler: async (req, reply) => {
        await org.deleteDepartment(authOf(req).principal, req.params.id);
        return reply.status(204).send(null);
      },
    });

    app.get('/api/v1/users', {
      config: { access: { permission: 'user.read' } },
      schema: {
        tags,
        summary: '用户列表（按部门范围）',
        querystring: s.userListQuery,
        response: { 200: s.userList },
      },
      handler: async (req) => org.listUsers(authOf(req).principal, req.query),
    });

    app.post('/api/v1/users', {
      config: { access: { permission: 'user.manage' } },
      schema: { tags, summary: '新增用户', body: s.createUserBody, response: { 201: s.user } },
      handler: async (req, reply) =>
        reply.status(201).send(await org.createUser(authOf(req).principal, req.body)),
    });

    app.get('/api/v1/users/:id', {
      config: { access: { permission: 'user.read' } },
      schema: { tags, summary: '用户详情', params: idParams, response: { 200: s.user } },
      handler: async (req) => org.getUser(authOf(req).principal, req.params.id),
    });

    app.patch('/api/v1/users/:id', {
      config: { access: { permission: 'user.manage' } },
      schema: {
        tags,
        summary: '修改用户',
        params: idParams,
        body: s.updateUserBody,
        response: { 200: s.user },
      },
      handler: async (req) => org.updateUser(authOf(req).principal, req.params.id, req.body),
    });

    app.post('/api/v1/users/:id/password', {
      config: { access: { permission: 'user.manage' } },
      schema: {
        tags,
        summary: '重置密码',
        params: idParams,
        body: s.resetPasswordBody,
        response: { 204: noContent },
      },
      handler: async (req, reply) => {
        await org.resetPassword(authOf(req).principal, req.params.id, req.body.newPassword);
        return reply.status(204).send(null);
      },
    });

    app.get('/api/v1/officers', {
      config: { access: { permission: 'officer.read' } },
      schema: {
        tags,
        summary: '执法人员及执法证',
        querystring: s.officerListQuery,
        response: { 200: s.officerList },
      },
      handler: async (req) => org.listOfficers(req.query),
    });

    app.post('/api/v1/officers', {
      config: { access: { permission: 'officer.manage' } },
      schema: { tags, summary: '登记执法证', body: s.createCertificateBody, response: { 201: s.officer } },
      handler: async (req, reply) =>
        reply.status(201).send(await org.createCertificate(authOf(req).principal, req.body)),
    });

    app.patch('/api/v1/officers/:id', {
      config: { access: { permission: 'officer.manage' } },
      schema: {
        tags,
        summary: '修改或注销执法证',
        params: idParams,
        body: s.updateCertificateBody,
        response: { 200: s.officer },
      },
      handler: async (req) => org.updateCertificate(authOf(req).principal, req.params.id, req.body),
    });

    app.get('/api/v1/public/officers/:certificateNo', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '执法证查询',
        params: s.certificateParams,
        response: { 200: s.publicOfficer },
      },
      handler: async (req) => org.publicOfficer(req.params.certificateNo),
    });

    app.get('/api/v1/public/officers', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '执法人员名录（按单位、姓名或执法证号查询；已过期、已注销的证件照常列出并标明）',
        querystring: s.publicOfficerQuery,
        response: { 200: s.publicOfficerList },
      },
      handler: async (req) =>
        org.publicOfficers({
          q: req.query.q,
          departmentId: req.query.unit,
          page: req.query.page,
          pageSize: req.query.pageSize,
        }),
    });

    app.get('/api/v1/public/officer-filters', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '执法人员名录的筛选项：有持证执法人员的单位',
        response: { 200: s.publicOfficerFilters },
      },
      handler: async () => org.publicOfficerFilters(),
    });

    /** The officer's page address for this request (PUBLIC_BASE_URL, else the request's own). */
    const pageUrlOf = async (req: FastifyRequest, certificateNo: string) => {
      const officer = await org.publicOfficer(certificateNo);
      return officerPageUrl(publicBaseUrl(services.config.publicBaseUrl, req), officer.certificateNo);
    };
    const qrHeaders = (reply: FastifyReply, type: string) =>
      reply
        .type(type)
        .header('cache-control', 'public, max-age=3600')
        // without PUBLIC_BASE_URL the code holds the address the request came to
        .header(
          'vary',
          services.config.publicBaseUrl ? 'accept-encoding' : 'host, x-forwarded-host, x-forwarded-proto',
        );

    app.get('/api/v1/public/officers/:certificateNo/qr.svg', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '执法人员公示页的二维码（SVG），扫码核验执法人员身份',
        params: s.certificateParams,
        produces: ['image/svg+xml'],
      },
      handler: async (req, reply) =>
        qrHeaders(reply, 'image/svg+xml; charset=utf-8').send(
          await qrSvg(await pageUrlOf(req, req.params.certificateNo)),
        ),
    });

    app.get('/api/v1/public/officers/:certificateNo/qr.png', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '执法人员公示页的二维码（PNG，供印制在执法证上）',
        params: s.certificateParams,
        produces: ['image/png'],
      },
      handler: async (req, reply) =>
        qrHeaders(reply, 'image/png').send(await qrPng(await pageUrlOf(req, req.params.certificateNo))),
    });
  };
