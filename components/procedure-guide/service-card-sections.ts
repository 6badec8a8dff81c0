// The service card's sections, in the order of Designers Italia's "scheda servizio", each
// with AgID's marker: what a citizen reads there, from the settings and national facts.
// The card around them (header, index, topics, rating) is ./service-card.ts.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { pecRefused, PUK_RECOVERY_HOURS } from '../../src/national.js';
import { channelRole } from '../../src/requests/channels.js';
import type { Settings, Situation } from '../../src/settings/schema.js';
import { safeHref } from '../../src/links.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { emailLink, phoneLink } from '../shared/contact-links.js';
import { headingTag } from '../shared/heading.js';
import { addressLine, costText, reprintedCodes, servicePhones, serviceTimeText } from '../../src/settings/service-facts.js';
import { comuneNeeds, comuneSteps, whoApplies } from './comune-steps.js';
import { pathFor, type GuideContext } from './paths.js';

export interface Section {
  id: string;
  title: string;
  /** AgID's marker for this section, on the section itself. */
  marker?: string;
  /** Grey background, as the template draws "Cosa serve" and "Accedi al servizio". */
  grey?: boolean;
  body: unknown;
}

/** The paths "Come fare" lists, in the order a citizen tries them. */
const HOW_TO: Situation[] = ['pin-forgotten', 'both-lost', 'no-contacts', 'update-contacts', 'activate'];

const paragraph = (text: unknown) => html`<p class="text-paragraph">${text}</p>`;
const list = (items: unknown[], marker?: string) =>
  html`<ul class="list-wrapper" data-element=${marker ?? nothing}>
    ${items.map((item) => html`<li class="list-item">${item}</li>`)}
  </ul>`;

export function sectionsOf(ctx: GuideContext, level: number): Section[] {
  const { settings, locale } = ctx;
  const card = settings.serviceCard;
  const { reprint } = settings.requests;
  const cost = costText(settings.cost, locale);
  const optional = (id: string, title: string, text: string | undefined): Section[] => (text ? [{ id, title, body: paragraph(text) }] : []);
  const documents = [
    ...(card?.documents ?? []).map((doc) => ({ title: comuneText(doc.title, locale), url: doc.url })),
    ...(reprint.module?.url ? [{ title: comuneText(reprint.module.title, locale), url: reprint.module.url }] : []),
    ...(!reprint.module && reprint.moduleUrl ? [{ title: msg('Modulo di richiesta della ristampa di PIN e PUK'), url: reprint.moduleUrl }] : []),
  ];
  const who = whoApplies(ctx);
  return [
    {
      id: 'cie-sc-addressed',
      title: msg('A chi è rivolto'),
      marker: 'service-addressed',
      body: card?.addressedTo
        ? paragraph(comuneText(card.addressedTo, locale))
        : paragraph(html`${msg('A chi ha una carta d’identità elettronica (CIE) e ha perso o dimenticato il PIN o il PUK.')}
          ${who.map((line) => html`${line} `)}`),
    },
    {
      id: 'cie-sc-description',
      title: msg('Descrizione'),
      body: paragraph(
        comuneText(card?.description, locale) ??
          msg('Il PIN e il PUK servono per usare la carta d’identità elettronica come identità digitale, per esempio con l’app CieID. Chi li ha persi può recuperare il PUK da solo con l’app CieID e sbloccare la carta; chi non può farlo chiede al Comune la ristampa dei codici.'),
      ),
    },
    {
      id: 'cie-sc-how-to',
      title: msg('Come fare'),
      marker: 'service-how-to',
      body: HOW_TO.map((situation) => {
        const path = pathFor(ctx, situation);
        return html`${headingTag(level + 1, path.title, `cie-path-${situation}`, 'h5 mt-4 mb-2')}
          <ol class="text-paragraph">
            ${path.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
          ${path.fallback
            ? html`${paragraph(`${path.fallback.title}:`)}
                <ol class="text-paragraph">
                  ${path.fallback.steps.map((step) => html`<li>${step}</li>`)}
                </ol>`
            : nothing}
          ${path.note ? paragraph(path.note) : nothing}`;
      }),
    },
    {
      id: 'cie-sc-needed',
      title: msg('Cosa serve'),
      marker: 'service-needed',
      grey: true,
      body: list([
        ...comuneNeeds(ctx, 'reprint').map((need) => html`${msg('Per la richiesta al Comune:')} ${need}`),
        msg('Per l’app CieID: uno smartphone con NFC e l’email o il cellulare dati quando hai chiesto la carta'),
      ]),
    },
    {
      id: 'cie-sc-achieved',
      title: msg('Cosa si ottiene'),
      marker: 'service-achieved',
      body: paragraph(
        reprintedCodes(settings) === 'puk'
          ? msg('Il codice PUK della carta d’identità elettronica, con cui scegliere un nuovo PIN per usarla come identità digitale.')
          : msg('I codici PIN e PUK della carta d’identità elettronica, per usarla come identità digitale.'),
      ),
    },
    {
      id: 'cie-sc-calendar',
      title: msg('Tempi e scadenze'),
      marker: 'service-calendar-text',
      body: list(
        [
          msg(str`Con l’app CieID: il PUK arriva dopo ${PUK_RECOVERY_HOURS} ore.`),
          ...(reprint.time ? [html`${msg('Con richiesta al Comune:')} ${serviceTimeText(reprint.time, locale)}.`] : []),
        ],
        'service-calendar-list',
      ),
    },
    ...(cost ? [{ id: 'cie-sc-cost', title: msg('Costi'), body: paragraph(cost) }] : []),
    ...optional('cie-sc-related', msg('Procedure collegate all’esito'), comuneText(card?.relatedProcedures, locale)),
    {
      id: 'cie-sc-access',
      title: msg('Accedi al servizio'),
      marker: `service-${channelRole(reprint.channel).access}-access`,
      grey: true,
      body: html`<ol class="text-paragraph">
          ${comuneSteps(ctx, 'reprint').map((step) => html`<li>${step}</li>`)}
        </ol>
        ${accessButtons(ctx)}`,
    },
    ...optional('cie-sc-constraints', msg('Vincoli'), comuneText(card?.constraints, locale)),
    {
      id: 'cie-sc-conditions',
      title: msg('Condizioni di servizio'),
      body: html`${list([
        ...(settings.contactRules?.personalOnly ? [msg('Email e cellulare devono essere personali: non possono essere già usati da altre persone.')] : []),
        ...(pecRefused(settings) ? [msg('L’email per la seconda parte dei codici non può essere una PEC.')] : []),
        ...(settings.eligibility?.residentsOnly ? [msg('Questo Comune accetta richieste solo dai residenti.')] : []),
        msg('Nessun modulo chiede mai il PIN o il PUK: non comunicarli a nessuno.'),
      ])}
      ${conditionsFile(settings)}`,
    },
    ...(documents.length
      ? [
          {
            id: 'cie-sc-documents',
            title: msg('Documenti'),
            body: list(documents.map((doc) => html`<a href=${safeHref(doc.url) ?? nothing}>${doc.title}</a>`)),
          },
        ]
      : []),
    { id: 'cie-sc-contacts', title: msg('Contatti'), body: contactsTeaser(settings, ctx) },
  ];
}

