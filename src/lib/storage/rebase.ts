// Field-level merge for two tabs editing one draft. A tab keeps the version it last read or
// wrote (`base`); its own edits are what differ from base. When another tab saves (`theirs`),
// our edits are replayed on top of theirs, so neither tab overwrites fields the other changed.
// Arrays and scalars are leaves: a list edited in both tabs keeps ours.

type Json = unknown;
export type Path = string[];

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: Json, b: Json): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Leaf paths where `mine` differs from `base` (added, changed or removed). */
export function changedPaths(base: Json, mine: Json, at: Path = []): Path[] {
  if (isObject(base) && isObject(mine)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(mine)]);
    return [...keys].flatMap((k) => changedPaths(base[k], mine[k], [...at, k]));
  }
  return same(base, mine) ? [] : [at];
}

function get(v: Json, path: Path): Json {
  return path.reduce<Json>((o, k) => (isObject(o) ? o[k] : undefined), v);
}

function set(target: Record<string, Json>, path: Path, value: Json): void {
  let o = target;
  for (const k of path.slice(0, -1)) {
    if (!isObject(o[k])) o[k] = {};
    o = o[k] as Record<string, Json>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete o[last];
  else o[last] = value;
}

/** `theirs` with our edits since `base` applied on top. */
export function rebase<T>(base: T, mine: T, theirs: T): T {
  const paths = changedPaths(base, mine);
  if (paths.length === 0) return theirs;
  if (paths.some((p) => p.length === 0)) return mine;
  const out = structuredClone(theirs) as Record<string, Json>;
  for (const p of paths) {
    // Where theirs removed what holds our edit (e.g. deleted the record being typed in), ours comes
    // back whole: one field alone would be a record without its other fields.
    const gone = p.findIndex((_, i) => i > 0 && !isObject(get(out, p.slice(0, i))));
    const at = gone > 0 ? p.slice(0, gone) : p;
    set(out, at, structuredClone(get(mine, at)));
  }
  return out as T;
}
