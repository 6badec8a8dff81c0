// The rating Designers Italia's model asks of a service page (C.SI.2.6) and at the end of a
// digital service (C.SE.1.7), as its cmp-rating draws it: the question and 5 stars; for
// 1–3 stars "where was the difficulty", for 4–5 "what did you like"; then a few words.
// AgID's checker reads it from the page's light DOM by its data-element markers and exact
// Italian texts (pa-website-validator-ng, feedbackComponentStructure.ts), clicking each star
// and looking for the matching follow-up: both follow-ups are always in the DOM, hidden.
// Stars are radios in number order (arrow keys go 1 → 5), each named "Valuta N stelle su 5".
import { msg, str } from '@lit/localize';
import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { DETAILS_MAX, DIFFICULTIES, isPositive, LIKED, RATING_SCHEMA_VERSION, ratedPage, sendRating, type Aspect } from '../../../src/requests/rating.js';
import type { RequestKind } from '../../../src/requests/kinds.js';
import type { Settings } from '../../../src/settings/schema.js';
import type { Locale } from '../../../src/settings/value-types.js';
import { headingTag } from '../heading.js';

export { adoptRatingStyles } from './service-rating.styles.js';

export interface RatingPlace {
  settings: Settings;
  locale: Locale;
  /** `page`: the service card's information; `service`: a form just used. */
  variant: 'page' | 'service';
  /** The form used, for `service`. */
  request?: RequestKind;
  /** The question's heading level; the follow-ups' are one below. */
  level: number;
}

type Step = 'stars' | 'aspect' | 'details' | 'sending' | 'failed' | 'thanks';

interface RatingState {
  stars?: number;
  aspect?: Aspect;
  details: string;
  step: Step;
}

const ASPECT_TEXTS = (): Record<Aspect, string> => ({
  clear: msg('Le indicazioni erano chiare'),
  complete: msg('Le indicazioni erano complete'),
  'always-knew-progress': msg('Capivo sempre che stavo procedendo correttamente'),
  'no-technical-problems': msg('Non ho avuto problemi tecnici'),
  unclear: msg('A volte le indicazioni non erano chiare'),
  incomplete: msg('A volte le indicazioni non erano complete'),
  'unsure-of-progress': msg('A volte non capivo se stavo procedendo correttamente'),
  'technical-problems': msg('Ho avuto problemi tecnici'),
  other: msg('Altro'),
});

const STAR = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 1.7 9.5 9.2H1.6L8 13.9l-2.4 7.6 6.4-4.7 6.4 4.7-2.4-7.6 6.4-4.7h-7.9z" /></svg>`;

let count = 0;

