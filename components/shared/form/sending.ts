// What a form needs only once the citizen is about to send: the checks of the answers and
// the words for their errors (errors show from the first submit on), the preparing of the
// card's copy, the transport, the email to the office, the views after it (receipt,
// prepared email, summary) and the printed summary. Loaded when the citizen first reaches
// into the form and awaited at submit (RequestForm), so a page that is only read never
// downloads it. The request's zod contract comes the same way, from its declaration
// (RequestDefinition.contract).
export * as checks from '../../../src/forms/person-checks.js';
export { prepareCardCopy } from '../../../src/forms/card-copy.js';
export { fieldErrorText } from './messages.js';
export { errorSummary } from './error-summary.js';
export { failureText } from './failure-text.js';
export { doneView } from './done-views.js';
export { printSummary } from './print-sheet.js';
export { officeEmail } from '../../../src/requests/office-email.js';
export { resolveHeaders, submitRequest } from '../../../src/transport/submit.js';
