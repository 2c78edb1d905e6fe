// The summary's pure work for 200 organisations: validating and taking in 200 backup files, and
// the numbers and rows the page renders. `npm run bench` runs this with the browser bench.
import { test } from 'vitest';
import { toCsv } from '../../src/lib/storage/csv';
import type { SummaryEntry } from '../../src/lib/summary/entries';
import { importFiles } from '../../src/lib/summary/import';
import { aggregate, matrixView, type ViewOptions } from '../../src/lib/summary/stats';
import { fullRows, matrixRows } from '../../src/lib/summary/export';
import { batch, formSpec } from '../summary-files';

const zhibu = formSpec('zhibu');
const files = batch('zhibu', 200).map((f) => ({ ...f, size: f.text.length }));
const entries: SummaryEntry[] = [...importFiles(new Map(), files).entries.values()];
const drafts = entries.map((e) => e.draft);
const all: ViewOptions = { col: 'self', filter: 'all', sort: 'name', threshold: null, reviewer: null };
const ids = (form: string) => (form === 'zhibu' ? zhibu.categories.flatMap((c) => c.items.map((i) => i.id)) : undefined);
const set = new Map(entries.map((e) => [e.id, e]));
// The same 200 organisations saved an hour later: every file meets its earlier version and is combined.
const later = files.map((f) => ({ ...f, text: f.text.replace(/"savedAt": "2026-11-20T08/, '"savedAt": "2026-11-20T09') }));

const cases: [string, () => unknown][] = [
  ['import 200 backup files (parse, validate, deduplicate)', () => importFiles(new Map(), files, new Date(), ids)],
  ['import 200 newer files over 200 imported (combine part by part)', () => importFiles(set, later, new Date(), ids)],
  ['aggregate (per item, organisation and category)', () => aggregate(zhibu, drafts, 'self')],
  ['matrix view: 未达标 only, sorted by items met, items below 80%', () => matrixView(zhibu, entries, { col: 'self', filter: 'unmet', sort: 'met-asc', threshold: 80, reviewer: null })],
  ['CSV of the whole matrix', () => toCsv(matrixRows(zhibu, matrixView(zhibu, entries, all), 'self'))],
  ['CSV of every field (200 × 20 rows)', () => toCsv(fullRows([zhibu], entries, []))],
];

test('200 organisations × 20 items', async ({ bench }) => {
  for (const [name, fn] of cases) {
    await bench(name, fn).run(); // the reporter prints the timings table
  }
});
