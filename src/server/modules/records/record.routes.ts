import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../platform/http/access.js';
import { sendDocx } from '../../platform/http/download.js';
import { idParams } from '../../platform/http/common.schema.js';
import { AppError } from '../../platform/errors.js';
import type { Services } from '../../services.js';
import { RECORD_TEMPLATES } from './record-templates.js';
import * as s from './record.schema.js';

/** `bytes=start-end` (one range) → inclusive range, or undefined for none; suffix ranges `bytes=-n` too. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | undefined {
  if (header === undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) throw new AppError('RANGE_NOT_SATISFIABLE', { size });
  const range =
    m[1] === ''
      ? { start: Math.max(0, size - Number(m[2])), end: size - 1 }
      : { start: Number(m[1]), end: m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1) };
  if (range.start >= size || range.end < range.start) throw new AppError('RANGE_NOT_SATISFIABLE', { size });
  return range;
}

export const recordRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { records, media, caseFiles, evidence } = services;
    const tags = ['records'];

    app.get('/api/v1/record-templates', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '执法文书模板（类型、字段、告知事项）',
        response: { 200: s.recordTemplateList },
      },
      handler: async () => ({ items: Object.values(RECORD_TEMPLATES) }),
    });

    app.post('/api/v1/cases/:id/records', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '制作文书（文字记录）',
        params: idParams,
        body: s.createRecordBody,
        response: { 201: s.record },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await records.add(authOf(req).principal, req.params.id, req.body)),
    });

    app.get('/api/v1/cases/:id/records', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '案件文书（含各版本）', params: idParams, response: { 200: s.recordList } },
      handler: async (req) => records.list(authOf(req).principal, req.params.id),
    });

    app.get('/api/v1/records/:id', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '文书详情', params: idParams, response: { 200: s.record } },
      handler: async (req) => records.get(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/records/:id/versions', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '修改文书：保存为新版本（原版本保留）',
        params: idParams,
        body: s.versionBody,
        response: { 201: s.record },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await records.addVersion(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/records/:id/sign', {
      config: { access: { permission: 'case.write' } },
      schema: { tags, summary: '登记当事人已签字', params: idParams, response: { 200: s.record } },
      handler: async (req) => records.mark(authOf(req).principal, req.params.id, 'signed'),
    });

    app.post('/api/v1/records/:id/seal', {
      config: { access: { permission: 'case.write' } },
      schema: { tags, summary: '登记已加盖印章', params: idParams, response: { 200: s.record } },
      handler: async (req) => records.mark(authOf(req).principal, req.params.id, 'sealed'),
    });

    app.get('/api/v1/records/:id/document', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '生成 Word 文书（.docx）', params: idParams },
      handler: async (req, reply) => {
        return sendDocx(reply, await records.document(authOf(req).principal, req.params.id));
      },
    });

    app.post('/api/v1/cases/:id/media', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary:
          '上传音像记录（multipart：file, activity, capturedAt, device?, location?, officerId?, continuous?, insideHome?, homeConsent?）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: s.mediaCreated },
      },
      handler: async (req, reply) => {
        const { principal } = authOf(req);
        if (!req.isMultipart())
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' });
        const target = await media.target(principal, req.params.id);
        const fields: Record<string, string> = {};
        let stored: Awaited<ReturnType<typeof media.store>> | undefined;
        let meta: ReturnType<typeof s.mediaFields.parse> | undefined;
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file' || stored) {
              part.file.resume();
              throw new AppError('VALIDATION_FAILED', {
                fields: [{ path: part.fieldname, message: '只能上传一个文件（字段名 file）' }],
              });
            }
            // the fields come first and are checked before anything is stored: a refused upload leaves
            // no file behind (found by the attack on a running instance)
            const parsed = s.mediaFields.safeParse(fields);
            if (!parsed.success) {
              part.file.resume();
              throw new AppError('VALIDATION_FAILED', {
                fields: parsed.error.issues.map((i) => ({
                  path: i.path.join('.'),
                  message: `${i.message}（表单字段须在文件之前提交）`,
                })),
              });
            }
            try {
              media.checkMeta(parsed.data);
            } catch (err) {
              part.file.resume();
              throw err;
            }
            meta = parsed.data;
            stored = await media.store(part.file);
          } else {
            if (stored)
              throw new AppError('VALIDATION_FAILED', {
                fields: [{ path: part.fieldname, message: '表单字段须在文件之前提交' }],
              });
            fields[part.fieldname] = String(part.value);
          }
        }
        if (!stored || !meta)
          throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', message: '缺少文件' }] });
        return reply.status(201).send(await media.register(principal, target, stored, meta));
      },
    });

    app.get('/api/v1/cases/:id/media', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '案件音像记录', params: idParams, response: { 200: s.mediaList } },
      handler: async (req) => media.list(authOf(req).principal, req.params.id),
    });

    app.get('/api/v1/media/:id/content', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '播放或下载音像记录（支持 Range）', params: idParams },
      handler: async (req, reply) => {
        const { principal } = authOf(req);
        const meta = await media.metadata(principal, req.params.id);
        const range = parseRange(req.headers.range, meta.size);
        const { stream } = await media.content(principal, req.params.id, range, (err) =>
          req.log.error({ mediaId: req.params.id, expected: err.expected, actual: err.actual }, err.message),
        );
        void reply
          .type(meta.mimeType)
          .header('accept-ranges', 'bytes')
          .header(
            'content-disposition',
            `inline; filename="${meta.id}.${meta.mimeType.split('/')[1] ?? 'bin'}"`,
          )
          .header('cache-control', 'private, no-store');
        if (range) {
          void reply
            .status(206)
            .header('content-range', `bytes ${range.start}-${range.end}/${meta.size}`)
            .header('content-length', String(range.end - range.start + 1));
        } else {
          void reply.header('content-length', String(meta.size));
        }
        return reply.send(stream);
      },
    });

    app.get('/api/v1/cases/:id/evidence', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '证据登记', params: idParams, response: { 200: s.evidenceList } },
      handler: async (req) => evidence.list(authOf(req).principal, req.params.id),
    });

    app.post('/api/v1/cases/:id/evidence', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '登记证据（八类法定证据）',
        params: idParams,
        body: s.evidenceBody,
        response: { 201: s.evidence },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await evidence.add(authOf(req).principal, req.params.id, req.body)),
    });

    app.post('/api/v1/evidence/:id/preservation-decision', {
      config: { access: { permission: 'case.write' } },
      schema: {
        tags,
        summary: '对先行登记保存的证据作出处理决定（7个工作日内）',
        params: idParams,
        body: s.preservationDecisionBody,
        response: { 200: s.evidence },
      },
      handler: async (req) =>
        evidence.decidePreservation(
          authOf(req).principal,
          req.params.id,
          req.body.outcome,
          req.body.decidedOn,
        ),
    });

    app.get('/api/v1/cases/:id/case-file', {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案卷目录与完整性检查',
        params: idParams,
        response: { 200: s.caseFileContents },
      },
      handler: async (req) => caseFiles.contents(authOf(req).principal, req.params.id),
    });

    app.get('/api/v1/cases/:id/archive', {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '导出案卷 ZIP（含 manifest.json：每个文件的 sha256）', params: idParams },
      handler: async (req, reply) => {
        const { fileName, stream } = await caseFiles.archive(authOf(req).principal, req.params.id);
        return reply
          .type('application/zip')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(stream);
      },
    });
  };
