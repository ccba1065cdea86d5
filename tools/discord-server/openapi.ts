/**
 * Checks every body the bot sends against Discord's OpenAPI spec (vendored in discord-api-spec/),
 * allowing for the places where Discord accepts what the spec forbids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isObject, type JsonObject } from './types.ts';

/**
 * Discord's official OpenAPI spec (MIT, see LICENSE beside it), vendored so a clean clone can run
 * the tests wherever it is checked out. Refresh it from github.com/discord/discord-api-spec.
 */
const DEFAULT_SPEC = fileURLToPath(new URL('./discord-api-spec/openapi.json', import.meta.url));
const ROOT_ID = 'https://fake-discord.invalid/openapi.json';

function defaultSpecPath(): string {
  return process.env.DISCORD_OPENAPI_SPEC ?? DEFAULT_SPEC;
}

/**
 * Validates request bodies against Discord's OpenAPI document. Schemas are compiled per route on
 * first use and shared by every FakeDiscord in the process.
 */
export class OpenApiValidator {
  readonly #ajv: Ajv2020;
  readonly #doc: JsonObject;
  readonly #cache = new Map<string, ValidateFunction | null>();

  constructor(specPath: string) {
    if (!existsSync(specPath)) {
      throw new Error(
        `Discord OpenAPI spec not found at ${specPath} (set DISCORD_OPENAPI_SPEC or pass validate: { openapi: false })`,
      );
    }
    this.#doc = JSON.parse(readFileSync(specPath, 'utf8')) as JsonObject;
    discriminateUnions(this.#doc, this.#doc);
    // strict off: the spec carries OpenAPI-only keywords (x-discord-union, discriminator notes).
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, validateFormats: true });
    for (const format of ['int32', 'int64', 'double', 'float', 'snowflake', 'nonce']) this.#ajv.addFormat(format, true);
    this.#ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    // discord.js sends attachment://name.png inside embeds; any absolute URL is acceptable.
    this.#ajv.addFormat('uri', (s: string) => URL.canParse(s));
    this.#ajv.addSchema({ ...this.#doc, $id: ROOT_ID });
  }

  /** Problems as `openapi: where message` strings; empty when the body matches the spec. */
  validate(specPath: string, method: string, body: unknown): string[] {
    const validate = this.#compiled(specPath, method);
    if (!validate || validate(normalizeKnownGaps(body))) return [];
    return formatErrors(validate.errors ?? []);
  }

  #compiled(specPath: string, method: string): ValidateFunction | null {
    const key = `${method.toLowerCase()} ${specPath}`;
    if (this.#cache.has(key)) return this.#cache.get(key) ?? null;
    const pointer = `#/paths/${escapePointer(specPath)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`;
    const validate =
      resolvePointer(this.#doc, pointer) === undefined
        ? null
        : this.#ajv.compile({ $ref: `${ROOT_ID}${encodeFragment(pointer)}` });
    this.#cache.set(key, validate);
    return validate;
  }
}

/**
 * The spec writes tagged unions (callbacks, components, command options) as plain oneOf/anyOf.
 * A failing body then gets errors from every branch, burying the one that matters. Where each
 * branch pins `type` to disjoint values, rewrite the union as if/then on `type` so only the
 * branch the body claims to be is checked, and an unknown `type` is one clear enum error.
 */
function discriminateUnions(node: unknown, doc: JsonObject, seen = new Set<unknown>()): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) discriminateUnions(item, doc, seen);
    return;
  }
  const obj = node as JsonObject;
  for (const value of Object.values(obj)) discriminateUnions(value, doc, seen);
  const keyword = Array.isArray(obj.oneOf) ? 'oneOf' : Array.isArray(obj.anyOf) ? 'anyOf' : null;
  if (!keyword) return;
  const branches = obj[keyword] as unknown[];
  const tags = branches.map((b) => typeTag(b, doc));
  if (branches.length < 2 || tags.some((t) => t === null)) return;
  const all: unknown[] = tags.flat();
  if (new Set(all).size !== all.length) return;
  Reflect.deleteProperty(obj, keyword);
  obj.allOf = [
    ...(Array.isArray(obj.allOf) ? obj.allOf : []),
    { type: 'object', required: ['type'], properties: { type: { enum: all } } },
    ...branches.map((branch, i) => ({ if: { properties: { type: { enum: tags[i] } } }, then: branch })),
  ];
}

function typeTag(branch: unknown, doc: JsonObject): unknown[] | null {
  let target = branch;
  for (let hops = 0; isObject(target) && typeof target.$ref === 'string' && hops < 5; hops++)
    target = resolvePointer(doc, target.$ref);
  if (!isObject(target) || !isObject(target.properties)) return null;
  const tag = target.properties.type;
  if (!isObject(tag)) return null;
  if (Array.isArray(tag.enum)) return tag.enum as unknown[];
  return 'const' in tag ? [tag.const] : null;
}

let shared: { path: string; validator: OpenApiValidator } | null = null;

export function openApiValidator(specPath = defaultSpecPath()): OpenApiValidator {
  if (shared?.path !== specPath) shared = { path: specPath, validator: new OpenApiValidator(specPath) };
  return shared.validator;
}

/**
 * Places where Discord (and its own docs) accept what the spec forbids. Left alone, every
 * upload and every permission-gated command from discord.js would be reported, hiding real
 * problems. Returns a normalized deep copy; the recorded body is untouched.
 */
function normalizeKnownGaps(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => {
      // New uploads are announced with their integer index (0, 1, …) matching files[n]; the spec
      // types attachment ids as snowflake strings.
      if (key === 'attachments' && isObject(item) && typeof item.id === 'number')
        return { ...(normalizeKnownGaps(item) as JsonObject), id: String(item.id) };
      return normalizeKnownGaps(item);
    });
  }
  if (!isObject(value)) {
    // Permission bitfields are strings in the docs and in discord.js; the request schemas say integer.
    if (key === 'default_member_permissions' && typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeKnownGaps(v, k)]));
}

function formatErrors(errors: ErrorObject[]): string[] {
  const seen = new Set<string>();
  for (const e of errors) {
    // Branch-mismatch noise from nested oneOf/anyOf says nothing the leaf errors don't.
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    // `oneOf: [{type: null}, X]` is how the spec spells "nullable"; the null branch's miss is noise.
    if (e.keyword === 'type' && e.params.type === 'null') continue;
    const where = e.instancePath === '' ? '(body)' : e.instancePath.slice(1).replaceAll('/', '.');
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String(e.params.additionalProperty)})`
        : e.keyword === 'enum'
          ? ` (${(e.params.allowedValues as unknown[]).map(String).join(', ')})`
          : '';
    seen.add(`openapi: ${where} ${e.message ?? e.keyword}${extra}`);
  }
  if (seen.size === 0 && errors.length > 0) seen.add(`openapi: body matches none of the allowed shapes`);
  return [...seen];
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Ajv parses $ref as a URI, so braces in path templates must be percent-encoded. */
function encodeFragment(pointer: string): string {
  return pointer.replaceAll('{', '%7B').replaceAll('}', '%7D');
}

function resolvePointer(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node)) return undefined;
    node = node[part];
  }
  return node;
}
