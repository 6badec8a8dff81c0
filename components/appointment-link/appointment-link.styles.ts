import { css } from 'lit';

export const appointmentLinkStyles = css`
  .label {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  .button {
    display: inline-block;
    padding: 0.5rem 1.25rem;
    min-height: 44px;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--cie-color-on-primary, #ffffff);
    font-weight: 600;
    text-decoration: none;
  }
  .button:hover {
    text-decoration: underline;
  }
  .modules {
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    .button {
      border: 2px solid ButtonText;
      color: LinkText;
    }
  }
`;
