import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { SettingsProblem } from '../../src/settings/problems.js';
import type { Settings } from '../../src/settings/schema.js';
import type { Locale } from '../../src/settings/value-types.js';

export interface LoadedSettings {
  settings: Settings;
  locale: Locale;
}

/** What an element shows: loading, its content, or what is wrong with its settings (already worded). */
export type SettingsState =
  | { status: 'loading' }
  | { status: 'ready'; loaded: LoadedSettings }
  | { status: 'wrong'; problems: SettingsProblem[]; view: ProblemsView };

/** The words for wrong settings, with "Riprova" where trying again may help. */
export type ProblemsView = (problems: readonly SettingsProblem[], retry?: () => void) => TemplateResult;

/** Problems a second try may not have: a file that did not arrive. Wrong settings stay wrong. */
export const mayPassOnRetry = (problems: readonly SettingsProblem[]): boolean =>
  problems.length > 0 && problems.every((problem) => problem.reason === 'unreachable' || problem.reason === 'not-loaded');

export interface SettingsSource {
  /** Everything the settings depend on, compared as JSON: a change loads them again. */
  key: () => unknown;
  /** Loads them; a thrown error is shown as a settings problem. */
  load: () => Promise<{ ok: true; loaded: LoadedSettings } | { ok: false; problems: SettingsProblem[] }>;
  /** The words for wrong settings: a chunk of its own, asked for only when something is wrong. */
  problemsView: () => Promise<ProblemsView>;
}

/**
 * An element's settings, loaded again whenever what they depend on changes (attributes,
 * language), the latest load winning. Lit's Task did this with 0.8 KB more on every page.
 */
export class SettingsController implements ReactiveController {
  state: SettingsState = { status: 'loading' };
  /** The last settings shown: kept while new ones load (another language), gone when they are wrong. */
  last?: LoadedSettings;
  private key?: string;
  private run = 0;
  private waiting?: { promise: Promise<void>; resolve: () => void };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: SettingsSource,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = JSON.stringify(this.source.key());
    if (key === this.key) return;
    this.key = key;
    this.state = { status: 'loading' };
    void this.start(++this.run);
  }

  /** Loads them again, as they are (a file that did not arrive may arrive now). */
  retry(): void {
    this.key = undefined;
    this.host.requestUpdate();
  }

  /**
   * Something went wrong showing settings that loaded (a sealed file of the wrong shape, a
   * value the code did not expect): the element shows the settings problem, never an
   * endless "Caricamento…" or a blank box.
   */
  failedToShow(error: unknown): void {
    if (this.state.status !== 'ready') return;
    const run = this.run;
    const loaded = this.state.loaded;
    void this.wrong([{ reason: 'invalid', where: '(settings)', detail: `could not be shown: ${String(error)}` }]).then((state) => {
      if (run !== this.run || this.state.status !== 'ready' || this.state.loaded !== loaded) return;
      this.state = state;
      this.last = undefined;
      this.host.requestUpdate();
    });
  }

  /** Settles once the latest load has (settings or problems). */
  get settled(): Promise<void> {
    if (this.state.status !== 'loading') return Promise.resolve();
    if (!this.waiting) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.waiting = { promise, resolve };
    }
    return this.waiting.promise;
  }

  private async start(run: number): Promise<void> {
    let state: SettingsState;
    try {
      const result = await this.source.load();
      state = result.ok ? { status: 'ready', loaded: result.loaded } : await this.wrong(result.problems);
    } catch (error) {
      state = await this.wrong([{ reason: 'invalid', where: '(settings)', detail: String(error) }]);
    }
    if (run !== this.run) return; // newer attributes: their load decides
    this.state = state;
    this.last = state.status === 'ready' ? state.loaded : undefined;
    this.waiting?.resolve();
    this.waiting = undefined;
    this.host.requestUpdate();
  }

  private async wrong(problems: SettingsProblem[]): Promise<SettingsState> {
    return { status: 'wrong', problems, view: await this.source.problemsView() };
  }
}
