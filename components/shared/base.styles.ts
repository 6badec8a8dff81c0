import { css } from 'lit';

/**
 * Bootstrap Italia's look by default: on a page with Bootstrap Italia 2.x its own tokens
 * (`--bs-primary`, `--bs-body-color`, … custom properties inherit into shadow roots) are
 * used, so a comune's themed colour reaches the widgets; elsewhere its default values.
 * Every one can be set with a `--cie-*` custom property.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--cie-color-text, var(--bs-body-color, #1a1a1a));
    line-height: 1.5;
    --_primary: var(--cie-color-primary, var(--bs-primary, #0066cc));
    --_muted: var(--cie-color-muted, #5d7083);
    --_border: var(--cie-color-border, var(--bs-border-color, #c5c7c9));
    --_surface: var(--cie-color-surface, #ffffff);
    --_radius: var(--cie-radius, var(--bs-border-radius, 4px));
    --_space: var(--cie-space, 1rem);
    --_danger: var(--cie-color-danger, var(--bs-danger, #d9364f));
    --_success: var(--cie-color-success, var(--bs-success, #008055));
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--_primary);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  /* A phone number never breaks across lines; emails and addresses may, anywhere. */
  a.tel,
  .nowrap {
    white-space: nowrap;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  :is(h2, h3, h4, h5, h6):focus-visible,
  .error-summary:focus-visible,
  .failure:focus-visible,
  .receipt:focus-visible {
    /* The theme's colour next to the control, then a dark band: 3:1 or more on any light background (the orange alone is 2.1:1 on white, WCAG 1.4.11). Light-DOM sheets: ./focus-ring.ts. */
    outline: 3px solid var(--cie-color-focus-ring, #1a1a1a);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--cie-color-focus, #ff9900);
  }
  /* A heading the citizen was sent to (a path, a form from the guide's link) is a place to read from, not a control. */
  :is(h2, h3, h4, h5, h6):focus:not(:focus-visible) {
    outline: none;
    box-shadow: none;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: var(--cie-max-width, 48rem);
  }
  /* A type scale where a heading never reads as a label: 24/700, 18/700, labels 16/600, hints 14. */
  .heading {
    font-size: var(--cie-heading-size, 1.5rem);
    font-weight: 700;
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  .subheading {
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  .muted {
    color: var(--_muted);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  ul.plain {
    list-style: none;
    padding: 0;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .settings-error {
    overflow-wrap: anywhere;
    border-left: 4px solid var(--_danger);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_surface);
  }
  .settings-error button {
    font: inherit;
    min-height: 2.75rem;
  }
  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .loading {
    color: var(--_muted);
    /* The space the content will take (src/reserved-space.ts), so the page below does not jump. */
    min-height: var(--cie-reserved-height, var(--_reserved, auto));
    margin: 0;
  }
  @media (forced-colors: active) {
    .card,
    .settings-error {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
