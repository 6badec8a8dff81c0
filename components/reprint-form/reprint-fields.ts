// The reprint request's own fields and payload; the shared ones are in src/forms/request-fields.ts.
import type { FieldSpec, Values } from '../../src/forms/form-model.js';
import {
  attachmentsPayload,
  cardCopyFieldSpecs,
  contactFieldSpecs,
  contactsPayload,
  holderFieldSpecs,
  holderPayload,
  privacyFieldSpec,
  SHARED_FIELD_OF_PATH,
  textOf,
} from '../../src/forms/request-fields.js';
import type { ReprintRequest } from '../../src/requests/schema.js';
import type { Settings } from '../../src/settings/schema.js';
import type { Attachment } from '../../src/transport/submit.js';

export function reprintFieldSpecs(settings: Settings): FieldSpec[] {
  return [
    ...holderFieldSpecs({ birth: true }),
    { name: 'codes', required: true },
    { name: 'halves', required: true },
    ...contactFieldSpecs(settings),
    // A copy of the card travels only with an online request: by email the citizen attaches
    // it to the message, at the counter they show the card itself.
    ...cardCopyFieldSpecs(() => settings.requests.reprint.channel.type === 'endpoint'),
    { name: 'codesLost', required: true, requiredError: 'must-accept' },
    privacyFieldSpec,
  ];
}

export const reprintFieldForPath = (path: string): string | undefined =>
  ({ ...SHARED_FIELD_OF_PATH, 'codes.which': 'codes', 'codes.halves': 'halves' })[path];

export function reprintPayload(values: Values, envelope: Record<string, unknown>, attachments: Attachment[]): ReprintRequest {
  const { holder, ...applicant } = holderPayload(values);
  return {
    ...(envelope as Pick<ReprintRequest, 'schemaVersion' | 'idempotencyKey' | 'comune' | 'submittedAt' | 'locale'>),
    type: 'reprint',
    holder: { ...holder, birthDate: textOf(values, 'holderBirthDate'), birthPlace: textOf(values, 'holderBirthPlace') },
    ...applicant,
    codes: { which: values.codes as 'pin' | 'puk' | 'both', halves: values.halves as 'first' | 'second' | 'both' },
    contacts: contactsPayload(values),
    declarations: { codesLost: true, privacyNoticeRead: true },
    attachments: attachmentsPayload(attachments),
  };
}
