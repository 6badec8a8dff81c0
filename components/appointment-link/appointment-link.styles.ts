import { css } from 'lit';

export const appointmentLinkStyles = css`
  .label {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  /*
   * The booking link is the page's own element, slotted in: a page's rule for every link
   * (Bootstrap Italia's underlined blue) would win over these, so the two that would make
   * it unreadable on the button are !important; anything else a page may restyle.
   */
  ::slotted(a) {
    display: inline-block;
    padding: 0.5rem 1.25rem;
    min-height: 44px;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--cie-color-on-primary, #ffffff) !important;
    font-weight: 600;
    text-decoration: none !important;
  }
  ::slotted(a:hover) {
    text-decoration: underline !important;
  }
  ::slotted(a:focus-visible) {
    /* The ring of base.styles.ts, on the editor's own link. */
    outline: 3px solid var(--cie-color-focus-ring, #1a1a1a);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--cie-color-focus, #ff9900);
  }
  .modules {
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    ::slotted(a) {
      border: 2px solid ButtonText;
    }
  }
`;
