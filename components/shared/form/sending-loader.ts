// A form's code for checking and sending (./sending.ts, the request's contract and their
// words) is asked for once: when the citizen first reaches into the form (it arrives while
// they type), at the latest on submit. A load that failed (the connection dropped) is
// asked for again next time; meanwhile the form says the code is missing.
import type { ReactiveElement } from 'lit';
import type { RequestContract } from '../../../src/requests/request-definition.js';
import type { CieRequest } from '../../../src/requests/schema.js';
import type { FormController } from './form-controller.js';
import type * as Sending from './sending.js';

export type SendingCode = typeof Sending & { contract: RequestContract<CieRequest> };

export class SendingLoader {
  /** Once it has arrived. */
  code?: SendingCode;
  private loading?: Promise<SendingCode>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly answers: () => FormController,
    /** The request's contract and the code's words in the citizen's language, asked for with it. */
    private readonly withIt: () => [Promise<RequestContract<CieRequest>>, Promise<unknown>],
  ) {}

  load(): Promise<SendingCode> {
    if (this.loading) return this.loading;
    this.answers().codeMissing = false;
    this.loading = Promise.all([import('./sending.js'), ...this.withIt()]).then(
      ([code, contract]) => {
        this.answers().code = code;
        this.host.requestUpdate(); // what shows once it is here (the privacy notice's points)
        // Its look comes with it: the errors, the receipt, the summary (none can show before it).
        const root = this.host.renderRoot as ShadowRoot;
        if (code.afterSubmitStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, code.afterSubmitStyles.styleSheet];
        return (this.code = { ...code, contract });
      },
      (error: unknown) => {
        this.loading = undefined;
        this.answers().codeMissing = true;
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.loading;
  }

  /** The citizen reached into the form (focus, typing, autofill): the code starts arriving while they answer. */
  readonly prefetch = () => {
    if (!this.loading) this.load().catch(() => undefined); // tried again on submit, where a failure is told
  };
}
