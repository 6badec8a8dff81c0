// The receiver as a library, for a server that embeds it (and for the tests).
export { ConfigError, loadConfigFile, resolveConfig, type Receiver, type ReceiverConfigInput } from './config.js';
export { migrate, openDatabase, type Database } from './database.js';
export { toCsv, toJson } from './export.js';
export { createMailer, deliverDue, type Mailer } from './mail.js';
export { startReceiver, type RunningReceiver } from './receiver.js';
export { requestsFor } from './store.js';
export { checkEndpoint, reportText, type CheckResult } from './conformance.js';
export { checkBooking } from './booking-check.js';
export { bookingsFor, bookingWeek, cancelByOffice, cancelDay, setBookingDays, setClosed } from './booking.js';
export { CONTACT_UPDATE_EXAMPLE, REPRINT_EXAMPLE } from '../src/requests/contract-examples.js';
