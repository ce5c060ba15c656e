/**
 * `cna-ingest schema`: the JSON Schema it prints accepts every line the
 * command writes and every Article of the corpus, and refuses lines that
 * break the Article's shape. Validated with Ajv (draft 2020-12), not by
 * the schema's own code.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, safeParseCnaPosts } from '../../src/index.js';
import { corpus, corpusAvailable, ensureBuilt, root, run } from './helpers.js';

let dir: string;
let schema: Record<string, unknown>;
let validate: ReturnType<Ajv2020['compile']>;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'cna-schema-'));
  const printed = run(['schema']);
  expect(printed.status).toBe(0);
  schema = JSON.parse(printed.stdout) as Record<string, unknown>;
  // Formats (uri, date-time) are not checked; the schema's patterns check the dates.
  validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errorsOf = (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`));

describe('cna-ingest schema', () => {
  it('prints a draft 2020-12 schema that requires every field of an Article', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('cna-ingest Article');
    expect([...(schema.required as string[])].sort()).toEqual(Object.keys(articleSchema.shape).sort());
  });

  it('accepts every line the command writes for the fixtures', () => {
    const out = join(dir, 'fixtures.ndjson');
    const ran = run([join(root, 'fixtures'), '--out', out, '--quiet', '--jobs', '1']);
    expect(ran.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.map(errorsOf).filter((errors) => errors.length > 0)).toEqual([]);
  });

  it.skipIf(!corpusAvailable)('accepts every Article of the corpus, as JSON', () => {
    const folder = join(corpus, 'cna');
    const inputs = readdirSync(folder).map((name) => readFileSync(join(folder, name)));
    let articles = 0;
    for (const result of safeParseCnaPosts(inputs)) {
      if (!result.ok) continue;
      articles += 1;
      const errors = errorsOf(JSON.parse(JSON.stringify(result.article)));
      if (errors.length > 0) expect(errors).toEqual([]);
    }
    expect(articles).toBeGreaterThan(2000);
  });

  it('refuses a line without a field, with a field of the wrong type, or with a field it does not know', () => {
    const line = JSON.parse(readFileSync(join(dir, 'fixtures.ndjson'), 'utf8').split('\n')[0] as string) as Record<string, unknown>;
    expect(errorsOf(line)).toEqual([]);
    const { date: _date, ...withoutDate } = line;
    expect(errorsOf(withoutDate)).toEqual([" must have required property 'date'"]);
    expect(errorsOf({ ...line, embeds: [{ kind: 'youtube', url: 'https://youtu.be/x', caption: 5, credit: null }] })).toEqual(['/embeds/0/caption must be string,null']);
    expect(errorsOf({ ...line, date: '2023-9-15' })).toEqual(['/date must match pattern "^\\d{4}-\\d{2}-\\d{2}$"']);
    expect(errorsOf({ ...line, extra: 1 })).toEqual([' must NOT have additional properties']);
  });

  it('takes no arguments', () => {
    const ran = run(['schema', 'posts']);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toContain('schema takes no arguments; got "posts".');
  });
});
