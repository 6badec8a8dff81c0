// The message a citizen sends to the office when the comune takes requests by email.
// What the office reads is in Italian whatever language the citizen used: call this
// inside `speakIn('it', …)`.
import { msg, str } from '@lit/localize';
import { mailtoHref } from '../links.js';

export interface OfficeEmail {
  to: string;
  /** The text, also shown for copying when no mail program opens. */
  text: string;
  /** `mailto:` with subject and body; undefined if the address is not one. */
  mailto?: string;
}

export function officeEmail(o: {
  to: string;
  subject: string;
  comune: string;
  rows: [string, string][];
  attachCard: boolean;
}): OfficeEmail {
  const text = [
    msg(str`Richiesta per: ${o.comune}`),
    '',
    ...o.rows.map(([label, value]) => `${label}: ${value}`),
    ...(o.attachCard ? ['', msg('In allegato: copia del fronte e del retro della carta d’identità elettronica.')] : []),
  ].join('\n');
  const address = mailtoHref(o.to);
  return { to: o.to, text, mailto: address && `${address}?subject=${encodeURIComponent(o.subject)}&body=${encodeURIComponent(text)}` };
}
