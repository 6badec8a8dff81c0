import { css } from 'lit';

/**
 * How a form looks once the citizen has submitted: answers with errors, the error
 * summary's links, the receipt, the summary and the prepared email. Adopted with the
 * form's code for sending (./sending.ts), which comes before any of them can show; the
 * rest of the form's look is in ./form.styles.ts.
 */
export const afterSubmitStyles = css`
  .field.has-error {
    border-left: 4px solid var(--_danger);
    padding-left: 0.75rem;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .has-error input {
    border-bottom: 2px solid var(--_danger);
  }
  /* Read aloud to the office: kept whole on its own line when short, broken only when longer than the screen. */
  .reference {
    display: inline-block;
    overflow-wrap: anywhere;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .receipt {
    border: 1px solid var(--cie-color-input-border, #5d7083);
    border-left: 8px solid var(--_success);
    padding: var(--_space);
    /* Scrolled to the top of the screen: room for a theme's sticky header. */
    scroll-margin-top: 4rem;
  }
  .summary div {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: 0.5rem;
    padding: 0.25rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .review {
    scroll-margin-top: 4rem;
  }
  .review-answers div {
    grid-template-columns: minmax(8rem, 14rem) 1fr auto;
  }
  .review-answers .change {
    margin: 0;
  }
  /* "Modifica": a text link in look, a button in kind (it changes the view, not the page). */
  button.link {
    background: none;
    border: 0;
    min-height: 2.75rem;
    padding: 0 0.25rem;
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .email-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: inherit;
    background: var(--cie-color-code-surface, #f2f4f6);
    padding: 0.75rem;
  }
  @media (max-width: 30rem) {
    .summary div,
    .review-answers div {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .field.has-error,
    .error-summary,
    .receipt {
      border-color: CanvasText;
    }
  }
`;
