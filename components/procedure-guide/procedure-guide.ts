import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isSituation, situationInUrl, urlWithSituation } from '../../src/guide.js';
import { nationalFacts } from '../../src/national.js';
import type { Locale } from '../../src/settings/value-types.js';
import { SITUATIONS, type Situation } from '../../src/settings/lists.js';
import type { Settings } from '../../src/settings/schema.js';
import { formOf } from '../../src/requests/kinds.js';
import type { RequestKind } from '../../src/requests/kinds.js';
import { baseStyles } from '../shared/base.styles.js';
import { CieElement } from '../shared/cie-element.js';
import { procedureGuideStyles } from './procedure-guide.styles.js';
import type { GuideContext } from './paths.js';
import { situationLabel } from './situations.js';
import { reservedSpace } from '../shared/reserved-space.js';

/**
 * Asks the citizen's situation and shows only their path: numbered steps, what to have
 * at hand, time, cost, help. With `mode="service-card"` it renders the whole Italian
 * "scheda servizio" in the page's light DOM instead, where AgID's checker can read it.
 *
 * @tag cie-procedure-guide
 * @summary The CIE PIN/PUK recovery procedure, situation by situation.
 * @csspart card - the outer box
 * @csspart heading - headings
 * @csspart question - the form asking the situation
 * @csspart path - the chosen path
 * @csspart steps - the numbered steps
 * @csspart needs - what to have at hand
 * @csspart warning - the warning on PUK tries
 * @csspart help - whom to ask for help
 * @cssproperty --cie-color-warning - the border of the warning on PUK tries
 * @cssproperty --cie-color-warning-surface - its background
 */
export class CieProcedureGuide extends CieElement {
  static override styles = [baseStyles, procedureGuideStyles, reservedSpace('cie-procedure-guide')];
  static override properties: PropertyDeclarations = {
    mode: {},
    situation: {},
    header: { type: Boolean },
  };

  static {
    // The element's own state, re-rendering when it changes; kept out of `properties`,
    // which the editors' manifest reads as attributes.
    for (const name of ['chosen', 'serviceCard', 'paths', 'pathsMissing']) this.createProperty(name, { state: true });
  }

  /** `service-card` renders the whole service card in the light DOM. Twin: `data-mode`. */
  mode?: 'guide' | 'service-card';
  static override get observedAttributes(): string[] {
    // The twins an editor may set instead: a change re-renders, and IDE completion lists them.
    return [...super.observedAttributes, 'data-mode', 'data-situation', 'data-header'];
  }

  /**
   * With `mode="service-card"`: the card's header too (title, short description, status,
   * topics, with AgID's markers), for a page whose theme prints none. Twin: `data-header`.
   */
  header = false;

  /** The situation to open on when the URL names none. Twin: `data-situation`. */
  situation?: string;

  private chosen?: Situation;

  protected override get showsServiceCard(): boolean {
    return (this.mode ?? this.twin('mode')) === 'service-card';
  }

  protected override createRenderRoot() {
    // AgID's checker reads only the light DOM; page styles (Bootstrap Italia) apply there.
    return this.showsServiceCard ? this : super.createRenderRoot();
  }

  /** The service card's code, loaded only where an editor asked for it (most pages show the guide). */
  private serviceCard?: typeof import('./service-card.js');
  /** The card's "Quanto sono chiare le informazioni su questa pagina?", kept across renders. */
  private rating?: import('./service-card.js').ServiceRating;
  private serviceCardLoading?: Promise<unknown>;

  /** The paths' code (./path-code.ts), once it has arrived; asked for when the citizen reaches into the question. */
  private paths?: typeof import('./path-code.js');
  private pathsLoading?: Promise<unknown>;
  /** The paths' code was asked for and did not arrive (the connection dropped); asked again on the next answer. */
  private pathsMissing = false;

  override get ready(): Promise<void> {
    return Promise.all([super.ready, this.serviceCardLoading, this.pathsLoading]).then(() => this.updateComplete.then(() => undefined));
  }

