import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { MultipartFile } from '@fastify/multipart';
import { authOf } from '../../platform/http/access.js';
import { idParams } from '../../platform/http/common.schema.js';
import { AppError } from '../../platform/errors.js';
import type { Services } from '../../services.js';
import * as s from '../../../shared/contracts/pre-disclosure.js';
import { POWERS_WORKBOOK_MAX_BYTES } from './pre-disclosure.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The one file of a multipart request (field `file`); 415 when the request is not multipart. */
async function onlyFile(req: FastifyRequest): Promise<MultipartFile> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' });
  const part = await req.file();
  if (!part || part.fieldname !== 'file')
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'file', message: '请选择要上传的文件（字段名 file）' }],
    });
  return part;
}

/** Reads a file part into memory up to `max` bytes (413 beyond). */
async function bytesOf(part: MultipartFile, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      part.file.resume();
      throw new AppError('PAYLOAD_TOO_LARGE', { maxBytes: max });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** 事前公开: the back office's items and workflow, and the portal's sections, items, versions and attachments. */
export const preDisclosureRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { preDisclosures } = services;
    const tags = ['publicity'];
    const item = { 200: s.preDisclosure };

    app.get('/api/v1/pre-disclosures', {
      config: { access: { permission: 'disclosure.read' } },
      schema: {
        tags,
        summary: '事前公开事项（可按栏目、状态、即将到期、已逾期筛选）',
        querystring: s.preDisclosureListQuery,
        response: { 200: s.preDisclosureList },
      },
      handler: async (req) => preDisclosures.list(authOf(req).principal, req.query),
    });
    app.post('/api/v1/pre-disclosures', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: {
        tags,
        summary: '新建事前公开事项（填报）',
        body: s.preDisclosureCreateBody,
        response: { 201: s.preDisclosure },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await preDisclosures.create(authOf(req).principal, req.body)),
    });
    app.get('/api/v1/pre-disclosure-templates/powers.xlsx', {
      config: { access: { permission: 'disclosure.read' } },
      schema: { tags, summary: '权责清单导入模板（.xlsx）' },
      handler: async (_req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent('权责清单模板.xlsx')}`,
          )
          .send(await preDisclosures.powersTemplate()),
    });
    app.get('/api/v1/pre-disclosures/:id', {
      config: { access: { permission: 'disclosure.read' } },
      schema: { tags, summary: '事前公开事项：内容、流转记录', params: idParams, response: item },
      handler: async (req) => preDisclosures.get(authOf(req).principal, req.params.id),
    });
    app.put('/api/v1/pre-disclosures/:id', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: {
        tags,
        summary: '修改事前公开事项（已公开的事项修改后须重新审核，门户保留现行版本）',
        params: idParams,
        body: s.preDisclosureEditBody,
        response: item,
      },
      handler: async (req) => preDisclosures.edit(authOf(req).principal, req.params.id, req.body),
    });
    app.post('/api/v1/pre-disclosures/:id/submit', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: { tags, summary: '提交审核', params: idParams, response: item },
      handler: async (req) => preDisclosures.submit(authOf(req).principal, req.params.id),
    });
    app.post('/api/v1/pre-disclosures/:id/check', {
      config: { access: { permission: 'disclosure.check' } },
      schema: {
        tags,
        summary: '审核（通过，或写明意见退回）',
        params: idParams,
        body: s.preDisclosureCheckBody,
        response: item,
      },
      handler: async (req) =>
        preDisclosures.check(authOf(req).principal, req.params.id, req.body.ok, req.body.comment),
    });
    app.post('/api/v1/pre-disclosures/:id/return', {
      config: { access: { permission: 'disclosure.approve' } },
      schema: {
        tags,
        summary: '审批退回修改',
        params: idParams,
        body: s.preDisclosureReasonBody,
        response: item,
      },
      handler: async (req) => preDisclosures.sendBack(authOf(req).principal, req.params.id, req.body.reason),
    });
    app.post('/api/v1/pre-disclosures/:id/approve', {
      config: { access: { permission: 'disclosure.approve' } },
      schema: { tags, summary: '审批公开（新版本，旧版本保留为历史）', params: idParams, response: item },
      handler: async (req) => preDisclosures.approve(authOf(req).principal, req.params.id),
    });
    app.post('/api/v1/pre-disclosures/:id/withdraw', {
      config: { access: { permission: 'disclosure.approve' } },
      schema: {
        tags,
        summary: '撤回（不再公开）',
        params: idParams,
        body: s.preDisclosureReasonBody,
        response: item,
      },
      handler: async (req) => preDisclosures.withdraw(authOf(req).principal, req.params.id, req.body.reason),
    });
    app.post('/api/v1/pre-disclosures/:id/attachments', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: {
        tags,
        summary: '添加附件（multipart：file；PDF、Word、图片）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: item,
      },
      handler: async (req) => {
        const part = await onlyFile(req);
        return preDisclosures.attach(authOf(req).principal, req.params.id, part.filename, part.file);
      },
    });
    app.post('/api/v1/pre-disclosures/:id/powers-import', {
      config: { access: { permission: 'disclosure.fill' } },
      schema: {
        tags,
        summary: '导入权责清单（multipart：file，.xlsx 模板；有错误的行全部列出，不导入任何一行）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: item,
      },
      handler: async (req) => {
        const part = await onlyFile(req);
        const bytes = await bytesOf(part, POWERS_WORKBOOK_MAX_BYTES);
        return preDisclosures.importPowers(authOf(req).principal, req.params.id, bytes);
      },
    });

    // ---- the portal ----
    app.get('/api/v1/public/pre-disclosures', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '事前公开（现行有效的事项，按栏目）',
        response: { 200: s.publicPreDisclosureSections },
      },
      handler: async (_req, reply) => {
        reply.header('cache-control', 'no-cache');
        return preDisclosures.publicSections();
      },
    });
    app.get('/api/v1/public/pre-disclosures/:id', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '事前公开事项（现行版本与历史版本）',
        params: idParams,
        response: { 200: s.publicPreDisclosure },
      },
      handler: async (req, reply) => {
        reply.header('cache-control', 'no-cache');
        return preDisclosures.publicItem(req.params.id);
      },
    });
    app.get('/api/v1/public/pre-disclosures/:id/versions/:version', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '事前公开事项的某一历史版本（固定链接）',
        params: s.publicPreDisclosureVersionParams,
        response: { 200: s.publicPreDisclosure },
      },
      handler: async (req) => preDisclosures.publicItem(req.params.id, req.params.version),
    });
    app.get('/api/v1/public/pre-disclosures/:id/attachments/:sha256', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '事前公开事项的附件（仅已公开版本中的附件）',
        params: s.publicAttachmentParams,
      },
      handler: async (req, reply) => {
        const { attachment, stream } = await preDisclosures.publicAttachment(
          req.params.id,
          req.params.sha256,
        );
        return reply
          .type(attachment.mimeType)
          .header('x-content-type-options', 'nosniff')
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
          )
          .send(stream);
      },
    });
  };
