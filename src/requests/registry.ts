// The declaration of every request, by its key in `settings.requests`: what the receiver
// (its checks, the emails' titles) and the tests walk. The forms import their own
// declaration only, so a page does not carry the other's.
import type { Settings } from '../settings/schema.js';
import { contactUpdateOfficeAnswers, contactUpdateRequest } from './contact-update.js';
import { kindOfType, type RequestKind, type RequestType } from './kinds.js';
import type { OfficeAnswers, RequestDefinition } from './request-definition.js';
import { reprintOfficeAnswers, reprintRequest } from './reprint.js';
import type { CieRequest } from './schema.js';

export const REQUESTS = {
  reprint: reprintRequest,
  contactUpdate: contactUpdateRequest,
} as const satisfies { [K in RequestKind]: { type: RequestType<K> } };

/** How the office reads each request's own answers (the receiver's email and export). */
export const OFFICE_ANSWERS = {
  reprint: reprintOfficeAnswers,
  contactUpdate: contactUpdateOfficeAnswers,
} as const satisfies { [K in RequestKind]: OfficeAnswers<Extract<CieRequest, { type: RequestType<K> }>> };

/** The declaration of the request a payload carries. */
export const definitionOfType = (type: RequestType): RequestDefinition => REQUESTS[kindOfType(type)] as unknown as RequestDefinition;

/** The office's rows of a payload's own answers: label, and the answer or `undefined` where not asked. */
export const officeAnswersOf = (request: CieRequest): [string, string | undefined][] =>
  (OFFICE_ANSWERS[kindOfType(request.type)] as unknown as OfficeAnswers<CieRequest>).map(([label, answer]) => [label, answer(request)]);

/** Every key of `settings.requests` is a request here, and every request a key there. */
type SettingsKinds = keyof Settings['requests'];
export type RegistryCoversSettings = [SettingsKinds] extends [RequestKind] ? ([RequestKind] extends [SettingsKinds] ? true : never) : never;
const _settingsAndRegistryAgree: RegistryCoversSettings = true;
/** Every payload type is a request's, and every request's type a payload's. */
export type RegistryCoversPayloads = [CieRequest['type']] extends [RequestType] ? ([RequestType] extends [CieRequest['type']] ? true : never) : never;
const _payloadsAndRegistryAgree: RegistryCoversPayloads = true;
void [_settingsAndRegistryAgree, _payloadsAndRegistryAgree];
