import { css } from 'lit';

/**
 * Request forms drawn as Bootstrap Italia 2.x draws its own: inputs with a bottom border,
 * labels above them (never floating over the answer), its radios and checkboxes, its
 * buttons, its alert for errors; GOV.UK's error summary pattern inside that alert.
 */
export const formStyles = css`
  form {
    margin: 0;
  }
  /*
   * A bots' trap: out of sight, out of the tab order and hidden from assistive technology.
   * Clipped in place rather than moved off screen, which on a right-to-left page would
   * widen it by 10,000 px of sideways scroll.
   */
  .trap {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Section headings stand apart from the labels under them. */
  form .subheading {
    font-size: 1.125rem;
    margin-top: calc(var(--_space) * 1.5);
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .notice-text {
    margin: 0.5rem 0 0 1.75rem;
  }
  .notice-text summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    min-height: 1.5rem;
  }
  .notice-text dt {
    font-weight: 600;
    margin-top: 0.5rem;
  }
  .notice-text dd {
    margin: 0;
  }
  .required-note {
    margin: 0 0 var(--_space);
  }
  .intro {
    border-left: 4px solid var(--_primary);
    padding-left: 0.75rem;
  }
  .field {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
    padding: 0;
  }
  legend {
    font-weight: 700;
  }
  /* The question bold, its options regular: the two never read alike. */
  .choice label {
    margin: 0;
    font-weight: 400;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0 0 0.25rem;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'] {
    display: block;
    width: 100%;
    max-width: 30rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 0;
    border-bottom: 1px solid var(--cie-color-input-border, #5d7083);
    border-radius: 0;
  }
  input.medium {
    max-width: 16rem;
  }
  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .date-part label {
    font-weight: normal;
  }
  input.date-day {
    width: 3.5rem;
  }
  input.date-year {
    width: 5rem;
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  input[type='file']::file-selector-button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    margin-inline-end: 0.75rem;
    padding: 0.5rem 1.25rem;
    color: var(--_primary);
    background: var(--_surface);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding: 0.25rem 0;
  }
  /* Bootstrap Italia's radios and checkboxes: 20 px, a 2 px ring, the primary colour when chosen. */
  .choice input {
    appearance: none;
    display: grid;
    place-content: center;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
    border: 2px solid var(--cie-color-input-border, #5d7083);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice input[type='radio'] {
    border-radius: 50%;
  }
  .choice input[type='radio']:checked {
    border-color: var(--_primary);
    background: radial-gradient(var(--_primary) 0 45%, var(--_surface) 50%);
  }
  .choice input[type='checkbox'] {
    border-radius: var(--_radius);
  }
  .choice input[type='checkbox']:checked {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .choice input[type='checkbox']:checked::before {
    content: '';
    width: 0.375rem;
    height: 0.7rem;
    margin-top: -0.15rem;
    border: solid var(--cie-color-on-primary, #ffffff);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .choice label {
    cursor: pointer;
  }
  .file-chosen {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .file-chosen canvas {
    max-width: 10rem;
    height: auto;
    border: 1px solid var(--_border);
  }
  fieldset.answers {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .notice {
    border-left: 4px solid var(--_primary);
    padding-left: 0.75rem;
  }
  .draft-note {
    margin-top: calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .draft-note p {
    margin: 0 0 0.5rem;
  }
  .draft-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  /* Bootstrap Italia's alert: a thin frame, a thick band of the alert's colour on the left. */
  .error-summary,
  .failure {
    border: 1px solid var(--cie-color-input-border, #5d7083);
    border-left: 8px solid var(--_danger);
    padding: var(--_space);
    margin-bottom: var(--_space);
    /* The server's words may hold a long unbroken token: it wraps, never widens the page. */
    overflow-wrap: anywhere;
  }
  /* Focus is moved to these boxes to read them out; a ring (base.styles.ts) shows only for keyboard users. */
  .error-summary:focus:not(:focus-visible),
  .failure:focus:not(:focus-visible),
  .receipt:focus:not(:focus-visible) {
    outline: none;
    box-shadow: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-top: var(--_space);
  }
  button {
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    min-height: 2.75rem;
    padding: 0.625rem 1.375rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.primary,
  a.button {
    background: var(--_primary);
    color: var(--cie-color-on-primary, #ffffff);
    border: 2px solid var(--_primary);
  }
  a.button {
    display: inline-block;
    padding: 0.5rem 1.25rem;
    text-decoration: none;
    border-radius: var(--_radius);
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_primary);
    border: 2px solid var(--_primary);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .status {
    margin: 0;
  }
  @media (forced-colors: active) {
    .choice input {
      appearance: auto;
    }
    .failure {
      border-color: CanvasText;
    }
    button.primary,
    a.button {
      border-color: ButtonText;
    }
  }
  @media print {
    form,
    .draft-note,
    .actions,
    .error-summary {
      display: none;
    }
    .receipt {
      border: 0;
    }
  }
`;
