// The appointment booked on this page, for the forms beside the booking: their summary for the
// counter carries its day, time and code. Kept on the document under a global symbol, so the
// forms read it whichever copy of the bundle booked it; never stored beyond the page.

export interface PageAppointment {
  /** The settings' id of the comune it was booked with. */
  comune: string;
  start: string;
  end?: string;
  code?: string;
}

const KEY = Symbol.for('cie-widgets.booked-appointment');
type Holder = { [KEY]?: PageAppointment };
/** Said on the document when the page's appointment changes: every element that offers booking draws itself again. */
const CHANGED = 'cie-widgets-appointment-changed';

/** Records the booking made on this page; `undefined` once it is cancelled. */
export function recordAppointment(appointment: PageAppointment | undefined): void {
  (document as Holder)[KEY] = appointment;
  document.dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` whenever an element on the page books or cancels; returns what stops it. */
export function onAppointmentChange(listener: () => void): () => void {
  document.addEventListener(CHANGED, listener);
  return () => document.removeEventListener(CHANGED, listener);
}

/** The appointment booked on this page with this comune, if any. */
export function pageAppointment(comune: string): PageAppointment | undefined {
  const appointment = (document as Holder)[KEY];
  return appointment?.comune === comune ? appointment : undefined;
}

/** "giovedì 11 marzo 2027, 10:00–10:30" on Rome's clock, in `locale`. */
export function appointmentWhen(appointment: { start: string; end?: string }, locale: string): string {
  const rome = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Rome', ...options });
  const clock = (iso: string) => rome({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  const day = rome({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(appointment.start));
  return `${day}, ${clock(appointment.start)}${appointment.end ? `–${clock(appointment.end)}` : ''}`;
}
