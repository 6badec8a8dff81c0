// What tells a receiver a person filled a form in, without a third-party CAPTCHA: the
// seconds from the form appearing to its sending (by the page's clock, never the phone's
// wall clock, which may be wrong), and the trap field no person sees (empty unless a bot
// filled it).
export class FillingSigns {
  private readonly appearedAt = performance.now();

  constructor(private readonly root: () => ParentNode) {}

  read() {
    const trap = this.root().querySelector<HTMLInputElement>('.trap input');
    return { secondsToFill: Math.max(0, Math.round((performance.now() - this.appearedAt) / 1000)), honeypot: (trap?.value ?? '').slice(0, 200) };
  }
}
