// Questions → review → sent: the review is a screen of its own with an entry in the
// browser's history, so Back (or "Modifica") returns to the questions with every answer
// kept and the focus where the citizen chose.
import type { ReactiveController, ReactiveElement } from 'lit';
import type { SubmissionController } from './submission-controller.js';

export class ReviewFlow implements ReactiveController {
  /** This form's entry in the browser's history while its review shows. */
  private readonly entry = `cie-review-${Math.random().toString(36).slice(2)}`;
  /** Where focus goes once back at the questions: the one whose "Modifica" was chosen, else the first. */
  private editTarget?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly submission: SubmissionController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The checked answers on one screen, its title at the top, focused. */
  async enter(): Promise<void> {
    this.submission.review();
    history.pushState({ ...(history.state as object | null), cieReview: this.entry }, '');
    await this.host.updateComplete;
    const review = this.host.renderRoot.querySelector<HTMLElement>('#review');
    review?.focus({ preventScroll: true });
    review?.scrollIntoView({ block: 'start' });
  }

  /** "Modifica" (or the browser's Back): the questions again, answers kept, focus on the one to change. */
  readonly leave = (name?: string) => {
    this.editTarget = name;
    if ((history.state as { cieReview?: string } | null)?.cieReview === this.entry) history.back(); // popstate finishes
    else void this.backToQuestions();
  };

  private readonly onPopState = () => {
    if (this.submission.phase.name === 'reviewing') void this.backToQuestions();
  };

  private async backToQuestions(): Promise<void> {
    this.submission.edit();
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const target = this.editTarget ? root.querySelector<HTMLElement>(`#field-${this.editTarget}`) : null;
    this.editTarget = undefined;
    const question = target ?? root.querySelector<HTMLElement>('form input, form select, form textarea');
    question?.focus();
    question?.scrollIntoView({ block: 'center' });
  }
}
