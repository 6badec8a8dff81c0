import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level within what ARIA allows below the page's title: 2 to 6. */
export const clampLevel = (level: number) => Math.min(6, Math.max(2, Math.trunc(level) || 2));

/**
 * A heading at the level the page needs (`heading-level`): the element cannot know
 * where an editor put it, and a fixed <h2> would break the page's outline.
 */
export const heading = (level: number, text: string, id?: string, className = 'heading') =>
  html`<div role="heading" aria-level=${clampLevel(level)} class=${className} part="heading" id=${ifDefined(id)}>${text}</div>`;

/** A section's heading one level below the element's own. */
export const subheading = (level: number, text: string, id?: string) => heading(level + 1, text, id, 'subheading');

