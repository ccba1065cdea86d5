import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { Dataset } from './schema.ts';

/** Editors validate data/leerdam.json through its "$schema" key; regenerate after schema changes. */
const target = process.argv[2] ?? 'data/leerdam.schema.json';
const schema = z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' });
await writeFile(target, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${target}`);
