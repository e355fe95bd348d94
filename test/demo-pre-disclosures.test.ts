import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { bootstrap } from '../src/server/bootstrap.js';
import { parseConfig } from '../src/server/config.js';
import { dropSchema, freshEnv } from './support/app.js';

/** A newcomer's portal after `npm start` (demo content): every 事前公开 section carries published content. */
const { env, schema } = freshEnv({ DEMO_CONTENT: 'true' });
const booted = bootstrap(parseConfig(env));
afterAll(async () => {
  const { services } = await booted;
  await services.database.close();
  await dropSchema(schema);
});

describe('demo 事前公开', () => {
  it('publishes every section through the workflow, the generated ones from the demo data', async () => {
    const { services } = await booted;
    const app = await buildApp(services);
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/public/pre-disclosures' });
      const { sections } = res.json<{ sections: { code: string; items: { id: string }[] }[] }>();
      for (const s of sections) expect(s.items.length, s.code).toBeGreaterThan(0);
      const officers = sections.find((s) => s.code === 'officers')?.items[0]?.id ?? '';
      const item = (
        await app.inject({ method: 'GET', url: `/api/v1/public/pre-disclosures/${officers}` })
      ).json<{
        body: { table: { rows: string[][] } };
      }>();
      expect(item.body.table.rows.map((r) => r[2])).toContain('44180001');
      const steps = await services.database.db
        .selectFrom('preDisclosureStep')
        .select('step')
        .where('step', '=', 'approved')
        .execute();
      expect(steps.length).toBeGreaterThanOrEqual(sections.length);
    } finally {
      await app.close();
    }
  }, 60_000);
});
