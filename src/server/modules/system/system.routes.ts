import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { health } from '../../../shared/contracts/system.js';
import type { Services } from '../../services.js';
import { APP_VERSION } from '../../version.js';

export const systemRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/v1/health', {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: '健康检查',
        response: { 200: health },
      },
      handler: async () => {
        await sql`select 1`.execute(services.database.db);
        return {
          status: 'ok' as const,
          database: services.database.dialect,
          storage: services.config.storage.kind,
          version: APP_VERSION,
        };
      },
    });
  };
