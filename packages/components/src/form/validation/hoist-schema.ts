/**
 * Build-time shrinking of ajv standalone code. ajv copies every schema it references into the
 * module as a whole object literal (`const schema36 = {…the whole form schema…}`), although the
 * code reads only a few leaves (an enum's values for the error's `allowedValues`, a `const`…).
 * Each leaf read becomes its own constant and the whole copy goes when nothing else reads it:
 * the same values, the same identity across calls, without the titles, descriptions and layout
 * hints of every field.
 *
 * @example
 * hoistSchemaLeaves('const schema1 = {"properties":{"a":{"enum":[1,2]}}};function v(d){return schema1.properties.a.enum;}');
 * // 'const __schema1_0 = [1,2];function v(d){return __schema1_0;}'
 */
export function hoistSchemaLeaves(source: string): string {
  let out = source;
  for (const decl of out.matchAll(/\bconst (schema\d+) = /g)) {
    const name = decl[1];
    const start = out.indexOf(decl[0]);
    if (start < 0) continue;
    const from = start + decl[0].length;
    const end = endOfJson(out, from);
    if (end < 0 || out[end] !== ';') continue;
    let schema: unknown;
    try {
      schema = JSON.parse(out.slice(from, end));
    } catch {
      continue; // not a plain literal: leave it as ajv wrote it
    }
    const declaration = out.slice(start, end + 1);
    const marker = '/*@duikit-hoist@*/';
    let rest = out.slice(0, start) + marker + out.slice(end + 1);
    const leaves = new Map<string, string>();
    const access = new RegExp(
      `\\b${name}((?:\\.[A-Za-z_$][\\w$]*|\\["(?:[^"\\\\]|\\\\.)*"\\]|\\[\\d+\\])+)`,
      'g',
    );
    rest = rest.replace(access, (all, path: string) => {
      // `schema1.enum.includes(x)`: hoist the longest part that names a value, keep the rest.
      const known = resolvablePrefix(schema, path);
      if (!known) return all;
      let leaf = leaves.get(known);
      if (!leaf) leaves.set(known, (leaf = `__${name}_${leaves.size}`));
      return leaf + path.slice(known.length);
    });
    // A bare reference (the whole schema passed somewhere) keeps the copy.
    const keep = new RegExp(`\\b${name}\\b`).test(rest);
    const hoisted = [...leaves].map(
      ([path, leaf]) => `const ${leaf} = ${JSON.stringify(readPath(schema, path))};`,
    );
    out = rest.replace(marker, () => (keep ? declaration : '') + hoisted.join(''));
  }
  return out;
}

const STEP = /\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]/g;

/** Follows `.a["b"][0]` from `value`; `undefined` when a step is missing. */
function readPath(value: unknown, path: string): unknown {
  let v = value;
  for (const m of path.matchAll(STEP)) v = step(v, m);
  return v;
}

/** The longest leading part of `path` that names an own value of `schema` ('' when none does). */
function resolvablePrefix(schema: unknown, path: string): string {
  let v = schema;
  let length = 0;
  for (const m of path.matchAll(STEP)) {
    v = step(v, m);
    if (v === undefined) break;
    length = m.index + m[0].length;
  }
  return path.slice(0, length);
}

function step(v: unknown, m: RegExpMatchArray): unknown {
  if (v === null || typeof v !== 'object') return undefined;
  const key = m[1] ?? (m[2] !== undefined ? (JSON.parse(m[2]) as string) : Number(m[3]));
  return Object.prototype.hasOwnProperty.call(v, key)
    ? (v as Record<string | number, unknown>)[key]
    : undefined;
}

/** Index just past the JSON object or array starting at `from`, or -1. Strings may hold brackets. */
function endOfJson(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
