import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its host every minute, so "open now" stays true on a page left open. */
export class MinuteClock implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.host.requestUpdate(), 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
