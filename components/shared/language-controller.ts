import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLocaleLoaded, loadLocale, localeOf, speakIn } from '../../src/locale.js';
import type { Locale } from '../../src/settings/value-types.js';

/**
 * The element's language (its `lang` or `data-lang`, else the page's), and the one place
 * its words are chosen in: everything an element says — its render and any handler that
 * words a message — runs inside `speak()`. See src/locale.ts for the rule.
 */
export class LanguageController implements ReactiveController {
  /** Parts of the element's code loaded later (a form's code for sending), whose words it now says too. */
  private readonly parts = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts loading the translations as soon as the element is on the page. */
  hostConnected(): void {
    void this.load();
  }

  /** The language asked for. */
  get wanted(): Locale {
    return localeOf(this.host);
  }

  /** The language the element can speak now: the one asked for once loaded, Italian until then. */
  get shown(): Locale {
    const wanted = this.wanted;
    return isLocaleLoaded(wanted, this.host.localName) ? wanted : 'it';
  }

  /** Loads the translations of this element's words in `locale` (the settings wait on it), and of the parts it loaded. */
  load(locale: Locale = this.wanted): Promise<void> {
    return Promise.all([this.host.localName, ...this.parts].map((words) => loadLocale(locale, words))).then(() => undefined);
  }

  /**
   * The words of a part of the code loaded later (`sending`), in the element's language, from
   * now on in every language it is shown in. Whoever loads the part waits on this with it.
   */
  loadPart(part: string): Promise<void> {
    this.parts.add(part);
    return loadLocale(this.wanted, part);
  }

  /** Runs `words` with msg() answering in the element's language, or in `locale`. */
  speak<T>(words: () => T, locale: Locale = this.shown): T {
    return speakIn(locale, words);
  }
}
