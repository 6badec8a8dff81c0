// What each path says: numbered steps, what to have at hand, how long it takes. National
// steps are defaults that settings may replace per situation; municipal facts come only
// from settings.
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { safeHref } from '../../src/links.js';
import { PIN_TRIES, PUK_RECOVERY_HOURS, type NationalFacts } from '../../src/national.js';
import type { Locale } from '../../src/settings/value-types.js';
import type { Settings, Situation } from '../../src/settings/schema.js';
import type { RequestKind } from '../../src/requests/kinds.js';
import { reprintedCodes, serviceTimeText } from '../../src/settings/service-facts.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { comuneNeeds, comuneSteps, link, whoApplies } from './comune-steps.js';

export type Content = string | TemplateResult;

export interface GuidePath {
  title: string;
  steps: Content[];
  needs: Content[];
  time?: string;
  warning?: Content;
  note?: Content;
  /** The comune's own way, when the path starts with a self-service one. */
  fallback?: { title: string; steps: Content[] };
}

export interface GuideContext {
  settings: Settings;
  locale: Locale;
  national: NationalFacts;
  /** Where a request form on this same page is (`#id`), per request. */
  formOnPage: (request: RequestKind) => string | undefined;
  /** Link that opens the guide on another situation. */
  situationHref: (situation: Situation) => string;
}

/** Steps a comune's settings give for a situation replace the national ones. */
function stepsFor(ctx: GuideContext, situation: Situation, national: Content[]): Content[] {
  const own = ctx.settings.guideSteps?.[situation];
  return own ? own.map((step) => comuneText(step, ctx.locale)) : national;
}

export function unlockPath(ctx: GuideContext, situation: 'pin-forgotten' | 'pin-blocked'): GuidePath {
  const blocked = situation === 'pin-blocked';
  return {
    title: blocked
      ? msg('PIN bloccato: sbloccalo con il PUK e scegli un nuovo PIN')
      : msg('PIN dimenticato: scegline uno nuovo con il PUK'),
    steps: stepsFor(ctx, situation, [
      msg('Apri l’app CieID sullo smartphone (oppure il Software CIE sul computer, con un lettore di smart card).'),
      msg('Dal menu scegli «Sblocca carta».'),
      msg('Inserisci il PUK e avvicina la carta allo smartphone.'),
      // national: codeHalves (8 digits). Rules on which PINs are refused are the app's, on no Ministry page: not said.
      msg('Scegli un nuovo PIN di 8 cifre.'),
    ]),
    needs: [
      msg('La carta d’identità elettronica'),
      msg('Il PUK (8 cifre): la prima metà è sulla ricevuta della richiesta, la seconda è arrivata con la carta'),
      msg('Uno smartphone con NFC e l’app CieID, oppure un computer con lettore di smart card e il Software CIE'),
    ],
    time: msg('Subito'),
    // national: pinTries (no Ministry page gives a number of PUK tries: none is said)
    warning: blocked
      ? html`${msg(str`Il PIN si blocca dopo ${PIN_TRIES} tentativi sbagliati e si sblocca solo con il PUK.`)}
        ${link(ctx.situationHref('puk-lost'), msg('Non sei sicuro del PUK? Recuperalo prima.'))}`
      : undefined,
    note: link(ctx.situationHref('both-lost'), msg('Hai perso anche il PUK?')),
  };
}

export function recoverPukPath(ctx: GuideContext, situation: 'puk-lost' | 'both-lost'): GuidePath {
  const both = situation === 'both-lost';
  const steps = [
    msg('Installa o aggiorna l’app CieID su uno smartphone con NFC.'),
    msg('Dal menu dell’app scegli «Recupero PUK».'),
    msg('Avvicina la carta allo smartphone.'),
    msg('Inserisci il numero della carta: è in alto a destra sul fronte (per esempio CA00000AA).'),
    msg('Inserisci l’email o il cellulare che hai dato quando hai chiesto la carta.'),
    msg(str`Dopo ${PUK_RECOVERY_HOURS} ore ricevi un SMS o un’email: completa la procedura e leggi il PUK.`),
  ];
  if (both) steps.push(msg('Con il PUK, scegli «Sblocca carta» nell’app e imposta un nuovo PIN.'));
  return {
    title: both
      ? msg('PIN e PUK persi: recupera il PUK con l’app CieID, poi scegli un nuovo PIN')
      : msg('PUK perso: recuperalo con l’app CieID'),
    steps: stepsFor(ctx, situation, steps),
    needs: [
      msg('La carta d’identità elettronica'),
      msg('Uno smartphone con NFC e l’app CieID'),
      msg('L’email o il cellulare che hai dato quando hai chiesto la carta'),
    ],
    time: msg(str`${PUK_RECOVERY_HOURS} ore`),
    note: html`${msg('Funziona solo se hai dato un’email o un cellulare quando hai chiesto la carta.')}
      ${link(ctx.situationHref('no-contacts'), msg('Non li hai dati, non hai uno smartphone con NFC o l’app non funziona?'))}
      ${link(safeHref(ctx.national.recoverPukUrl), msg('La pagina del Ministero sui codici PIN e PUK'))}`,
  };
}

