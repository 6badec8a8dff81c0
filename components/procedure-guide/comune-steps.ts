// What the comune's own settings say a citizen does for a request, in the guide's paths and
// the service card: its channel's steps, its module, the booking, what to bring, who may
// apply. Only from settings (the national steps are in ./paths.ts).
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { safeHref } from '../../src/links.js';
import { pecRefused } from '../../src/national.js';
import { cardProof, unreachable } from '../../src/requests/channels.js';
import type { RequestKind } from '../../src/requests/kinds.js';
import type { RequestService } from '../../src/settings/schema.js';
import { codesDeliveryLines } from '../../src/settings/codes-delivery.js';
import { servicePhones } from '../../src/settings/service-facts.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { emailLink, phoneLink } from '../shared/contact-links.js';
import { moduleName } from '../shared/comune-module.js';
import { walkInDetails } from '../shared/walk-in.js';
import type { Content, GuideContext } from './paths.js';

/** A link where there is an address; the words alone where there is none. */
export const link = (href: string | undefined, text: string) =>
  href ? html`<a href=${href}>${text}</a>` : text;

/** The comune's own steps for a request, from its settings: form, email, appointment, counter or portal. */
export function comuneSteps(ctx: GuideContext, request: RequestKind): Content[] {
  const service: RequestService | undefined = ctx.settings.requests[request];
  // A comune whose settings leave this request out: its office, as for any question.
  if (!service) return [askTheOffice(ctx)];
  // What follows, in the comune's own words; nothing when its page says nothing.
  const outcome = service.outcome ? [html`${msg('Poi:')} ${comuneText(service.outcome, ctx.locale)}`] : [];
  const nothingArrived = service.ifNothingArrives ? [html`${msg('Se non arriva nulla:')} ${comuneText(service.ifNothingArrives, ctx.locale)}`] : [];
  const delivery = request === 'reprint' ? codesDeliveryLines(ctx.settings.requests.reprint.codesDelivery, ctx.locale) : [];
  return [...channelSteps(ctx, request, service), ...delivery, ...outcome, ...nothingArrived];
}

function channelSteps(ctx: GuideContext, request: RequestKind, service: RequestService): Content[] {
  const { channel } = service;
  const formHref = ctx.formOnPage(request) ?? safeHref(service.onlineFormUrl);
  // With the form on the page, the module is the other way to write an email or online request; at a counter the
  // form only prepares a summary, and the comune's module is still what it asks for.
  const formReplacesModule = Boolean(formHref) && (channel.type === 'email' || channel.type === 'endpoint');
  const moduleStep = comuneModuleStep(ctx, service, formReplacesModule);
  const proof = cardProof(request, service);
  const copyStep = proof === 'upload' || proof === 'email-attachment' ? [msg('Prepara una foto o una scansione del fronte e del retro della carta.')] : [];
  const summaryStep = formHref ? [link(formHref, msg('Prepara il riepilogo dei dati da portare con il modulo qui'))] : [];
  switch (channel.type) {
    case 'endpoint':
      return [
        formHref
          ? link(formHref, msg('Compila la richiesta online'))
          : html`${msg('Compila la richiesta online sul sito del Comune:')} ${link(safeHref(ctx.settings.website), comuneText(ctx.settings.name, ctx.locale))}`,
        ...copyStep,
        msg('Invia la richiesta e conserva il numero della ricevuta.'),
      ];
    case 'email':
      return [
        ...(formHref ? [link(formHref, msg('Prepara la richiesta con il modulo online'))] : []),
        ...moduleStep,
        ...(formHref || moduleStep.length ? [] : [msg('Scrivi la richiesta con nome, cognome, codice fiscale e numero della carta.')]),
        ...copyStep,
        copyStep.length
          ? html`${msg('Invia la richiesta e la copia della carta per email a')} ${emailLink(channel.to)}.`
          : html`${msg('Invia la richiesta per email a')} ${emailLink(channel.to)}.`,
      ];
    case 'appointment':
      return [bookingStep(ctx), ...moduleStep, ...summaryStep, msg('Vai allo sportello all’ora dell’appuntamento.')];
    case 'walk-in':
      // Nothing to fill in unless the comune wants the printed summary.
      return [
        walkInDetails(channel, ctx.settings, ctx.locale), // what to bring is under "Cosa ti serve"
        ...moduleStep,
        ...(channel.summaryWanted ? summaryStep : []),
      ];
    case 'portal':
      return [
        html`${msg('Accedi con SPID o CIE al portale dei servizi del Comune:')} ${link(safeHref(channel.url), comuneText(ctx.settings.name, ctx.locale))}`,
        msg('Compila la richiesta e inviala.'),
      ];
    default:
      return unreachable(channel);
  }
}

