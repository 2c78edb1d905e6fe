// Every built page is valid HTML by html-validate's recommended rules (config: .htmlvalidate.json).
// Two rules are relaxed there because the HTML standard allows what they forbid: `<input/>`
// (Astro and Preact write void elements that way) and ids with dots (standard items are
// `zhibu.dues`, and those ids are the anchors search results and links point to).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());

test('the build has every page to validate', () => {
  expect(pages.length).toBeGreaterThanOrEqual(20);
});

for (const file of pages) {
  test(`valid HTML: ${file}`, async () => {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), join(dist, file));
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `${m.line}:${m.column}`})`));
    expect(problems, file).toEqual([]);
  });
}
