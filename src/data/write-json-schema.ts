/**
 * `npm run schema`: writes the JSON Schema that editors check data/leerdam.json against (through its
 * "$schema" key); rerun it after schema changes.
 */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { Dataset } from './schema.ts';

const target = process.argv[2] ?? 'data/leerdam.schema.json';
const schema = z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' });
await writeFile(target, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${target}`);
