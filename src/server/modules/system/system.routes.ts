import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
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
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['sqlite', 'postgres']),
            storage: z.enum(['local', 's3']),
            version: z.string(),
          }),
        },
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