/** One rating's state and its view, kept by the element that shows it. */
export class ServiceRating implements ReactiveController {
  private state: RatingState = { details: '', step: 'stars' };
  private sending?: AbortController;
  /** Ids unique on the page: two ratings (a card and a form) may share it. */
  private readonly id = `cie-rating-${++count}`;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.sending?.abort();
  }

  private set(changes: Partial<RatingState>, focus?: string): void {
    this.state = { ...this.state, ...changes };
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => (this.host.renderRoot.querySelector(`#${this.id}-${focus}`) as HTMLElement | null)?.focus());
  }

  /** A new number of stars starts the follow-up again, as the model's own script does. */
  private choose(stars: number): void {
    this.set({ stars, aspect: undefined, step: 'aspect' });
  }

  private back(): void {
    if (this.state.step === 'aspect') this.set({ stars: undefined, aspect: undefined, step: 'stars' }, 'star-1');
    else {
      const side = this.state.stars !== undefined && isPositive(this.state.stars) ? 'liked' : 'difficulty';
      this.set({ step: 'aspect' }, `${side}-${this.state.aspect ?? (side === 'liked' ? LIKED : DIFFICULTIES)[0]}`);
    }
  }

  private async next(place: RatingPlace): Promise<void> {
    if (this.state.step === 'aspect') return this.set({ step: 'details' }, 'details');
    if (this.state.step === 'sending' || !this.state.stars || !place.settings.rating) return;
    this.set({ step: 'sending' });
    this.sending = new AbortController();
    const details = this.state.details.trim();
    const sent = await sendRating(
      place.settings.rating.url,
      {
        schemaVersion: RATING_SCHEMA_VERSION,
        comune: place.settings.id,
        variant: place.variant,
        ...(place.request ? { request: place.request } : {}),
        page: ratedPage(location.href),
        stars: this.state.stars,
        ...(this.state.aspect ? { aspect: this.state.aspect } : {}),
        ...(details ? { details } : {}),
        locale: place.locale,
      },
      this.sending.signal,
    );
    if (this.sending.signal.aborted) return;
    this.set(sent ? { step: 'thanks' } : { step: 'failed' }, sent ? 'thanks' : undefined);
  }

  render(place: RatingPlace) {
    const { id } = this;
    const { stars, step } = this.state;
    const positive = stars !== undefined && isPositive(stars);
    const texts = ASPECT_TEXTS();
    const followUp = (side: 'liked' | 'difficulty', question: string, aspects: readonly Aspect[], shown: boolean) =>
      html`<fieldset class="cie-rating-step" data-element=${side === 'liked' ? 'feedback-rating-positive' : 'feedback-rating-negative'} ?hidden=${!shown}>
        <legend class="cie-rating-legend">
          <span data-element="feedback-rating-question">${question}</span>
          <span class="step" aria-hidden="true">1/2</span><span class="visually-hidden">${msg('Passo 1 di 2')}</span>
        </legend>
        ${aspects.map(
          (aspect) => html`<div class="form-check choice cie-rating-answer">
            <input type="radio" id="${id}-${side}-${aspect}" name="${id}-${side}" .checked=${shown && this.state.aspect === aspect} @change=${() => this.set({ aspect })} />
            <label for="${id}-${side}-${aspect}" data-element="feedback-rating-answer">${texts[aspect]}</label>
          </div>`,
        )}
      </fieldset>`;
    const inDetails = step === 'details' || step === 'sending' || step === 'failed';
    return html`<div class="cmp-rating cie-rating">
      <div class="card shadow card-wrapper" data-element="feedback">
        <div class="cmp-rating__card-first" ?hidden=${step === 'thanks'}>
          <div class="card-header border-0">
            ${headingTag(
              place.level,
              place.variant === 'page' ? msg('Quanto sono chiare le informazioni su questa pagina?') : msg('Quanto è stato facile usare questo servizio?'),
              `${id}-title`,
              'title-medium-2-semi-bold mb-0',
              'feedback-title',
            )}
          </div>
          <div class="card-body">
            <fieldset class="cie-rating-stars">
              <legend class="visually-hidden">${msg('Valuta da 1 a 5 stelle')}</legend>
              ${[1, 2, 3, 4, 5].map(
                (n) => html`<input
                    type="radio"
                    id="${id}-star-${n}"
                    name="${id}-stars"
                    value=${n}
                    .checked=${stars === n}
                    ?disabled=${step === 'sending'}
                    @change=${() => this.choose(n)}
                  /><label for="${id}-star-${n}" class=${stars !== undefined && n <= stars ? 'filled' : ''} data-element="feedback-rate-${n}"
                    >${STAR}<span class="visually-hidden">${msg(str`Valuta ${n} stelle su 5`)}</span></label
                  >`,
              )}
            </fieldset>
          </div>
        </div>
        <div class="form-rating" ?hidden=${stars === undefined || step === 'thanks'}>
          <div data-step="1" ?hidden=${step !== 'aspect'}>
            ${followUp('liked', msg('Quali sono stati gli aspetti che hai preferito?'), LIKED, step === 'aspect' && positive)}
            ${followUp('difficulty', msg('Dove hai incontrato le maggiori difficoltà?'), DIFFICULTIES, step === 'aspect' && !positive)}
          </div>
          <div data-step="2" ?hidden=${!inDetails}>
            <fieldset class="cie-rating-step">
              <legend class="cie-rating-legend">
                <span>${msg('Vuoi aggiungere altri dettagli?')}</span>
                <span class="step" aria-hidden="true">2/2</span><span class="visually-hidden">${msg('Passo 2 di 2')}</span>
              </legend>
              <div class="form-group">
                <label for="${id}-details">${msg('Dettaglio')}</label>
                <input
                  type="text"
                  class="form-control"
                  id="${id}-details"
                  maxlength=${DETAILS_MAX}
                  aria-describedby="${id}-details-hint"
                  data-element="feedback-input-text"
                  .value=${this.state.details}
                  @input=${(event: Event) => (this.state = { ...this.state, details: (event.target as HTMLInputElement).value })}
                />
                <small id="${id}-details-hint" class="form-text">${msg(str`Inserire massimo ${DETAILS_MAX} caratteri`)}</small>
              </div>
            </fieldset>
          </div>
          <p class="cie-rating-status" role="status">${step === 'sending' ? msg('Invio della valutazione…') : nothing}</p>
          ${step === 'failed'
            ? html`<p class="cie-rating-failed" role="alert">${msg('La valutazione non è stata inviata: controlla la connessione e premi di nuovo «Invia».')}</p>`
            : nothing}
          <div class="d-flex flex-wrap pt-4 w-100 justify-content-center cie-rating-actions">
            <button class="btn btn-outline-primary fw-bold secondary" type="button" ?disabled=${step === 'sending'} @click=${() => this.back()}>${msg('Indietro')}</button>
            <button class="btn btn-primary fw-bold primary" type="button" aria-disabled=${step === 'sending' ? 'true' : 'false'} @click=${() => this.next(place)}>
              ${inDetails ? msg('Invia') : msg('Avanti')}
            </button>
          </div>
        </div>
        ${step === 'thanks'
          ? html`<div class="cmp-rating__card-second">
              <p class="title-medium-2-bold mb-0" id="${id}-thanks" tabindex="-1">${msg('Grazie, il tuo parere ci aiuterà a migliorare il servizio!')}</p>
            </div>`
          : nothing}
      </div>
    </div>`;
  }
}
