/**
 * `cna-ingest schema`: the JSON Schema (draft 2020-12) of one line of
 * `--out`, an Article, made from `articleSchema` by zod's own
 * `z.toJSONSchema`. For readers of the NDJSON in other languages: validate
 * lines, or generate types (pydantic, BigQuery, TypeScript) from it.
 */
import { z } from 'zod';
import { articleSchema } from '../schema.js';
import { parseOrExplain } from './args.js';
import { CommandError } from './errors.js';
import { schemaHelp } from './help.js';
import type { CommandIo } from './io.js';
import { readVersion } from './version.js';

/** The JSON Schema of an Article as the command writes it (the output of `articleSchema`). */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(articleSchema, { target: 'draft-2020-12', io: 'output' });
  const { $schema, ...rest } = schema;
  return { $schema, title: 'cna-ingest Article', description: `One line of \`cna-ingest --out\` (cna-ingest ${readVersion()}).`, ...rest };
}

export function runSchemaCommand(argv: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseOrExplain(argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help === true) {
    io.stdout.write(schemaHelp);
    return 0;
  }
  if (positionals.length > 0) {
    throw new CommandError(`schema takes no arguments; got ${JSON.stringify(positionals[0])}.`, { hint: 'Run `cna-ingest schema --help` for the usage.' });
  }
  io.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  return 0;
}
