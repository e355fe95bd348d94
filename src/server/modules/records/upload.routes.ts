import fs from 'node:fs';
import { FileStore } from '@tus/file-store';
import { Server as TusServer, type Upload } from '@tus/server';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../../platform/auth/auth.service.js';
import { AppError, isAppError } from '../../platform/errors.js';
import { authOf } from '../../platform/http/access.js';
import { uploadsDirOf } from '../../config.js';
import type { Services } from '../../services.js';
import { uploadMetadata, uploadParams } from './record.schema.js';
import { DEFAULT_GC_GRACE_MS } from './storage-gc.js';

type TusRequest = { runtime?: { node?: { req: object } } };

const tusError = (err: unknown): unknown =>
  isAppError(err)
    ? {
        status_code: err.status,
        body: JSON.stringify({ error: { code: err.code, message: err.message, details: err.details } }),
      }
    : err;

/** tus answers a hook that throws `{ status_code, body }` with that status and body: map our errors onto it. */
function tusHook<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (err) {
      throw tusError(err);
    }
  };
}

/**
 * The tus file store without its own directory check: FileStore creates the folder asynchronously in
 * its constructor and throws from the callback when that fails (an uncaught exception, e.g. when the
 * data folder is removed right after start-up). We create the folder synchronously before.
 */
class StagingStore extends FileStore {}
Object.defineProperty(StagingStore.prototype, 'checkOrCreateDirectory', { value: () => undefined });

/**
 * Resumable uploads (tus 1.0) under /api/v1/uploads, for body-cam video over weak links. Chunks are
 * staged in DATA_DIR/uploads; when the last byte arrives the file is streamed into the blob store
 * (hashed), registered as media of the case exactly like a multipart upload, and the staging copy
 * removed. Creation checks the case and the metadata; every later request must come from the
 * account that created the upload. Staging is per instance: run several instances with sticky
 * routing for /api/v1/uploads (or a shared staging folder).
 */
export const uploadRoutes =
  (services: Services): FastifyPluginAsync =>
  async (app) => {
    const { media, config, auth } = services;
    const principals = new WeakMap<object, Principal>();
    const directory = uploadsDirOf(config);
    fs.mkdirSync(directory, { recursive: true });
    // clients see Upload-Expires; an upload left unfinished longer is refused (410) and swept (storage-gc.ts)
    const datastore = new StagingStore({ directory, expirationPeriodInMilliseconds: DEFAULT_GC_GRACE_MS });

    const principalOf = (req: TusRequest): Principal => {
      const raw = req.runtime?.node?.req;
      const p = raw ? principals.get(raw) : undefined;
      if (!p) throw new AppError('UNAUTHENTICATED');
      return p;
    };
    const metaOf = (upload: Upload) => {
      const parsed = uploadMetadata.safeParse(upload.metadata ?? {});
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', {
          fields: parsed.error.issues.map((i) => ({
            path: `metadata.${i.path.join('.')}`,
            message: i.message,
          })),
        });
      }
      return parsed.data;
    };

    const tus = new TusServer({
      path: '/api/v1/uploads',
      datastore,
      maxSize: config.media.maxBytes,
      relativeLocation: true,
      respectForwardedHeaders: config.trustProxy,
      disableTerminationForFinishedUploads: true,
      onUploadCreate: tusHook(async (req, upload) => {
        const principal = principalOf(req);
        const meta = metaOf(upload);
        // what the metadata alone must satisfy (a capture time not in the future) is refused before
        // any byte is sent, not after a long video has arrived
        media.checkMeta(meta);
        await media.target(principal, meta.caseId);
        // the owner is recorded by the server, whatever the client sent
        return { metadata: { ...upload.metadata, accountId: principal.id } };
      }),
      onIncomingRequest: tusHook(async (req, uploadId) => {
        if (req.method === 'POST' || req.method === 'OPTIONS') return;
        const principal = principalOf(req);
        const upload = await datastore.getUpload(uploadId).catch(() => undefined);
        if (upload && upload.metadata?.accountId !== principal.id)
          throw new AppError('FORBIDDEN', { reason: 'not_uploader' });
      }),
      onUploadFinish: tusHook(async (req, upload) => {
        const principal = await auth.principalOf(principalOf(req).id);
        const meta = metaOf(upload);
        const target = await media.target(principal, meta.caseId);
        const file = upload.storage?.path;
        if (!file) throw new AppError('NOT_FOUND', { what: 'upload', id: upload.id });
        const stored = await media.store(fs.createReadStream(file));
        const created = await media.register(principal, target, stored, meta);
        await Promise.all([
          fs.promises.rm(file, { force: true }),
          fs.promises.rm(`${file}.json`, { force: true }),
        ]);
        return {
          status_code: 200,
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(created),
        };
      }),
    });

    // tus bodies are raw bytes: leave the stream to the tus server.
    app.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null));

    const hand = {
      config: { access: { permission: 'case.write' as const } },
      schema: {
        tags: ['records'],
        summary: 'tus 断点续传上传音像记录（Upload-Metadata：caseId, activity, capturedAt …）',
      },
      handler: async (req: FastifyRequest, reply: FastifyReply) => {
        principals.set(req.raw, authOf(req).principal);
        reply.hijack();
        await tus.handle(req.raw, reply.raw);
      },
    };
    app.post('/api/v1/uploads', hand);
    for (const method of ['PATCH', 'HEAD', 'DELETE'] as const) {
      app.route({
        method,
        url: '/api/v1/uploads/:uploadId',
        ...hand,
        schema: { ...hand.schema, params: uploadParams },
      });
    }
  };
