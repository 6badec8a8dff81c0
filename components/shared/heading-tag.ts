import { html, nothing, type TemplateResult } from 'lit';
import { clampLevel } from './heading.js';

/**
 * A real heading element at the page's level, for what is rendered in the page's light
 * DOM (the service card, the rating there), where no shadow root hides a role and
 * AgID's checker reads headings and their `data-element` markers.
 */
export function headingTag(level: number, text: string, id: string, className: string, marker?: string): TemplateResult {
  const element = marker ?? nothing;
  switch (clampLevel(level)) {
    case 2:
      return html`<h2 class=${className} id=${id} data-element=${element}>${text}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${id} data-element=${element}>${text}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${id} data-element=${element}>${text}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${id} data-element=${element}>${text}</h5>`;
    default:
      return html`<h6 class=${className} id=${id} data-element=${element}>${text}</h6>`;
  }
}
