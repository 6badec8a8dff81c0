// The contact update's own fields and payload; the shared ones are in src/forms/request-fields.ts.
import type { FieldSpec, Values } from '../../src/forms/form-model.js';
import { checkSameEmail } from '../../src/forms/person-checks.js';
import {
  attachmentsPayload,
  cardCopyFieldSpecs,
  contactFieldSpecs,
  contactsPayload,
  holderFieldSpecs,
  holderPayload,
  privacyFieldSpec,
  SHARED_FIELD_OF_PATH,
} from '../../src/forms/request-fields.js';
import type { ContactUpdateRequest } from '../../src/requests/schema.js';
import type { Settings } from '../../src/settings/schema.js';
import type { Attachment } from '../../src/transport/submit.js';

export function contactUpdateFieldSpecs(settings: Settings): FieldSpec[] {
  const { contactUpdate } = settings.requests;
  const [email, mobile] = contactFieldSpecs(settings);
  return [
    ...holderFieldSpecs({ birth: false }),
    email,
    { name: 'emailConfirm', required: true, validate: checkSameEmail('email') },
    mobile,
    ...cardCopyFieldSpecs(() => contactUpdate.channel.type === 'endpoint' && contactUpdate.cardCopyRequired === true),
    { name: 'contactsPersonal', required: true, requiredError: 'must-accept' },
    privacyFieldSpec,
  ];
}

export const contactUpdateFieldForPath = (path: string): string | undefined => SHARED_FIELD_OF_PATH[path];

export function contactUpdatePayload(values: Values, envelope: Record<string, unknown>, attachments: Attachment[]): ContactUpdateRequest {
  return {
    ...(envelope as Pick<ContactUpdateRequest, 'schemaVersion' | 'idempotencyKey' | 'comune' | 'submittedAt' | 'locale'>),
    type: 'contact-update',
    ...holderPayload(values),
    contacts: contactsPayload(values),
    declarations: { contactsArePersonal: true, privacyNoticeRead: true },
    attachments: attachmentsPayload(attachments),
  };
}
