// The form pages hydrate their one island by hand instead of with `client:load`: Astro's island
// loader would add ~3.6 KB gzipped (inline runtime, renderer, preload helper) to pages with a
// 20–25 KB budget, and a <style> inside <body>, which HTML does not allow. The page renders the
// component inside <div id="…" data-props="…JSON…">, and the same props hydrate it here.
import { h, hydrate, type ComponentType } from 'preact';

export function hydrateIsland<P extends object>(id: string, component: ComponentType<P>) {
  const root = document.getElementById(id)!;
  hydrate(h(component, JSON.parse(root.dataset.props!) as P), root);
}
