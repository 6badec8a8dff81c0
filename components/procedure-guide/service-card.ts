// The whole service as the Designers Italia "scheda servizio" (design-comuni-pagine-statiche,
// servizi/*-scheda-servizio): the page index in a left column, the sections on the right in
// the template's order, "Cosa serve" and "Accedi al servizio" on grey, contacts as a card
// teaser. Rendered into the page's light DOM with the template's (Bootstrap Italia's)
// classes, the data-element markers AgID's checker reads, and the service's JSON-LD.
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
import { comuneNeeds, comuneSteps, pathFor, whoApplies, type GuideContext } from './paths.js';
import { serviceJsonLd, serviceName } from './service-json-ld.js';
import { adoptRatingStyles, ServiceRating } from '../shared/rating/service-rating.js';

export { adoptServiceCardStyles } from './service-card.styles.js';
export { ServiceRating };

interface Section {
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

function sectionsOf(ctx: GuideContext, level: number): Section[] {
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
  const form = ctx.formOnPage.reprint;
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

/** What the comune's theme already prints on the page: the card adds no second one (AgID's checker reads the first). */
export interface ThemeMarkers {
  metatag: boolean;
  pageIndex: boolean;
  /** The theme's own rating (`feedback`). */
  feedback: boolean;
  /** The theme's own service header (`service-title`). */
  serviceTitle: boolean;
  /** The theme's own topics (`service-topic`). */
  serviceTopic: boolean;
}

const NO_THEME_MARKERS: ThemeMarkers = { metatag: false, pageIndex: false, feedback: false, serviceTitle: false, serviceTopic: false };
const MARKERS: Record<keyof ThemeMarkers, string> = {
  metatag: 'metatag',
  pageIndex: 'page-index',
  feedback: 'feedback',
  serviceTitle: 'service-title',
  serviceTopic: 'service-topic',
};

const toldEditor = new WeakSet<Element>();

/**
 * What the comune's theme already prints on the page, outside this card (`card`): a
 * structured-data `metatag`, a `page-index`, a rating, a service header, topics. AgID's
 * checker reads the first of each, so the card adds none of those (a second would be
 * shadowed, or shadow the theme's), and tells the editor once.
 */
export function themeMarkers(card: Element): ThemeMarkers {
  const outside = (marker: string) => [...document.querySelectorAll(`[data-element="${marker}"]`)].some((node) => !card.contains(node));
  const markers = Object.fromEntries(Object.entries(MARKERS).map(([key, marker]) => [key, outside(marker)])) as unknown as ThemeMarkers;
  const found = Object.entries(MARKERS).flatMap(([key, marker]) => (markers[key as keyof ThemeMarkers] ? [marker] : []));
  if (found.length && !toldEditor.has(card)) {
    toldEditor.add(card);
    console.info(
      `[cie-widgets] <cie-procedure-guide mode="service-card">: the page already has data-element="${found.join('", "')}" outside the card, so the card adds none of those (AgID's checker reads the first). Check that the theme's describe this service.`,
    );
  }
  return markers;
}

/** What the card shows beside its sections, as the element asks. */
export interface CardExtras {
  /** The rating at the card's end, shown when the settings say where ratings go. */
  rating?: ServiceRating;
  /** The header (title, status, short description), for a page whose theme prints none. */
  header?: boolean;
}

/** The header Designers Italia's template puts above the card, with AgID's markers; the page's h1 when the card's sections are h2. */
function cardHeader(ctx: GuideContext, level: number) {
  const { settings, locale } = ctx;
  const card = settings.serviceCard;
  const title = serviceName();
  const inactive = comuneText(card?.inactiveReason, locale);
  const titleClass = 'title-xxxlarge mb-3';
  return html`<div class="cmp-heading pb-3 pb-lg-4">
    ${level - 1 <= 1
      ? html`<h1 class=${titleClass} id="cie-sc-title" data-element="service-title">${title}</h1>`
      : headingTag(level - 1, title, 'cie-sc-title', titleClass, 'service-title')}
    <p class="cmp-heading__tag mb-3">
      <span class="chip chip-simple" data-element="service-status"><span class="chip-label">${inactive ? msg('Servizio non attivo') : msg('Servizio attivo')}</span></span>
    </p>
    ${inactive ? html`<p class="text-paragraph">${inactive}</p>` : nothing}
    <p class="subtitle-small mb-3" data-element="service-description">
      ${comuneText(card?.summary, locale) ?? msg('Come recuperare i codici PIN e PUK della carta d’identità elettronica: da soli con l’app CieID, o con una richiesta al Comune.')}
    </p>
  </div>`;
}

/** "Argomenti", after "Contatti" as the model orders them: the site's topic pages the service is listed under. */
function topicsOf(ctx: GuideContext) {
  const topics = ctx.settings.serviceCard?.topics;
  if (!topics?.length) return nothing;
  return html`<div class="mt-4 mb-4">
    <p class="fw-semibold mb-2" id="cie-sc-topics">${msg('Argomenti:')}</p>
    <ul class="d-flex flex-wrap gap-2 list-unstyled" aria-labelledby="cie-sc-topics">
      ${topics.map((topic) => {
        const href = safeHref(topic.url);
        const name = html`<span class="chip-label">${comuneText(topic.title, ctx.locale)}</span>`;
        return html`<li>
          ${href
            ? html`<a class="chip chip-simple" href=${href} data-element="service-topic">${name}</a>`
            : html`<span class="chip chip-simple" data-element="service-topic">${name}</span>`}
        </li>`;
      })}
    </ul>
  </div>`;
}

const toldNoRating = new WeakSet<GuideContext['settings']>();

/** The page's rating (C.SI.2.6), where the settings say where ratings go and the theme has none. */
function ratingOf(ctx: GuideContext, level: number, theme: ThemeMarkers, rating: ServiceRating | undefined, root: Node) {
  if (theme.feedback || !rating) return nothing;
  if (!ctx.settings.rating) {
    if (!toldNoRating.has(ctx.settings)) {
      toldNoRating.add(ctx.settings);
      console.info('[cie-widgets] <cie-procedure-guide mode="service-card">: no `rating.url` in the settings, so the card asks no rating ("Quanto sono chiare le informazioni su questa pagina?", AgID C.SI.2.6): there would be nowhere to keep it.');
    }
    return nothing;
  }
  adoptRatingStyles(root);
  return rating.render({ settings: ctx.settings, locale: ctx.locale, variant: 'page', level });
}

export function renderServiceCard(ctx: GuideContext, level: number, theme: ThemeMarkers = NO_THEME_MARKERS, extras: CardExtras = {}, root: Node = document) {
  const sections = sectionsOf(ctx, level);
  return html`<div class="cie-service-card">
    ${theme.metatag ? nothing : serviceJsonLd(ctx)} ${extras.header && !theme.serviceTitle ? cardHeader(ctx, level) : nothing}
    <div class="row">
      ${theme.pageIndex ? nothing : pageIndex(sections)}
      <div class="col-12 ${theme.pageIndex ? '' : 'col-lg-8 offset-lg-1'}">
        <div class="it-page-sections-container">
          ${sections.map(
            (section) => html`<section
              class="it-page-section mb-4 ${section.grey ? 'has-bg-grey p-3' : ''}"
              id=${section.id}
              data-element=${section.marker ?? nothing}
              aria-labelledby="${section.id}-title"
            >
              ${headingTag(level, section.title, `${section.id}-title`, 'title-xxlarge mb-3')} ${section.body}
            </section>`,
          )}
          ${theme.serviceTopic ? nothing : topicsOf(ctx)}
        </div>
      </div>
    </div>
    ${ratingOf(ctx, level, theme, extras.rating, root)}
  </div>`;
}

function pageIndex(sections: { id: string; title: string }[]) {
  return html`<div class="col-12 col-lg-3 mb-4">
        <nav class="cmp-navscroll sticky-top it-navscroll-wrapper" aria-labelledby="cie-sc-index-title">
          <div class="link-list-wrapper">
            <p class="fw-semibold text-uppercase mb-2" id="cie-sc-index-title">${msg('Indice della pagina')}</p>
            <!-- AgID's checker reads the index as [data-element="page-index"] > li > a: the marker sits on the list. -->
            <ul class="link-list" data-element="page-index">
              ${sections.map(
                (section) => html`<li class="nav-item">
                  <a class="nav-link" href="#${section.id}"><span>${section.title}</span></a>
                </li>`,
              )}
            </ul>
          </div>
        </nav>
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
