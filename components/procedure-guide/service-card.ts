// The whole service as the Designers Italia "scheda servizio" (design-comuni-pagine-statiche,
// servizi/*-scheda-servizio): the page index in a left column, the sections on the right in
// the template's order, "Cosa serve" and "Accedi al servizio" on grey, contacts as a card
// teaser. Rendered into the page's light DOM with the template's (Bootstrap Italia's)
// classes, the data-element markers AgID's checker reads, and the service's JSON-LD.
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { safeHref } from '../../src/links.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { headingTag } from '../shared/heading.js';
import type { GuideContext } from './paths.js';
import { sectionsOf } from './service-card-sections.js';
import { serviceJsonLd, serviceName } from './service-json-ld.js';
import { adoptRatingStyles, ServiceRating } from '../shared/rating/service-rating.js';

export { adoptServiceCardStyles } from './service-card.styles.js';
export { ServiceRating };

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
