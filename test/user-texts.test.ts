import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS } from '../src/server/modules/cases/case-deadlines.js';
import { HOME_RECORDING_WARNING, RECORDING_SCRIPT } from '../src/server/modules/cases/case.rules.js';
import { PARAMETER_DEFINITIONS } from '../src/server/modules/parameters/parameter.definitions.js';
import { DEFAULT_CHECKLIST } from '../src/server/modules/records/evaluation.rules.js';
import { RECORD_TEMPLATES } from '../src/server/modules/records/record-templates.js';
import { DEFAULT_CATALOG_RULES } from '../src/server/modules/review/review.rules.js';
import { ERROR_MESSAGES, ERROR_REASONS } from '../src/shared/error-codes.js';
import { INTERNAL_MARKER } from '../src/shared/legal-sources.js';
import { zhCN } from '../src/web/i18n/zh-CN.js';

/** Every string inside a value (objects, arrays, functions left out). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The string literals and template texts of a source file (comments are not literals). */
function literals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/**
 * Internal markers ([S], [?], [T], 阈值可配置, the implementation plan's section numbers such as
 * §二(一)) belong in the docs; what users read names the legal source in words (issue 14).
 */
describe('texts that reach users carry no internal markers', () => {
  it('the marker pattern finds what it should', () => {
    for (const marked of ['依据 [S]', '待确认 [?]', '[T]', '§二(一)5', '阈值可配置', '实施方案 二(三)3'])
      expect(marked).toMatch(INTERNAL_MARKER);
    for (const plain of ['《行政处罚法》第六十三条', '实施方案“明确审核范围”', '[A]'])
      expect(plain).not.toMatch(INTERNAL_MARKER);
  });

  it('the review catalog, parameters, deadlines, checklists, templates, warnings, errors and the web catalogue', () => {
    const texts = strings([
      DEFAULT_CATALOG_RULES,
      Object.values(PARAMETER_DEFINITIONS).map((d) => [d.label, d.source, d.default]),
      DEADLINE_KINDS,
      DEFAULT_CHECKLIST,
      RECORD_TEMPLATES,
      RECORDING_SCRIPT,
      HOME_RECORDING_WARNING,
      ERROR_MESSAGES,
      ERROR_REASONS,
      zhCN,
    ]);
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.filter((s) => INTERNAL_MARKER.test(s))).toEqual([]);
  });

  it('no string literal in src/ (server, shared, web) carries one', () => {
    const root = path.join(import.meta.dirname, '..', 'src');
    // the migration that replaces the old marked texts names them
    const replacing = path.join(root, 'server/platform/db/migrations/20261214_0017_catalog_sources.ts');
    const files = sourceFiles(root).filter((file) => file !== replacing);
    expect(files.length).toBeGreaterThan(100);
    const marked = files.flatMap((file) =>
      literals(file)
        .filter((l) => INTERNAL_MARKER.test(l.text))
        .map((l) => `${path.relative(root, file)}:${l.line}: ${l.text}`),
    );
    expect(marked).toEqual([]);
  });
});
