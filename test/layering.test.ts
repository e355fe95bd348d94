import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layering rules in `eslint.config.js` (part of `npm run check`) refuse what they should: each
 * probe is a real file in the tree, linted with the project's own configuration, then removed.
 */
const root = path.resolve(import.meta.dirname, '..');
const probes: string[] = [];
afterAll(() => {
  for (const p of probes) fs.rmSync(p, { force: true });
});

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const full = path.join(root, file);
  probes.push(full);
  fs.writeFileSync(full, source);
  const [result] = await new ESLint({ cwd: root }).lintFiles([full]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message.replace(/^.* is restricted from being used by a pattern\. /, ''));
}

describe('the layering lint rules', () => {
  it('refuse the web importing the server, and the server importing the web', async () => {
    expect(
      await restrictedImports(
        'src/web/layering-probe.ts',
        "import type { Services } from '../server/services.js';\nexport type S = Services;\n",
      ),
    ).toEqual(['The web imports only src/shared from the server side.']);
    expect(
      await restrictedImports(
        'src/server/layering-probe.ts',
        "import { t } from '../web/i18n/index.js';\nexport const x = t;\n",
      ),
    ).toEqual(['The server never imports the web.']);
  }, 120_000);

  it("refuse a module importing another module's repository, and allow its own", async () => {
    expect(
      await restrictedImports(
        'src/server/modules/review/layering-probe.ts',
        "import { caseRepository } from '../cases/case.repository.js';\nexport const r = caseRepository;\n",
      ),
    ).toEqual(["Read another module's data through its service, never its repository."]);
    expect(
      await restrictedImports(
        'src/server/modules/cases/layering-probe.ts',
        "import { caseRepository } from './case.repository.js';\nexport const r = caseRepository;\n",
      ),
    ).toEqual([]);
  }, 120_000);

  it('refuse src/shared importing either side', async () => {
    expect(
      await restrictedImports(
        'src/shared/layering-probe.ts',
        "import { AppError } from '../server/platform/errors.js';\nexport const e = AppError;\n",
      ),
    ).toEqual(['src/shared is imported by both sides and imports neither.']);
  }, 120_000);
});
