// "Quanto è stato facile usare questo servizio?" once a form has done its part (AgID's
// C.SE.1.7), where the settings say where ratings go: its code and words are asked for then,
// so no other page downloads them.
import { nothing, type LitElement } from 'lit';
import type { RequestKind } from '../../../src/requests/kinds.js';
import type { Settings } from '../../../src/settings/schema.js';
import type { Locale } from '../../../src/settings/value-types.js';
import type { LanguageController } from '../language-controller.js';
import { LazyModule } from '../lazy-module.js';
import type { ServiceRating } from '../rating/service-rating.js';

export class FormRating {
  private readonly code: LazyModule<typeof import('../rating/service-rating.js')>;
  private rating?: ServiceRating;

  constructor(
    private readonly host: LitElement,
    language: LanguageController,
  ) {
    this.code = new LazyModule(host, () => Promise.all([import('../rating/service-rating.js'), language.loadPart('rating')]).then(([code]) => code));
  }

  render(settings: Settings, locale: Locale, request: RequestKind, level: number) {
    const code = settings.rating && this.code.get();
    if (!code) return nothing;
    code.adoptRatingStyles(this.host.renderRoot);
    this.rating ??= new code.ServiceRating(this.host);
    return this.rating.render({ settings, locale, variant: 'service', request, level });
  }
}
