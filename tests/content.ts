// Reads the content files the way tests need them: YAML and MDX frontmatter as plain data.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const contentDir = join(import.meta.dirname, '..', 'content');

export function readYaml(path: string): unknown {
  return parse(readFileSync(join(contentDir, path), 'utf8'));
}

export function readFrontmatter(path: string): unknown {
  const text = readFileSync(join(contentDir, path), 'utf8');
  const match = text.match(/^---\n([\s\S]*?)\n---\n/);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]);
}

export function list(dir: string, ext: string): string[] {
  return readdirSync(join(contentDir, dir)).filter((f) => f.endsWith(ext)).map((f) => `${dir}/${f}`);
}

interface Form {
  title: string;
  categories: { id: string; name: string; items: { id: string; name: string; text: string }[] }[];
}

/** One 登记表 as the YAML holds it. */
export function standard(form: 'zhibu' | 'zongzhi'): Form {
  return readYaml(`standards/${form}.yaml`) as Form;
}
