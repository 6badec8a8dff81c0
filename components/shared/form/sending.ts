// What a form needs only once the citizen is about to send: the checks of the answers and
// the words for their errors (errors show from the first submit on), the privacy notice's
// points (read in a disclosure, opened once the citizen is in the form), the preparing of the
// card's copy, the review of the answers before sending, the submit itself (payload,
// integrator event, the comune's channel), the views after it (receipt, prepared email, summary) and the printed summary. Loaded when
// the citizen first reaches into the form and awaited at submit (RequestForm), so a page
// that is only read never downloads it. The request's zod contract comes the same way,
// from its declaration (RequestDefinition.contract).
export { submitAnswers } from './submit-answers.js';
export { answerRows, summaryRows } from '../../../src/requests/request-payload.js';
export { reviewView } from './review-view.js';
export { resumeAnswers, saveAnswers } from './keep-answers.js';
export * as checks from '../../../src/forms/person-checks.js';
export * as notices from '../../../src/requests/privacy-notice.js';
export { prepareCardCopy } from '../../../src/forms/card-copy.js';
export { fieldErrorText } from './messages.js';
export { afterSubmitStyles } from './after-submit.styles.js';
export { errorSummary } from './error-summary.js';
export { failureText } from './failure-text.js';
export { doneView } from './done-views.js';
export { printSummary } from './print-sheet.js';
export { BookingOnPage } from '../booking-on-page.js';
