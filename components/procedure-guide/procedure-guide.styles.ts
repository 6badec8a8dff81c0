import { css } from 'lit';

export const procedureGuideStyles = css`
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  legend {
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 2);
    padding: 0;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding: 0.375rem 0;
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .path {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .retry {
    /* The browser's own button, at the page's font and a finger's size (WCAG 2.5.8). */
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
  }
  .steps li {
    margin-bottom: calc(var(--_space) / 3);
  }
  .warning {
    border-left: 4px solid var(--cie-color-warning, #a66300);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--cie-color-warning-surface, #fff8e5);
  }
  .facts div {
    display: flex;
    gap: 0.5rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .note a,
  .warning a {
    margin-inline-start: 0.25em;
  }
  @media (forced-colors: active) {
    .warning {
      border-color: CanvasText;
    }
  }
  @media print {
    form,
    .visually-hidden {
      display: none;
    }
    .card {
      border: 0;
      padding: 0;
    }
    .path {
      border: 0;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
