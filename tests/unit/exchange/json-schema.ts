/**
 * The subset of JSON Schema (2020-12) that export.schema.json uses, checked
 * iteratively. Kept in the tests on purpose: it exists only to prove that the
 * published schema and the valibot validator agree, without adding a dependency.
 */
type Schema = Record<string, unknown>;

export interface SchemaError {
  path: string;
  message: string;
}

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

export function validateJsonSchema(root: Schema, data: unknown, limit = 50): SchemaError[] {
  const errors: SchemaError[] = [];
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const resolve = (s: Schema): Schema => {
    let current = s;
    while (typeof current.$ref === 'string') current = defs[current.$ref.replace('#/$defs/', '')] ?? {};
    return current;
  };
  const stack: [Schema, unknown, string][] = [[root, data, '']];
  while (stack.length && errors.length < limit) {
    const [raw, value, path] = stack.pop()!;
    const s = resolve(raw);
    const fail = (message: string) => errors.push({ path: path || '/', message });
    if (s.oneOf || s.anyOf) {
      const options = (s.oneOf ?? s.anyOf) as Schema[];
      const passing = options.filter((o) => validateJsonSchema({ ...o, $defs: defs }, value, 1).length === 0);
      if (s.oneOf ? passing.length !== 1 : passing.length === 0) fail('matches none of the alternatives');
      continue;
    }
    if ('const' in s && value !== s.const) fail(`should be ${JSON.stringify(s.const)}`);
    if (Array.isArray(s.enum) && !s.enum.includes(value)) fail('not one of the allowed values');
    const types =
      s.type === undefined ? [] : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (types.length && !types.some((t) => typeMatches(t, value))) {
      fail(`should be ${types.join(' or ')}`);
      continue;
    }
    if (typeof value === 'string') {
      if (typeof s.maxLength === 'number' && value.length > s.maxLength) fail('too long');
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value))
        fail('does not match pattern');
    }
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && value < s.minimum) fail('too small');
      if (typeof s.maximum === 'number' && value > s.maximum) fail('too large');
    }
    if (Array.isArray(value)) {
      if (typeof s.maxItems === 'number' && value.length > s.maxItems) fail('too many items');
      if (s.items)
        for (const [i, item] of value.entries()) stack.push([s.items as Schema, item, `${path}/${i}`]);
    } else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of (s.required ?? []) as string[]) if (!(key in object)) fail(`missing ${key}`);
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      for (const [key, child] of Object.entries(object)) {
        const schema = properties[key] ?? (s.additionalProperties as Schema | boolean | undefined);
        if (schema === false) fail(`unexpected property ${key}`);
        else if (schema && schema !== true) stack.push([schema, child, `${path}/${key}`]);
      }
    }
  }
  return errors;
}
