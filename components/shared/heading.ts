import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading at the level the page needs (`heading-level`): the element cannot know
 * where an editor put it, and a fixed <h2> would break the page's outline.
 */
export const heading = (level: number, text: string, id?: string, className = 'heading') =>
  html`<div role="heading" aria-level=${level} class=${className} part="heading" id=${ifDefined(id)}>${text}</div>`;
