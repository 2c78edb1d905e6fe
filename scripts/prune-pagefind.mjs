#!/usr/bin/env node
// After `pagefind`: delete the ready-made search UIs Pagefind writes beside its engine. The search
// page has its own UI (src/scripts/search.ts) and loads only pagefind.js, its worker, the WASM and
// the index; the rest would be shipped and never used.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.argv[2] ?? 'dist', 'pagefind');
export const unused = ['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui'].flatMap((n) => [`${n}.js`, `${n}.css`]).concat('pagefind-highlight.js');
for (const name of unused) rmSync(join(dir, name), { force: true });