/** The comune's own module for the request, by its title (`module`), or its bare link (`moduleUrl`); `orElse`: the form above does the same. */
function comuneModuleStep(ctx: GuideContext, service: RequestService, orElse: boolean): Content[] {
  if (service.module) {
    const name = moduleName(service.module, ctx.locale);
    return [orElse ? html`${msg('Oppure compila il modulo del Comune')} ${name}.` : html`${msg('Compila il modulo del Comune')} ${name}.`];
  }
  const href = safeHref(service.moduleUrl);
  return href ? [link(href, msg('Scarica il modulo del Comune e compilalo'))] : [];
}

function askTheOffice(ctx: GuideContext): Content {
  const { office } = ctx.settings;
  const phone = servicePhones(office)[0];
  if (phone) return html`${msg('Chiedi all’ufficio del Comune:')} ${phoneLink(phone.number, phone.display)}`;
  if (office.email) return html`${msg('Chiedi all’ufficio del Comune:')} ${emailLink(office.email)}`;
  return html`${msg('Chiedi all’ufficio del Comune:')} ${comuneText(office.name, ctx.locale)}`;
}

function bookingStep(ctx: GuideContext): Content {
  const { booking, office } = ctx.settings;
  const bookingHref = safeHref(booking?.url);
  if (bookingHref) return link(bookingHref, msg('Prenota un appuntamento allo sportello'));
  if (booking?.phone) {
    return html`${msg('Prenota un appuntamento per telefono:')} ${phoneLink(booking.phone, booking.phoneDisplay)}`;
  }
  if (booking?.instructions) return comuneText(booking.instructions, ctx.locale);
  const phone = servicePhones(office)[0];
  return phone
    ? html`${msg('Chiama l’ufficio per un appuntamento:')} ${phoneLink(phone.number, phone.display)}`
    : msg('Chiedi un appuntamento all’ufficio.');
}

/** What the citizen needs for a request at the comune: the comune's own list where it gives one. */
export function comuneNeeds(ctx: GuideContext, request: RequestKind): Content[] {
  const { settings, locale } = ctx;
  const service = settings.requests[request];
  if (!service) return [];
  const { channel } = service;
  const moduleNeed = service.module && !service.summaryAccepted ? [html`${msg('Il modulo del Comune, compilato:')} ${moduleName(service.module, locale)}`] : [];
  // At the counter, what the comune says to bring, and nothing it does not say.
  if (channel.type === 'walk-in' && channel.whatToBring) return [...channel.whatToBring.map((item) => comuneText(item, locale)), ...moduleNeed];
  if (channel.type === 'appointment' && settings.booking?.whatToBring) return [...settings.booking.whatToBring.map((item) => comuneText(item, locale)), ...moduleNeed];
  const proof = cardProof(request, service);
  return [
    ...(proof === 'shown-at-counter' ? [msg('La carta d’identità elettronica')] : []),
    ...(proof === 'upload' || proof === 'email-attachment' ? [msg('Una copia del fronte e del retro della carta')] : []),
    ...moduleNeed,
    ...(request === 'reprint'
      ? [
          msg('Il codice fiscale'),
          msg('Il numero della carta (in alto a destra sul fronte)'),
          pecRefused(settings)
            ? msg('Un’email personale (non una PEC): lì arriva la seconda parte dei codici')
            : msg('Un’email personale: lì arriva la seconda parte dei codici'),
        ]
      : []),
  ];
}

/** Who may apply, where the comune's settings say it: a parent or guardian for a minor, a delegate with what the comune asks. */
export function whoApplies(ctx: GuideContext): Content[] {
  const { eligibility } = ctx.settings;
  const delegation = eligibility?.delegation;
  const documents = (delegation?.documents ?? []).map((doc) => comuneText(doc, ctx.locale));
  return [
    ...(eligibility?.minorsByParentOrGuardian ? [msg('Per un minore la richiesta la presenta un genitore o il tutore.')] : []),
    ...(eligibility?.delegatesAccepted
      ? [
          html`${msg('Può presentarla anche una persona delegata dal titolare')}${documents.length ? html`, ${msg('con:')} ${documents.join('; ')}` : ''}.
          ${delegation?.module ? html`${msg('Modulo di delega del Comune:')} ${moduleName(delegation.module, ctx.locale)}.` : nothing}`,
        ]
      : []),
    ...(eligibility?.residentsOnly ? [msg('Questo Comune accetta richieste solo dai residenti.')] : []),
  ];
}
