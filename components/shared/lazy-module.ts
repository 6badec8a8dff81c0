import type { ReactiveControllerHost } from 'lit';

/**
 * Code an element needs only for some comuni's settings (the counter without appointment):
 * asked for on first use, the element drawn again when it arrives, so other comuni's pages
 * never download it. Until it is here, or if it cannot arrive, the element shows what it
 * can say without it.
 */
export class LazyModule<T> {
  private value?: T;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {}

  /** The module once it has arrived; the first call asks for it. */
  get(): T | undefined {
    this.loading ??= this.load().then(
      (value) => {
        this.value = value;
        this.host.requestUpdate();
      },
      (error: unknown) => console.error('[cie-widgets] a part of the element did not load:', error),
    );
    return this.value;
  }

  /** Settles once what was asked for has arrived or failed (at once when nothing was asked). */
  get settled(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }
}
