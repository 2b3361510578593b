import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every path into a JSON value, the root excepted, up to `maxPaths` of them (breadth first). */
export function jsonPaths(value: Json, maxPaths = 2000): Path[] {
  const paths: Path[] = [];
  const queue: Array<{ value: Json; path: Path }> = [{ value, path: [] }];
  while (queue.length > 0 && paths.length < maxPaths) {
    const { value: current, path } = queue.shift()!;
    if (path.length > 0) paths.push(path);
    if (Array.isArray(current)) current.forEach((child, i) => queue.push({ value: child, path: [...path, i] }));
    else if (current !== null && typeof current === 'object') for (const [key, child] of Object.entries(current)) queue.push({ value: child, path: [...path, key] });
  }
  return paths;
}

const MUTATIONS = ['drop', 'duplicate', 'retype', 'empty', 'huge'] as const;
type Mutation = { kind: (typeof MUTATIONS)[number]; at: number; replacement: Json };

function apply(root: Json, path: Path, mutation: Mutation): void {
  let parent: Json = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string | number, Json>)[key] as Json;
  }
  if (parent === null || typeof parent !== 'object') return;
  const key = path[path.length - 1]!;
  const holder = parent as Record<string | number, Json>;
  const current = holder[key];
  if (current === undefined) return;
  switch (mutation.kind) {
    case 'drop':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete holder[key];
      return;
    case 'duplicate':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 0, structuredClone(current));
      else holder[`${key}`] = [structuredClone(current), structuredClone(current)];
      return;
    case 'retype':
      holder[key] = mutation.replacement;
      return;
    case 'empty':
      holder[key] = Array.isArray(current) ? [] : typeof current === 'string' ? '' : typeof current === 'object' && current !== null ? {} : 0;
      return;
    case 'huge':
      holder[key] = typeof current === 'string' ? current.repeat(200) : typeof current === 'number' ? Number.MAX_SAFE_INTEGER * 4 : current;
      return;
  }
}

/**
 * Structure-aware inputs: a valid document with 1 to 4 fields dropped, duplicated, retyped,
 * emptied or blown up, serialised as JSON (sometimes cut short), so that the fuzzing reaches
 * the schema and the checks behind JSON syntax, not only the JSON parser.
 */
export function mutatedJson(valid: unknown): fc.Arbitrary<string> {
  const base = JSON.parse(JSON.stringify(valid)) as Json;
  const paths = jsonPaths(base);
  const mutation = fc.record({
    kind: fc.constantFrom(...MUTATIONS),
    at: fc.nat({ max: paths.length - 1 }),
    replacement: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  });
  return fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 8 })).map(([mutations, cut]) => {
    const copy = structuredClone(base);
    for (const m of mutations) apply(copy, paths[m.at]!, m);
    const text = JSON.stringify(copy, null, 1);
    return cut === null ? text : text.slice(0, Math.floor(text.length * cut));
  });
}
