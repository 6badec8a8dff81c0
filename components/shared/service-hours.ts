// A service's own hours, where they are not the office's (a walk-in counter's window, the
// days a booked counter takes this service): a line for each span, as the settings list them.
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { OpeningSpan } from '../../src/settings/schema.js';
import type { Locale } from '../../src/settings/value-types.js';
import { clockLabel, weekdayName } from '../../src/time/format.js';

/** "Quando, per questo servizio: martedì, giovedì: 8:30–9:00"; nothing without spans. */
export function serviceHours(spans: readonly OpeningSpan[] | undefined, locale: Locale) {
  if (!spans?.length) return nothing;
  return html`<p class="label">${msg('Quando, per questo servizio')}:</p>
    <ul class="plain service-hours">
      ${spans.map(
        (span) =>
          html`<li>${span.days.map((day) => weekdayName(day, locale)).join(', ')}: <span class="nowrap">${clockLabel(span.opens)}–${clockLabel(span.closes)}</span></li>`,
      )}
    </ul>
    <p class="muted">${msg('Chiuso nei giorni festivi.')}</p>`;
}
