// Loaded on demand by /dues/: renders the roll in place of its "open" button.
import { h, render } from 'preact';
import Roll from './Roll';

export function mountRoll(root: HTMLElement) {
  root.textContent = '';
  render(h(Roll, {}), root);
}