export function comuneReprintPath(ctx: GuideContext): GuidePath {
  const { settings, locale } = ctx;
  const { reprint } = settings.requests;
  const who = whoApplies(ctx);
  const codes = reprintedCodes(settings);
  // A comune that reprints the PUK only: with it, the citizen sets a new PIN (national: pinTries).
  const newPin = codes === 'puk' ? [msg('Con il PUK ristampato scegli un nuovo PIN: nell’app CieID, dal menu «Sblocca carta».')] : [];
  return {
    title: codes === 'puk' ? msg('Chiedi al Comune la ristampa del PUK') : msg('Chiedi al Comune la ristampa di PIN e PUK'),
    steps: stepsFor(ctx, 'no-contacts', [...comuneSteps(ctx, 'reprint'), ...newPin]),
    needs: comuneNeeds(ctx, 'reprint'),
    time: reprint.time ? serviceTimeText(reprint.time, locale) : undefined,
    note: who.length ? html`${who.map((line, i) => html`${i ? ' ' : ''}${line}`)}` : undefined,
  };
}

export function activatePath(ctx: GuideContext): GuidePath {
  return {
    title: msg('Usa la CIE come identità digitale: attiva le credenziali CIE'),
    steps: stepsFor(ctx, 'activate', [
      html`${msg('Apri l’app CieID o il sito CIE del Ministero e scegli di attivare le credenziali:')} ${link(safeHref(ctx.national.cieSiteUrl), msg('sito CIE'))}`,
      msg('Livelli 1 e 2, senza leggere la carta: inserisci codice fiscale, numero della carta e prima metà del PUK.'),
      msg('Livello 3, leggendo la carta: usa la carta e il PIN con uno smartphone con NFC e l’app CieID, o con un computer con lettore di smart card e il Software CIE.'),
      msg('Conferma cellulare ed email con i codici OTP che ricevi.'),
      msg('Scegli nome utente e password.'),
    ]),
    needs: [
      msg('Il codice fiscale'),
      msg('Il numero della carta (in alto a destra sul fronte)'),
      msg('La prima metà del PUK (sulla ricevuta della richiesta)'),
      msg('Il cellulare che hai dato quando hai chiesto la carta (senza lettura della carta)'),
      msg('Per il livello 3: il PIN e uno smartphone con NFC o un lettore di smart card'),
    ],
    time: msg('Subito: i livelli 1 e 2 anche prima che arrivi la carta'),
    note: link(ctx.situationHref('update-contacts'), msg('Non hai dato il cellulare quando hai chiesto la carta? Aggiungi i tuoi contatti.')),
  };
}

export function updateContactsPath(ctx: GuideContext): GuidePath {
  const { contactUpdate } = ctx.settings.requests;
  return {
    title: msg('Aggiungi o cambia email e cellulare della carta'),
    steps: stepsFor(ctx, 'update-contacts', [
      html`${msg('Fallo da solo, subito, nell’area assistenza del portale CIE del Ministero:')} ${link(safeHref(ctx.national.contactsPortalUrl), msg('portale CIE'))}`,
      ctx.settings.contactRules?.personalOnly
        ? msg('Inserisci un’email e un cellulare personali: non possono essere già usati da altre persone.')
        : msg('Inserisci la tua email e il tuo cellulare.'),
    ]),
    needs: [
      msg('La carta d’identità elettronica'),
      ctx.settings.contactRules?.personalOnly ? msg('Un’email e un cellulare personali') : msg('La tua email e il tuo cellulare'),
    ],
    time: contactUpdate?.time ? serviceTimeText(contactUpdate.time, ctx.locale) : undefined,
    note: msg('Sono questi contatti a permetterti di recuperare il PUK con l’app CieID.'),
    fallback: { title: msg('Se non riesci da solo, chiedi al Comune'), steps: comuneSteps(ctx, 'contactUpdate') },
  };
}

export function pathFor(ctx: GuideContext, situation: Situation): GuidePath {
  switch (situation) {
    case 'pin-forgotten':
    case 'pin-blocked':
      return unlockPath(ctx, situation);
    case 'puk-lost':
    case 'both-lost':
      return recoverPukPath(ctx, situation);
    case 'no-contacts':
      return comuneReprintPath(ctx);
    case 'activate':
      return activatePath(ctx);
    case 'update-contacts':
      return updateContactsPath(ctx);
  }
}
