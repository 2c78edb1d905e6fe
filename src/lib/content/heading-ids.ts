// Markdown plugin: `## 一、理论学习 {#study}` → <h2 id="study">一、理论学习</h2>.
// Chinese headings would otherwise get Chinese slugs; anchors must be stable ASCII.
// Astro's own heading pass runs after this one and keeps an id that is already set,
// so the table of contents sees the clean text and the ASCII id. (In MDX, write `\{#study}`.)
import type { HastPluginDefinition } from 'satteri';

const marker = /\s*\{#([a-z0-9-]+)\}\s*$/;

/** Splits a trailing `{#id}` off a heading's text; null when there is none. */
export function splitHeadingId(text: string): { text: string; id: string } | null {
  const match = text.match(marker);
  return match ? { text: text.slice(0, match.index), id: match[1] } : null;
}

export const headingIds: HastPluginDefinition = {
  name: 'heading-ids-from-markers',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const split = splitHeadingId(last.value);
      if (!split) return;
      ctx.setProperty(node, 'id', split.id);
      ctx.replaceNode(last, { type: 'text', value: split.text });
    },
  },
};
