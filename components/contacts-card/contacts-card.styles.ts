import { css } from 'lit';

export const contactsCardStyles = css`
  .channels li {
    margin-bottom: calc(var(--_space) / 4);
  }
  .label {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  address {
    font-style: normal;
    margin: calc(var(--_space) / 2) 0;
  }
  .status {
    font-weight: 600;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    margin-inline-end: 0.4em;
    border: 1px solid currentColor;
  }
  .status.open::before {
    background: var(--_success);
  }
  .hours {
    border-collapse: collapse;
    margin-bottom: calc(var(--_space) / 2);
    text-align: start;
  }
  .hours caption {
    text-align: start;
  }
  .hours th,
  .hours td {
    text-align: start;
    padding: 0.125rem 1rem 0.125rem 0;
    font-weight: normal;
    vertical-align: top;
  }
  .hours th {
    text-transform: capitalize;
  }
  .facilitator {
    border-top: 1px solid var(--_border);
    margin-top: var(--_space);
  }
`;
