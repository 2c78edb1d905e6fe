#!/usr/bin/env node
// `npm run deps`: every production dependency in package-lock.json — what the built site and the build
// itself are made of — with its version and licence, offline (nothing is fetched). Packages for other
// platforms (os/cpu) are listed too, marked, since another machine installs them. A licence the
// lockfile does not record is read from the installed package.json. Ends with a count per licence.
// `--all` adds the development tools (tests, checks, bench).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const all = process.argv.includes('--all');

const licenceOf = (path, entry) => {
  if (entry.license) return entry.license;
  const file = join(root, path, 'package.json');
  if (!existsSync(file)) return '（未记录 not recorded）';
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const legacy = Array.isArray(pkg.licenses) ? pkg.licenses.map((l) => l.type ?? l).join(' OR ') : undefined;
  return pkg.license?.type ?? pkg.license ?? legacy ?? '（未声明 none declared）';
};

const rows = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path.startsWith('node_modules/') || entry.link) continue; // links: their target's entry counts
  if (!all && (entry.dev || entry.devOptional)) continue;
  const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const platform = [entry.os, entry.cpu, entry.libc].flat().filter(Boolean).join(' ');
  const notes = [entry.dev || entry.devOptional ? 'dev' : '', entry.optional ? 'optional' : '', platform && `only ${platform}`].filter(Boolean).join(', ');
  rows.push({ name, version: entry.version, licence: licenceOf(path, entry), notes });
}
// Local packages (file: dependencies) have their entry under their folder's path.
for (const [path, entry] of Object.entries(lock.packages)) {
  if (path && !path.startsWith('node_modules/') && (all || !entry.dev)) {
    rows.push({ name: entry.name, version: entry.version, licence: entry.license ?? licenceOf(path, entry), notes: `local ${path}` });
  }
}
rows.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

const width = (key) => Math.max(...rows.map((r) => r[key].length));
const [nw, vw, lw] = [width('name'), width('version'), width('licence')];
for (const r of rows) console.log(`${r.name.padEnd(nw)}  ${r.version.padEnd(vw)}  ${r.licence.padEnd(lw)}  ${r.notes}`.trimEnd());

const counts = new Map();
for (const r of rows) counts.set(r.licence, (counts.get(r.licence) ?? 0) + 1);
const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ');
console.log(`\n${rows.length} ${all ? '' : 'production '}packages (${summary})`);
