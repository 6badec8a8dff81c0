// The booking flow's look, adopted by the element's shadow root when the flow loads (a
// constructable sheet: a strict CSP allows it): pages without a booking system never carry it.
export const BOOKING_FLOW_CSS = `
.booking-flow { margin-block: var(--_space); }
.booking-flow fieldset { border: 0; margin: 0 0 var(--_space); padding: 0; min-width: 0; }
.booking-flow legend { font-weight: 600; margin-bottom: 0.25rem; }
.booking-flow .slot { display: flex; align-items: center; gap: 0.5rem; min-height: 44px; padding: 0.25rem 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); margin-bottom: 0.5rem; cursor: pointer; }
.booking-flow .slot:has(input:checked) { border: 2px solid var(--_primary); }
.booking-flow input[type=radio], .booking-flow input[type=checkbox] { width: 1.25rem; height: 1.25rem; flex: none; margin: 0; }
.booking-flow .field { margin-bottom: var(--_space); }
.booking-flow .field > label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.booking-flow .consent { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.booking-flow .consent .field-error { flex-basis: 100%; }
.booking-flow input[type=text], .booking-flow input[type=email], .booking-flow input[type=tel], .booking-flow textarea, .booking-flow select {
  font: inherit; width: 100%; max-width: 30rem; min-height: 44px; padding: 0.375rem 0.5rem; border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_surface); color: inherit;
}
.booking-flow [aria-invalid=true] { border: 2px solid var(--_danger); }
.booking-flow .field-error { color: var(--_danger); font-weight: 600; margin: 0 0 0.25rem; }
.booking-flow .booking-errors { border-left: 4px solid var(--_danger); padding: 0.5rem 1rem; margin-bottom: var(--_space); }
.booking-flow .booking-notice { border-left: 4px solid var(--_primary); padding: 0.5rem 1rem; }
.booking-flow .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.booking-flow button { font: inherit; min-height: 44px; padding: 0.5rem 1.25rem; border-radius: var(--_radius); border: 2px solid var(--_primary); background: var(--_surface); color: var(--_primary); font-weight: 600; cursor: pointer; }
.booking-flow button.primary { background: var(--_primary); color: var(--cie-color-on-primary, #ffffff); }
.booking-flow button.danger { border-color: var(--_danger); background: var(--_danger); color: #ffffff; }
.booking-flow button:disabled { opacity: 0.6; cursor: progress; }
.booking-flow select:focus-visible, .booking-flow textarea:focus-visible, .booking-flow .booking-notice:focus-visible, .booking-flow .booking-errors:focus-visible {
  outline: 3px solid var(--cie-color-focus-ring, #1a1a1a); outline-offset: 2px; box-shadow: 0 0 0 2px var(--cie-color-focus, #ff9900);
}
.booking-flow .review { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.booking-flow .review dt { font-weight: 600; }
.booking-flow .review dd { margin: 0; overflow-wrap: anywhere; }
.booking-flow .code { font-family: monospace; font-size: 1.25em; }
@media (max-width: 30rem) { .booking-flow .review { grid-template-columns: 1fr; } .booking-flow .review dd { margin-bottom: 0.5rem; } }
@media (forced-colors: active) { .booking-flow .slot:has(input:checked) { border-color: Highlight; } }
`;