  private readonly loadPaths = () => {
    if (this.pathsLoading) return;
    this.pathsMissing = false;
    // Their words in the element's language come with them.
    this.pathsLoading = Promise.all([import('./path-code.js'), this.language.loadPart('paths')]).then(
      ([code]) => {
        this.paths = code;
        this.pathsMissing = false;
      },
      (error: unknown) => {
        console.error('[cie-widgets] the guide’s paths did not load:', error);
        this.pathsLoading = undefined;
        this.pathsMissing = true;
      },
    );
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.showsServiceCard) {
      // Fetched beside the settings, not after them.
      this.serviceCardLoading ??= Promise.all([import('./service-card.js'), this.language.loadPart('servicecard')]).then(
        ([module]) => (this.serviceCard = module),
      );
      return;
    }
    const initial = this.situation ?? this.twin('situation');
    this.chosen = situationInUrl(new URL(location.href)) ?? (isSituation(initial) ? initial : undefined);
    if (this.chosen) this.loadPaths(); // the page opens on a path: its code is asked for beside the settings
    window.addEventListener('popstate', this.followUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.followUrl);
  }

  /** Back and Forward move between the question and the paths. */
  private readonly followUrl = () => {
    this.chosen = situationInUrl(new URL(location.href));
    if (this.chosen) this.loadPaths();
  };

  private choose(situation: Situation, addToHistory: boolean): void {
    const url = new URL(location.href);
    if (situation !== situationInUrl(url)) {
      const next = urlWithSituation(url, situation);
      // The first answer is a step Back can undo; trying other answers replaces it, so
      // Back still returns to the question rather than through every radio touched.
      if (addToHistory || !situationInUrl(url)) history.pushState(history.state, '', next);
      else history.replaceState(history.state, '', next);
    }
    this.chosen = situation;
    this.loadPaths();
  }

  private onAnswer(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!isSituation(input.value)) return;
    this.choose(input.value, false);
    this.revealPath = !this.answeringByKeys;
  }

  /**
   * Links in a path: to another answer ("Lost the PUK too?"), the path changes without
   * reloading the page; to a place on this page (`#richiesta`, the request form), the
   * citizen goes there. Its address keeps the answer's `?cie-situazione=`, so the fragment
   * decides: a link with one is a place, never an answer.
   */
  private onPathClick(event: MouseEvent): void {
    const anchor = (event.composedPath()[0] as Element | undefined)?.closest?.('a');
    if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    const target = new URL(anchor.href);
    if (target.origin !== location.origin || target.pathname !== location.pathname) return;
    if (target.hash) {
      const place = document.getElementById(decodeURIComponent(target.hash.slice(1)));
      if (!place) return; // the browser's own jump
      event.preventDefault();
      history.pushState(history.state, '', target.href);
      // Into view and focused (an element of ours focuses its heading): a screen reader reads on from there.
      place.scrollIntoView({ block: 'start' });
      place.focus({ preventScroll: true });
      return;
    }
    const situation = situationInUrl(target);
    if (situation) {
      event.preventDefault();
      this.choose(situation, true);
      this.renderRoot.querySelector<HTMLElement>('#path-heading')?.focus();
    }
  }

  /** How the last answer was given: by keys, the citizen is still moving through the options (arrows); by touch or click, they chose. */
  private answeringByKeys = false;
  /** A chosen path to bring into view and focus once it shows (it may still be coming). */
  private revealPath = false;

  private revealChosenPath(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#path-heading');
    if (!heading) return;
    this.revealPath = false;
    // On a phone the path starts below the seven options, out of sight: its heading comes to the top.
    const { top, bottom } = heading.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A new answer, or the path of the answer given arriving.
    if (!changed.has('chosen' as keyof CieProcedureGuide) && !changed.has('paths' as keyof CieProcedureGuide)) return;
    // Written outside Lit's bindings so the live region changes once per new path: a
    // screen reader hears where the answer appeared, not the whole path.
    const status = this.renderRoot.querySelector('#announcement');
    const title = this.renderRoot.querySelector('#path-heading')?.textContent;
    // A path the focus moves to is read from its heading: said once, not also here.
    if (this.revealPath && title) this.revealChosenPath();
    else if (status) status.textContent = title ? this.language.speak(() => msg(str`Ecco cosa fare: ${title}`)) : '';
  }

  private context(settings: Settings, locale: Locale): GuideContext {
    /** The form on this page that makes the request, by its `id`. */
    const formOnPage = (request: RequestKind) => {
      const id = document.querySelector(`${formOf(request)}[id]`)?.id;
      return id ? `#${id}` : undefined;
    };
    return {
      settings,
      locale,
      national: nationalFacts(settings),
      formOnPage,
      situationHref: (situation) =>
        this.showsServiceCard ? `#cie-path-${situation}` : urlWithSituation(new URL(location.href), situation).href,
    };
  }

  // The path's wrapper listens for clicks on its links (Enter on a link is a click too);
  // nothing in it is clickable itself, so it needs no key handler of its own.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  protected override renderWithSettings(settings: Settings, locale: Locale) {
    const ctx = this.context(settings, locale);
    if (this.showsServiceCard) {
      if (!this.serviceCard) return this.renderLoading();
      this.serviceCard.adoptServiceCardStyles(this.getRootNode());
      this.rating ??= new this.serviceCard.ServiceRating(this);
      const header = this.header || this.hasAttribute('data-header');
      return this.serviceCard.renderServiceCard(ctx, this.level, this.serviceCard.themeMarkers(this), { rating: this.rating, header }, this.getRootNode());
    }
    return html`<section class="card" part="card" aria-labelledby="guide-heading">
      ${this.ownHeading(msg('Recupera PIN e PUK della carta d’identità elettronica'), 'guide-heading')}
      <form
        part="question"
        @focusin=${this.loadPaths}
        @keydown=${() => (this.answeringByKeys = true)}
        @pointerdown=${() => (this.answeringByKeys = false)}
        @change=${this.onAnswer}
        @submit=${(e: Event) => e.preventDefault()}
      >
        <fieldset>
          <legend>${msg('Qual è la tua situazione?')}</legend>
          ${SITUATIONS.map(
            (situation) => html`<div class="option">
              <input type="radio" name="situation" id="situation-${situation}" value=${situation} .checked=${this.chosen === situation} />
              <label for="situation-${situation}">${situationLabel(situation)}</label>
            </div>`,
          )}
        </fieldset>
      </form>
      <p class="visually-hidden" role="status" id="announcement"></p>
      <div @click=${this.onPathClick}>${this.chosen ? this.renderChosen(this.chosen, ctx) : nothing}</div>
    </section>`;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */

  /** "Riprova": the focus goes to the path once it is here (or back to the button), not lost with the button. */
  private readonly retryPaths = async () => {
    this.loadPaths();
    await this.pathsLoading;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#path-heading, .retry')?.focus();
  };

  /** The chosen path; until its code is here, that it is coming (or that it did not arrive). */
  private renderChosen(chosen: Situation, ctx: GuideContext) {
    if (this.paths) return this.paths.renderPath(this.paths.pathFor(ctx, chosen), ctx, this.level + 1);
    if (!this.pathsMissing) return html`<p class="muted" role="status">${msg('Caricamento…')}</p>`;
    return html`<div role="alert">
      <p>${msg('Questa parte della guida non è arrivata: controlla la connessione e riprova.')}</p>
      <button type="button" class="retry" @click=${this.retryPaths}>${msg('Riprova')}</button>
    </div>`;
  }
}
