// The storage envelope every saved record uses: { schemaVersion, savedAt, data }.
// Reading never throws and never drops anything: bad data comes back as 'corrupt' with the raw
// string, so the caller can keep it aside and tell the user. Stored data is validated with valibot,
// not zod: it runs in the browser, and the checklist's 20 KB budget cannot carry zod/mini's ~6.5 KB
// (valibot costs ~2.2 KB for the same schemas). Content schemas, checked at build time, use zod.
import * as v from 'valibot';

/** Which write this is and which it was based on: tells two tabs' concurrent saves apart. */
export interface Revision {
  rev?: string;
  parent?: string;
  /** This save replaced, in a field both tabs edited, the text of its parent (whose tab is told). */
  clash?: boolean;
}

export interface Envelope<T> extends Revision {
  schemaVersion: number;
  savedAt: string;
  data: T;
}

export interface RecordSpec<T> {
  /** The version this code writes. */
  version: number;
  schema: v.GenericSchema<unknown, T>;
  /** migrations[n] turns version-n data into version n+1 data. */
  migrations?: Record<number, (data: unknown) => unknown>;
}

export type ReadResult<T> =
  | { ok: true; envelope: Envelope<T>; migrated: boolean }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'corrupt' | 'newer'; message: string; raw: string };

const stamp = v.pipe(v.string(), v.maxLength(64));
const envelopeShape = v.object({
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  savedAt: stamp,
  rev: v.optional(stamp),
  parent: v.optional(stamp),
  clash: v.optional(v.boolean()),
  data: v.unknown(),
});

/** Parses and validates a stored envelope, running migrations up to spec.version. */
export function readEnvelope<T>(raw: string | null, spec: RecordSpec<T>): ReadResult<T> {
  if (raw === null) return { ok: false, reason: 'missing' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt', message: '保存的数据已损坏（不是有效的 JSON）', raw };
  }
  const outer = v.safeParse(envelopeShape, json);
  const badShape = { ok: false, reason: 'corrupt', message: '保存的数据格式不对（版本号或保存时间无效）', raw } as const;
  if (!outer.success) return badShape;
  let { schemaVersion: version, data } = outer.output;
  if (version > spec.version) {
    return { ok: false, reason: 'newer', message: `这份数据来自更新版本的网站（版本 ${version}），当前页面只支持到版本 ${spec.version}`, raw };
  }
  // Checked after the version: a newer version's record is reported as newer whatever it wrote.
  if (Number.isNaN(Date.parse(outer.output.savedAt))) return badShape;
  const migrated = version < spec.version;
  try {
    for (; version < spec.version; version++) {
      const step = spec.migrations?.[version];
      if (!step) return { ok: false, reason: 'corrupt', message: `无法从版本 ${version} 升级保存的数据`, raw };
      data = step(data);
    }
  } catch {
    return { ok: false, reason: 'corrupt', message: `升级版本 ${version} 的数据时出错`, raw };
  }
  const inner = v.safeParse(spec.schema, data);
  if (!inner.success) {
    const issue = inner.issues[0];
    const where = v.getDotPath(issue) || '整体';
    // Our own checks say in Chinese what is wrong; valibot's English defaults ("Invalid type: …") are left out.
    const what = issue.message.startsWith('Invalid') ? '' : `：${issue.message}`;
    return { ok: false, reason: 'corrupt', message: `保存的数据内容不合规（${where}${what}）`, raw };
  }
  const { savedAt, rev, parent, clash } = outer.output;
  return { ok: true, envelope: { schemaVersion: spec.version, savedAt, rev, parent, clash, data: inner.output }, migrated };
}

export function writeEnvelope<T>(data: T, spec: RecordSpec<T>, now: Date, revision: Revision = {}): string {
  const envelope: Envelope<T> = { schemaVersion: spec.version, savedAt: now.toISOString(), ...revision, data };
  return JSON.stringify(envelope);
}
