// The service card lives in the page's light DOM, styled by the page: on a comune's site,
// Bootstrap Italia and the Designers Italia theme draw it. These sheets only keep it
// readable where they are missing. Constructable sheets, adopted by the document (or the
// shadow root the element sits in): no <style> element, so a strict CSP allows them.
import { adoptSheetOnce } from '../shared/adopt-sheet.js';
import { FOCUS_RING } from '../shared/focus-ring.js';

/**
 * The Designers Italia theme's own classes (title-xxlarge, it-page-section, has-bg-grey…),
 * which Bootstrap Italia alone does not style. Every selector is in :where(): zero
 * specificity, so any rule of the site's theme wins and nothing here fights it.
 */
const THEME_DEFAULTS = `
:where(.cie-service-card a) { overflow-wrap: anywhere; }
:where(.cie-service-card a.tel) { white-space: nowrap; }
:where(.cie-service-card .it-page-section) { margin-bottom: 2rem; scroll-margin-top: 1rem; }
:where(.cie-service-card .title-xxlarge) { font-size: 1.75rem; line-height: 1.25; font-weight: 700; margin: 0 0 1rem; }
:where(.cie-service-card .has-bg-grey) { background: #f2f7fc; padding: 1.5rem; border-radius: 4px; }
:where(.cie-service-card .text-paragraph) { font-size: 1.125rem; line-height: 1.6; margin: 0 0 1rem; }
:where(.cie-service-card .list-wrapper) { font-size: 1.125rem; line-height: 1.6; margin: 0 0 1rem; padding-inline-start: 1.25rem; }
`;

/** Bootstrap Italia's classes the card uses, drawn its way; only on pages without it. */
const WITHOUT_BOOTSTRAP_ITALIA = `
.cie-service-card { line-height: 1.5; }
.cie-service-card .row { display: flex; flex-wrap: wrap; }
.cie-service-card .col-12 { flex: 0 0 100%; max-width: 100%; min-width: 0; }
.cie-service-card .mb-0 { margin-bottom: 0; }
.cie-service-card .mb-2 { margin-bottom: 0.5rem; }
.cie-service-card .mb-4 { margin-bottom: 1.5rem; }
.cie-service-card .h5 { font-size: 1.25rem; line-height: 1.3; font-weight: 700; margin: 1.5rem 0 0.5rem; }
.cie-service-card .list-unstyled { list-style: none; padding: 0; }
.cie-service-card .fw-semibold { font-weight: 600; }
.cie-service-card .text-uppercase { text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.875rem; }
.cie-service-card .link-list { list-style: none; margin: 0; padding: 0; }
.cie-service-card .nav-link { display: block; padding: 0.5rem 0; color: #0066cc; text-decoration: none; }
.cie-service-card .nav-link:hover span { text-decoration: underline; }
.cie-service-card .card-teaser { border: 1px solid #d9dadb; border-radius: 4px; box-shadow: 0 2px 6px rgb(0 0 0 / 10%); max-width: 32rem; }
.cie-service-card .card-title { font-size: 1.125rem; }
.cie-service-card .d-flex { display: flex; }
.cie-service-card .flex-wrap { flex-wrap: wrap; }
.cie-service-card .gap-2 { gap: 0.5rem; }
.cie-service-card .btn { display: inline-block; padding: 0.75rem 1.5rem; border: 2px solid #0066cc; border-radius: 4px; font-weight: 600; text-decoration: none; }
.cie-service-card .btn-primary { background: #0066cc; color: #ffffff; }
.cie-service-card .btn-outline-primary { background: #ffffff; color: #0066cc; }
.cie-service-card a:focus-visible { ${FOCUS_RING} }
@media (min-width: 992px) {
  .cie-service-card .col-lg-3 { flex: 0 0 25%; max-width: 25%; }
  .cie-service-card .col-lg-8 { flex: 0 0 66.6667%; max-width: 66.6667%; }
  .cie-service-card .offset-lg-1 { margin-left: 8.3333%; }
  .cie-service-card .sticky-top { position: sticky; top: 0; }
}
`;

/** Whether the page has Bootstrap Italia 2 (it sets this property on :root, as AgID's checker reads it). */
export const hasBootstrapItalia = () => getComputedStyle(document.documentElement).getPropertyValue('--bootstrap-italia-version').trim() !== '';

/** Adopts the card's sheets once per root: two cards, or the bundle loaded twice, add nothing more. */
export const adoptServiceCardStyles = (root: Node) =>
  adoptSheetOnce(root, 'service-card-styles', () => THEME_DEFAULTS + (hasBootstrapItalia() ? '' : WITHOUT_BOOTSTRAP_ITALIA));
