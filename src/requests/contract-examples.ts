// One example request per request type, as the forms send them with an `endpoint` channel
// (the only channel that posts): the OpenAPI contract shows them, and the build parses
// each with the published schema, so an example can never drift from what is sent.
// Invented people only: the published example codice fiscale and card number.
import type { ContactUpdateRequest, ReprintRequest } from './schema.js';

const envelope = {
  schemaVersion: 1,
  comune: 'esempio',
  submittedAt: '2026-11-25T09:30:00.000Z',
  locale: 'it',
  form: { secondsToFill: 184, honeypot: '' },
} as const;

export const REPRINT_EXAMPLE: ReprintRequest = {
  ...envelope,
  type: 'reprint',
  idempotencyKey: '7f1c0a52-8a5b-4a53-9c55-1c1a0f1e2d3c',
  holder: {
    givenName: 'Mario',
    familyName: 'Rossi',
    codiceFiscale: 'RSSMRA70A01H501S',
    birthDate: '1970-01-01',
    birthPlace: 'Roma',
    cardNumber: 'CA00000AA',
  },
  codes: { which: 'both', halves: 'second' },
  contacts: { email: 'mario.rossi@example.it', mobile: '+393331234567' },
  declarations: { codesLost: true, privacyNoticeRead: true },
  attachments: [
    { part: 'cardFront', name: 'fronte.pdf', type: 'application/pdf', size: 182311 },
    { part: 'cardBack', name: 'retro.jpg', type: 'image/jpeg', size: 240512 },
  ],
};

/** A delegate applying for the holder (where the comune accepts delegates), the card's copy required by this comune. */
export const CONTACT_UPDATE_EXAMPLE: ContactUpdateRequest = {
  ...envelope,
  type: 'contact-update',
  idempotencyKey: '2b8e1c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  applicant: { role: 'delegate', givenName: 'Maria', familyName: 'Rossi', codiceFiscale: 'CNTCHR83T41D969D' },
  holder: { givenName: 'Luca', familyName: 'Rossi', codiceFiscale: 'RCCMNL83S18D969H', cardNumber: 'CA00000AA' },
  contacts: { email: 'famiglia.rossi@example.it', mobile: '+393331234567' },
  declarations: { contactsArePersonal: true, privacyNoticeRead: true },
  attachments: [{ part: 'cardFront', name: 'fronte.png', type: 'image/png', size: 98304 }],
};
