import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import { cliEnvOf, createTestApp, type Client, type TestApp } from './support/app.js';
import { runCommand } from './support/cli.js';
import { decidedCase, disclosureAt, mp4Bytes, recordingOf } from './support/factories.js';

/**
 * Tamper (c) of the attack on a running instance: a record's content or a party's name changed
 * directly in the database verified and was served. Every sealed row is now recomputed against the
 * digest its latest audit entry sealed (`sanxiang verify-data`), naming each row changed, written
 * behind the application's back, or deleted.
 */
let t: TestApp;
let officer1: Client;
let caseId = '';
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  const head = await t.login('head');
  caseId = (await decidedCase(t, officer1, head)).id;
  await disclosureAt(t, caseId, 'published');
  await recordingOf(t, officer1, caseId, mp4Bytes('seal'));
});
afterAll(async () => t.close());

const db = () => t.services.database.db;

const cli = () => runCommand(['verify-data'], cliEnvOf(t));

describe('verify-data', () => {
  it('verifies every row the application wrote, across cases, records, recordings, decisions and publication', async () => {
    const result = await verifyData(db());
    expect(result.problems).toEqual([]);
    const counts = await Promise.all(
      (['enforcementCase', 'caseRecord', 'media', 'caseDecision', 'disclosureVersion'] as const).map(
        async (table) =>
          Number(
            (
              await db()
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
      ),
    );
    for (const n of counts) expect(n).toBeGreaterThan(0);
    expect(result.rows).toBeGreaterThanOrEqual(counts.reduce((a, b) => a + b, 0));
    expect((await cli()).code).toBe(0);
  });

  it('a stage change after the seal neither breaks it nor re-seals the content', async () => {
    await db()
      .updateTable('enforcementCase')
      .set({ partyName: '别的公司' })
      .where('id', '=', caseId)
      .execute();
    // a legitimate later step on the case (it writes stage/updatedAt only)
    await db()
      .transaction()
      .execute(async (tx) => {
        const { caseRepository } = await import('../src/server/modules/cases/case.repository.js');
        await caseRepository.update(tx, caseId, { updatedAt: new Date().toISOString() });
        await t.services.audit.append(
          tx,
          { id: null, name: 'test' },
          { action: 'test', objectType: 'case', objectId: caseId },
        );
      });
    const result = await verifyData(db());
    expect(result.problems).toContainEqual(
      expect.objectContaining({ row: `enforcementCase:${caseId}`, problem: 'changed' }),
    );
  });

  it('names a changed record, a row inserted behind the application and a deleted recording; the CLI exits 1', async () => {
    const record = await db()
      .selectFrom('caseRecord')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('caseRecord')
      .set({ content: `${record.content}（已改）` })
      .where('id', '=', record.id)
      .execute();
    const forged = randomUUID();
    await db()
      .insertInto('caseRecord')
      .values({ ...record, id: forged, seriesId: forged, seq: 999 })
      .execute();
    const media = await db()
      .selectFrom('media')
      .select('id')
      .where('caseId', '=', caseId)
      .executeTakeFirstOrThrow();
    await db().deleteFrom('evidenceItem').where('mediaId', '=', media.id).execute();
    await db().deleteFrom('media').where('id', '=', media.id).execute();

    const result = await verifyData(db());
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: `caseRecord:${record.id}`, problem: 'changed' }),
        { row: `caseRecord:${forged}`, problem: 'unsealed' },
        expect.objectContaining({ row: `media:${media.id}`, problem: 'deleted' }),
      ]),
    );
    const { code, lines } = await cli();
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain(`caseRecord:${record.id}`);
    expect(lines.at(-1)).toContain('"ok":false');
  });

  it('refuses to write a sealed row outside a transaction', async () => {
    const { recordRepository } = await import('../src/server/modules/records/record.repository.js');
    expect(() => recordRepository.insert(db(), { id: randomUUID() } as never)).toThrow(
      /inside a transaction/,
    );
  });
});
