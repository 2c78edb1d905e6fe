// The branch book's pure work at scale: evidence for every rule of both 登记表 over 5 years of a
// 60-member branch with 1,000 records a year (the page computes one year at a time; here all five),
// and what a year of a 60-member branch takes in localStorage. `npm run bench` runs this and writes
// the sizes to bench-results/records.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import type { Rule } from '../../src/lib/content/schemas';
import { branchSpec } from '../../src/lib/records/branch';
import { newRecord, type Records } from '../../src/lib/records/record';
import { evaluate, indexYear } from '../../src/lib/records/rules';
import { bookRows } from '../../src/lib/records/sheets';
import { readEnvelope, writeEnvelope } from '../../src/lib/storage/envelope';
import { readYaml } from '../content';
import { branchBook } from '../records-data';

const rules = (['zhibu', 'zongzhi'] as const).flatMap((f) =>
  (readYaml(`standards/${f}.yaml`) as { categories: { items: { rules?: Rule[] }[] }[] }).categories.flatMap((c) => c.items.flatMap((i) => i.rules ?? [])),
);
const years = [2021, 2022, 2023, 2024, 2025];
// ~160 records a year as the standards ask, topped up with 集中学习 to 1,000 a year.
const book = branchBook(years);
const extra: Records = {};
for (const y of years) {
  const have = Object.values(book.records).filter((r) => r.date.startsWith(String(y))).length;
  for (let i = have; i < 1000; i++) {
    const r = newRecord({ type: '集中学习', date: `${y}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, theme: '自学', attendees: Object.keys(book.members).slice(0, 30), hours: 0.5 }, `x${y}${i}`);
    extra[r.id] = r;
  }
}
const big = { ...book, records: { ...book.records, ...extra } };
const oneYear = branchBook([2022]);
const stored = writeEnvelope(oneYear, branchSpec, new Date('2022-12-31T00:00:00Z'));
const sizes = {
  members: Object.keys(oneYear.members).length,
  recordsInYear: Object.keys(oneYear.records).length,
  storedChars: stored.length,
  storedUtf16KB: Math.round((stored.length * 2) / 102.4) / 10,
  storedUtf8KB: Math.round(Buffer.byteLength(stored) / 102.4) / 10,
  recordsIn5Years: Object.keys(big.records).length,
};
mkdirSync(join(import.meta.dirname, '../../bench-results'), { recursive: true });
writeFileSync(join(import.meta.dirname, '../../bench-results/records.json'), JSON.stringify(sizes, null, 2));
console.log(`records: a year of a ${sizes.members}-member branch (${sizes.recordsInYear} records) stores ${sizes.storedChars} characters = ${sizes.storedUtf16KB} KB as localStorage counts it (UTF-16), ${sizes.storedUtf8KB} KB as a UTF-8 file`);

const cases: [string, () => unknown][] = [
  [`evidence, all ${rules.length} rules × 5 years, 60 members, ${sizes.recordsIn5Years} records`, () => years.map((y) => { const ix = indexYear(big, y, '2026-01-01'); return rules.map((r) => evaluate(r, ix)); })],
  ['evidence, one year (what the 登记表 computes on each change)', () => { const ix = indexYear(big, 2023, '2026-01-01'); return rules.map((r) => evaluate(r, ix)); }],
  ['the year\'s 台账 as rows (print and CSV), 1,000 records', () => bookRows(big.orgName, big.records, big.members, 2023)],
  ['read back a stored year (parse + validate)', () => readEnvelope(stored, branchSpec)],
];

test('branch book: 5 years × 60 members × 1,000 records a year', async ({ bench }) => {
  for (const [name, fn] of cases) await bench(name, fn).run();
});
