// The rating's look. In the page's light DOM (under the service card) the site's
// Bootstrap Italia and Designers Italia theme draw its card, buttons and fields; these
// rules draw only what they do not (the stars in number order, hidden steps) and, in
// :where() with zero specificity, a plain look where they are missing. A form adopts the
// same sheet into its shadow root, where its own buttons' and radios' rules win.
import { adoptSheetOnce } from '../adopt-sheet.js';
import { FOCUS_RING } from '../focus-ring.js';

const RATING_CSS = `
.cie-rating [hidden] { display: none !important; }
.cie-rating .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.cie-rating .cie-rating-stars { display: flex; gap: 0.25rem; border: 0; margin: 0; padding: 0; min-width: 0; }
.cie-rating .cie-rating-stars input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.cie-rating .cie-rating-stars label { display: inline-flex; margin: 0; padding: 0.25rem; border-radius: 4px; cursor: pointer; }
.cie-rating .cie-rating-stars svg { width: 2rem; height: 2rem; fill: transparent; stroke: var(--cie-color-muted, #5d7083); stroke-width: 1.5; }
.cie-rating .cie-rating-stars label.filled svg { fill: var(--cie-color-primary, #0066cc); stroke: var(--cie-color-primary, #0066cc); }
.cie-rating .cie-rating-stars input:focus-visible + label { ${FOCUS_RING} }
.cie-rating .cie-rating-legend { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; width: 100%; }
:where(.cie-rating .card) { border: 1px solid #d9dadb; border-radius: 4px; padding: 1.5rem; margin: 1.5rem 0; }
:where(.cie-rating h2, .cie-rating h3, .cie-rating h4, .cie-rating h5, .cie-rating h6, .cie-rating .title-medium-2-bold) { font-size: 1.25rem; line-height: 1.4; font-weight: 600; margin: 0 0 1rem; }
:where(.cie-rating fieldset) { border: 0; margin: 1rem 0 0; padding: 0; min-width: 0; }
:where(.cie-rating legend) { font-size: 1.125rem; font-weight: 600; padding: 0; margin-bottom: 0.5rem; }
:where(.cie-rating .cie-rating-answer) { display: flex; align-items: center; gap: 0.5rem; padding: 0.5rem 0; border-bottom: 1px solid #e6e9f2; }
:where(.cie-rating .cie-rating-answer label) { font-weight: 400; margin: 0; }
:where(.cie-rating .form-group label) { display: block; font-weight: 600; margin-bottom: 0.25rem; }
:where(.cie-rating .form-control) { box-sizing: border-box; width: 100%; font: inherit; padding: 0.5rem; border: 0; border-bottom: 1px solid #5d7083; background: transparent; }
:where(.cie-rating .form-text) { display: block; color: var(--cie-color-muted, #5d7083); font-size: 0.875rem; }
:where(.cie-rating .cie-rating-actions) { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: center; padding-top: 1rem; }
:where(.cie-rating button) { font: inherit; font-weight: 700; min-height: 2.75rem; padding: 0.5rem 1.5rem; border: 2px solid var(--cie-color-primary, #0066cc); border-radius: 4px; background: #ffffff; color: var(--cie-color-primary, #0066cc); cursor: pointer; }
:where(.cie-rating button.btn-primary) { background: var(--cie-color-primary, #0066cc); color: #ffffff; }
:where(.cie-rating .cie-rating-status:empty) { margin: 0; }
:where(.cie-rating .cie-rating-failed) { border-left: 4px solid var(--cie-color-danger, #d9364f); padding: 0.5rem 1rem; }
@media (forced-colors: active) {
  .cie-rating .cie-rating-stars svg { stroke: CanvasText; }
  .cie-rating .cie-rating-stars label.filled svg { fill: Highlight; stroke: Highlight; }
}
`;

/** Adopts the sheet once per root (the document, for the light DOM). */
export const adoptRatingStyles = (root: Node) => adoptSheetOnce(root, 'rating-styles', () => RATING_CSS);
