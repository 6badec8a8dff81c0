// Where a booked appointment is and its calendar entry, the same on the page's confirmation
// (components/shared/booking-flow.ts) and in the receiver's email
// (confirmation-email.ts). Call inside `speakIn(locale, …)`.
import { msg, str } from '@lit/localize';
import { comuneText } from '../settings/comune-text.js';
import type { Settings } from '../settings/schema.js';
import { addressLine } from '../settings/service-facts.js';
import type { Locale } from '../settings/value-types.js';
import type { CalendarEvent } from './calendar-file.js';

export interface BookedAppointment {
  code?: string;
  start: string;
  end?: string;
}

/** The counter and its address: "Sportello CIE, Piazza Municipale 1, 24044 Dalmine (BG)". */
export function appointmentPlace(settings: Settings, locale: Locale): string {
  const counter = comuneText(settings.booking?.office, locale) || comuneText(settings.office.name, locale);
  return settings.office.address ? `${counter}, ${addressLine(settings.office.address)}` : counter;
}

/** The calendar entry: one uid per booking, so adding it twice updates one event. */
export function appointmentEvent(settings: Settings, booked: BookedAppointment, locale: Locale): CalendarEvent {
  const comune = comuneText(settings.name, locale);
  return {
    uid: `${booked.code ?? booked.start}@${settings.id}.cie-widgets`,
    start: booked.start,
    end: booked.end,
    title: msg(str`Appuntamento per la carta d’identità – ${comune}`),
    location: appointmentPlace(settings, locale),
    details: booked.code ? msg(str`Codice della prenotazione: ${booked.code}`) : undefined,
  };
}
