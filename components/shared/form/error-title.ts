// "Errore: " before the page's title while a form shows errors (GOV.UK's pattern): the title
// is the first thing a screen reader says of a page, and what a tab shows.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ErrorTitle implements ReactiveController {
  /** The prefix this form put on the page's title, to take it off again. */
  private mark?: string;

  constructor(
    host: ReactiveControllerHost,
    /** "Errore:" in the form's language. */
    private readonly word: () => string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.show(false);
  }

  show(errors: boolean): void {
    if (errors && !this.mark) {
      const mark = `${this.word()} `;
      if (document.title.startsWith(mark)) return; // another form on the page said it already
      document.title = mark + document.title;
      this.mark = mark;
    } else if (!errors && this.mark) {
      if (document.title.startsWith(this.mark)) document.title = document.title.slice(this.mark.length);
      this.mark = undefined;
    }
  }
}