/** The template's buttons under "Accedi al servizio": the form on this page, the booking page. */
function accessButtons(ctx: GuideContext) {
  const form = ctx.formOnPage('reprint');
  const booking = safeHref(ctx.settings.booking?.url);
  if (!form && !booking) return nothing;
  return html`<p class="d-flex flex-wrap gap-2 mb-0">
    ${form ? html`<a class="btn btn-primary" href=${form}>${msg('Compila la richiesta')}</a>` : nothing}
    ${booking ? html`<a class="btn btn-outline-primary bg-white" href=${booking}>${msg('Prenota appuntamento')}</a>` : nothing}
  </p>`;
}

/** The office as the template's card teaser; `service-area` is its name. */
function contactsTeaser(settings: Settings, ctx: GuideContext) {
  const { office } = settings;
  const { locale } = ctx;
  const address = office.address && addressLine(office.address);
  const lines = [
    ...(address ? [html`${address}`] : []),
    ...servicePhones(office).map((phone) => html`${msg('Telefono')} (${comuneText(phone.topic, locale)}): ${phoneLink(phone.number, phone.display)}`),
    ...(office.email ? [html`${msg('Email')}: ${emailLink(office.email)}`] : []),
    ...(office.pec ? [html`PEC: ${emailLink(office.pec)}`] : []),
    ...(settings.facilitator?.phone
      ? [html`${comuneText(settings.facilitator.name, locale) ?? msg('Facilitatore digitale')}: ${phoneLink(settings.facilitator.phone, settings.facilitator.phoneDisplay)}`]
      : []),
  ];
  return html`<div class="card card-teaser card-teaser-info rounded shadow-sm p-3">
    <div class="card-body pe-3">
      <p class="card-title mb-2"><strong data-element="service-area">${comuneText(office.name, locale)}</strong></p>
      <ul class="list-unstyled mb-0">
        ${lines.map((line) => html`<li class="list-item">${line}</li>`)}
      </ul>
    </div>
  </div>`;
}

/** The document AgID's checker looks for under "Condizioni di servizio": the comune's terms, else its privacy notice; nothing invented. */
function conditionsFile(settings: Settings) {
  const terms = safeHref(settings.serviceCard?.conditionsUrl);
  const privacy = safeHref(settings.privacyNoticeUrl);
  if (terms) return html`<p class="text-paragraph"><a data-element="service-file" href=${terms}>${msg('Condizioni di servizio del Comune')}</a></p>`;
  if (privacy) return html`<p class="text-paragraph"><a data-element="service-file" href=${privacy}>${msg('Informativa sul trattamento dei dati personali')}</a></p>`;
  return nothing;
}
