import { html, nothing, type TemplateResult } from 'lit';

/** A heading level within what ARIA allows below the page's title: 2 to 6. */
export const clampLevel = (level: number) => Math.min(6, Math.max(2, Math.trunc(level) || 2));

/**
 * A real `<h2>`–`<h6>` at the level the page needs (`heading-level`): the element cannot
 * know where an editor put it, and a fixed <h2> would break the page's outline. Native
 * headings, not `role="heading"`: a screen reader's list of headings, reader mode and
 * AgID's checker all read them. One template per level, as Lit needs. `part` is inert in
 * the page's light DOM; `marker` is AgID's `data-element`; `tabindex` -1 makes a heading
 * the citizen is sent to (a guide's path) focusable by script, not by Tab.
 */
function headingElement(level: number, text: string, id: string | undefined, className: string, marker?: string, tabindex?: string): TemplateResult {
  const [i, m, t] = [id ?? nothing, marker ?? nothing, tabindex ?? nothing];
  switch (clampLevel(level)) {
    case 2:
      return html`<h2 class=${className} part="heading" id=${i} data-element=${m} tabindex=${t}>${text}</h2>`;
    case 3:
      return html`<h3 class=${className} part="heading" id=${i} data-element=${m} tabindex=${t}>${text}</h3>`;
    case 4:
      return html`<h4 class=${className} part="heading" id=${i} data-element=${m} tabindex=${t}>${text}</h4>`;
    case 5:
      return html`<h5 class=${className} part="heading" id=${i} data-element=${m} tabindex=${t}>${text}</h5>`;
    default:
      return html`<h6 class=${className} part="heading" id=${i} data-element=${m} tabindex=${t}>${text}</h6>`;
  }
}

/** An element's heading in its shadow root. */
export const heading = (level: number, text: string, id?: string, className = 'heading', focusable = false) =>
  headingElement(level, text, id, className, undefined, focusable ? '-1' : undefined);

/** A section's heading one level below the element's own. */
export const subheading = (level: number, text: string, id?: string) => heading(level + 1, text, id, 'subheading');

/**
 * A heading in the page's light DOM (the service card, the rating there), where the
 * theme's classes style it and AgID's checker reads its `data-element` marker.
 */
export const headingTag = (level: number, text: string, id: string, className: string, marker?: string) =>
  headingElement(level, text, id, className, marker);
