// The emails the reference receiver sends a citizen who booked the counter (receiver/mail.ts):
// the confirmation with the calendar file — the same facts as the page's confirmation — and,
// if they cancel, that it is cancelled; whom to ask, from the comune's settings only. Call
// inside `speakIn(locale, …)`.
import { msg, str } from '@lit/localize';
import { helpLine } from '../requests/receipt.js';
import { comuneText } from '../settings/comune-text.js';
import type { Settings } from '../settings/schema.js';
import type { Locale } from '../settings/value-types.js';
import { icsFile } from './calendar-file.js';
import { appointmentEvent, type BookedAppointment } from './confirmation.js';
import { appointmentWhen } from './page-appointment.js';

/** The citizen's confirmation email: its subject, its text and the calendar file it carries. */
export function confirmationEmail(settings: Settings, booked: BookedAppointment, locale: Locale, now = new Date()): { subject: string; text: string; ics: string } {
  const comune = comuneText(settings.name, locale);
  const event = appointmentEvent(settings, booked, locale);
  const bring = settings.booking?.whatToBring ?? [];
  const help = helpLine(settings, locale);
  const lines = [
    comune,
    event.title,
    '',
    msg(str`L’appuntamento è fissato per ${appointmentWhen(booked, locale)}.`),
    ...(booked.code ? [`${msg('Codice della prenotazione')}: ${booked.code}`] : []),
    `${msg('Dove')}: ${event.location}`,
    ...(bring.length ? ['', `${msg('Cosa portare')}:`, ...bring.map((item) => `- ${comuneText(item, locale)}`)] : []),
    '',
    msg('In allegato il file per il calendario (.ics).'),
    ...(help ? [help] : []),
  ];
  return { subject: msg(str`Appuntamento confermato: ${appointmentWhen(booked, locale)} (${comune})`), text: `${lines.join('\n')}\n`, ics: icsFile(event, now) };
}

/**
 * The citizen's email once the appointment is cancelled — by them, or by the office that
 * closed the counter that day (`closedDay`, with the office's own note, as it wrote it):
 * which appointment, its code, whom to ask.
 */
export function cancellationEmail(settings: Settings, booked: BookedAppointment, locale: Locale, closedDay?: { note?: string }): { subject: string; text: string } {
  const comune = comuneText(settings.name, locale);
  const when = appointmentWhen(booked, locale);
  const help = helpLine(settings, locale);
  const lines = [
    comune,
    '',
    closedDay ? msg(str`Il Comune ha annullato l’appuntamento di ${when}: lo sportello è chiuso quel giorno.`) : msg(str`L’appuntamento di ${when} è stato annullato.`),
    ...(closedDay?.note ? [closedDay.note] : []),
    ...(booked.code ? [`${msg('Codice della prenotazione')}: ${booked.code}`] : []),
    closedDay ? msg('Ci scusiamo: prenota un altro orario.') : msg('Se ti serve, puoi prenotarne un altro.'),
    ...(help ? ['', help] : []),
  ];
  return { subject: msg(str`Appuntamento annullato: ${when} (${comune})`), text: `${lines.join('\n')}\n` };
}
