// The privacy notice a citizen reads before ticking "I have read it" (GDPR art. 13): its
// essentials filled from the comune's settings, readable in place, with the comune's own
// notice linked when it has one. Words only what the settings or the law say. Its points
// come with the form's code for sending (components/shared/form/sending.ts): the notice is
// a closed disclosure, and the citizen has reached into the form before opening it.
import { msg, str } from '@lit/localize';
import { DRAFT_MINUTES } from '../forms/draft.js';
import { comuneText } from '../settings/comune-text.js';
import type { Settings } from '../settings/schema.js';
import type { Locale } from '../settings/value-types.js';

/**
 * Heading and text of each point, in the order art. 13 lists them. `purpose`: what this
 * request's data is used for, in the reader's language.
 */
export function privacyNoticePoints(settings: Settings, locale: Locale, purpose: string): [string, string][] {
  const comune = comuneText(settings.name, locale);
  const { privacy, office } = settings;
  const contact = office.pec ?? office.email;
  return [
    [
      msg('Titolare del trattamento'),
      contact ? msg(str`${comune}, che puoi contattare all’indirizzo ${contact}.`) : msg(str`${comune}.`),
    ],
    ...(privacy?.dpoEmail
      ? [[msg('Responsabile della protezione dei dati'), msg(str`Puoi scrivere al responsabile della protezione dei dati del Comune: ${privacy.dpoEmail}.`)] as [string, string]]
      : []),
    [msg('Perché e su quale base'), `${purpose} ${msg('Base giuridica: compito di interesse pubblico e obblighi di legge del Comune (art. 6, paragrafo 1, lettere c ed e, del Regolamento UE 2016/679).')}`],
    [
      msg('A chi vanno i dati'),
      msg('All’ufficio del Comune che tratta la richiesta e, per la ristampa dei codici o i contatti sulla carta, al sistema del Ministero dell’Interno che gestisce la carta d’identità elettronica.'),
    ],
    [
      msg('Per quanto tempo'),
      privacy?.retention
        ? comuneText(privacy.retention, locale)
        : msg('Per il tempo necessario a trattare la richiesta, e poi quanto prevedono le regole di conservazione dei documenti del Comune.'),
    ],
    [
      msg('Nel tuo browser'),
      msg(str`Finché non hai finito, le risposte scritte restano in questa scheda per ${DRAFT_MINUTES} minuti, senza i file; puoi cancellarle con il pulsante in fondo al modulo.`),
    ],
    [
      msg('I tuoi diritti'),
      msg('Puoi chiedere al Comune di vedere i tuoi dati, correggerli, cancellarli o limitarne l’uso, e opporti al trattamento; puoi anche presentare reclamo al Garante per la protezione dei dati personali (garanteprivacy.it).'),
    ],
  ];
}
