import type { ReactiveControllerHost } from 'lit';
import type { BookingSettings } from '../../src/settings/schema.js';
import type { BookingFlow } from './booking-flow.js';
import type { LanguageController } from './language-controller.js';
import { LazyModule } from './lazy-module.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Booking on the page for an element that offers it (the appointment card, a form's summary
 * for the counter): the flow's code and words are asked for on first use, only where the
 * settings name a booking system, and one flow is kept per system, so a booking made stays
 * shown while the element is drawn again.
 */
export class BookingOnPage {
  private readonly code: LazyModule<typeof import('./booking-flow.js')>;
  private current?: { key: string; flow: BookingFlow };

  constructor(
    private readonly host: Host,
    language: LanguageController,
  ) {
    this.code = new LazyModule(host, () => Promise.all([import('./booking-flow.js'), language.loadPart('slots')]).then(([code]) => code));
  }

  /** The flow for this system and comune once its code is here (undefined until then); made again if the settings name another. */
  flowFor(system: NonNullable<BookingSettings['system']>, comune: string): BookingFlow | undefined {
    const code = this.code.get();
    if (!code) return undefined;
    const key = JSON.stringify([system, comune]);
    if (this.current?.key !== key) {
      if (this.current) this.host.removeController(this.current.flow);
      this.current = { key, flow: new code.BookingFlow(this.host, system, comune) };
    }
    return this.current.flow;
  }

  /** The flow made so far, without asking for one. */
  get made(): BookingFlow | undefined {
    return this.current?.flow;
  }

  /** Settles once the flow's code, if asked for, has arrived or failed. */
  get settled(): Promise<void> {
    return this.code.settled;
  }
}
