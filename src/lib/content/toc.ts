// A table of contents from a page's flat heading list (as Astro's render() returns it).
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocEntry extends Heading {
  children: Heading[];
}

/** h2 entries with their following h3s as children; other depths are ignored. */
export function tableOfContents(headings: Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ ...h, children: [] });
    else if (h.depth === 3) toc.at(-1)?.children.push(h);
  }
  return toc;
}
