// "Aggiungi al calendario": an iCalendar file (RFC 5545) the phone's own calendar opens, and
// the two web calendars' "new event" addresses. Links only: nothing is sent anywhere.

export interface CalendarEvent {
  start: string;
  end?: string;
  title: string;
  location?: string;
  details?: string;
  /** Stable across downloads, so adding it twice updates one event. */
  uid: string;
}

/** `20270311T090000Z` */
const icsTime = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
const icsText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets folded, as RFC 5545 asks (never inside a UTF-8 character). */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (bytes.encode(current + char).length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function icsFile(event: CalendarEvent, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//cie-widgets//booking//IT',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsText(event.uid)}`,
    `DTSTAMP:${icsTime(now.toISOString())}`,
    `DTSTART:${icsTime(event.start)}`,
    ...(event.end ? [`DTEND:${icsTime(event.end)}`] : []),
    `SUMMARY:${icsText(event.title)}`,
    ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
    ...(event.details ? [`DESCRIPTION:${icsText(event.details)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export function googleCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${icsTime(event.start)}/${icsTime(event.end ?? event.start)}`,
    ...(event.location ? { location: event.location } : {}),
    ...(event.details ? { details: event.details } : {}),
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: new Date(event.start).toISOString(),
    enddt: new Date(event.end ?? event.start).toISOString(),
    ...(event.location ? { location: event.location } : {}),
    ...(event.details ? { body: event.details } : {}),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}
