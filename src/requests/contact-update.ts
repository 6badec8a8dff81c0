// "Richiesta inserimento/aggiornamento contatti": the holder, the new personal email
// (typed twice) and mobile, the card's copy where the comune asks, the declaration that
// the contacts are personal where its page sets that rule, the privacy notice.
import { msg } from '@lit/localize';
import { closingSections, emailField, mobileField } from './closing-fields.js';
import { holderSections } from './common-fields.js';
import type { RequestField } from './request-field.js';
import { declared, defineRequest, type OfficeAnswers } from './request-definition.js';
import type { ContactUpdateRequest } from './schema.js';

/** "Email and mobile are personal", where the comune's page sets that rule (`contactRules.personalOnly`). */
const personalContactsDeclaration: RequestField<'declarations.contactsArePersonal'> = {
  name: 'contactsPersonal',
  kind: 'tick',
  required: true,
  requiredError: 'must-accept',
  label: () => msg('Dichiaro che email e cellulare sono personali e non sono usati da altre persone.'),
  errorName: () => msg('Dichiarazione sui contatti personali'),
  whenMissing: () => msg('Conferma che email e cellulare sono personali'),
  hint: () => msg('Il Ministero rifiuta contatti già associati alla carta di un’altra persona.'),
  path: 'declarations.contactsArePersonal',
  toPayload: (value) => value === true,
  summary: { label: () => msg('Dichiarazione'), value: () => msg('Email e cellulare sono personali e non usati da altre persone') },
};

export const contactUpdateRequest = defineRequest<ContactUpdateRequest>({
  kind: 'contactUpdate',
  type: 'contact-update',
  contract: async () => (await import('./schema.js')).contactUpdateRequestSchema,
  title: () => msg('Richiesta di inserimento o aggiornamento dei contatti della CIE'),
  sections: (settings) => [
    ...holderSections(settings),
    {
      title: () => msg('Nuovi contatti'),
      fields: [
        emailField(settings, () => msg('Email personale'), () => msg('Un indirizzo solo tuo: il Ministero ti scriverà qui.')),
        {
          name: 'emailConfirm',
          kind: 'email',
          required: true,
          check: (checks) => checks.checkSameEmail('email'),
          label: () => msg('Scrivi di nuovo l’email'),
          errorName: () => msg('Conferma dell’email'),
          whenMissing: () => msg('Scrivi di nuovo la tua email'),
          hint: () => msg('Per evitare errori di battitura.'),
          input: { autocomplete: 'email', inputmode: 'email' },
        },
        mobileField(() => msg('Cellulare personale')),
      ],
    },
    ...closingSections(
      settings,
      'contactUpdate',
      // Asked only where the comune's page sets the rule: a declaration the comune does not ask for is not put to the citizen.
      settings.contactRules?.personalOnly ? personalContactsDeclaration : undefined,
      () => msg('Il Comune usa questi dati solo per registrare i contatti sulla carta, come previsto dalla legge.'),
    ),
  ],
});

export const contactUpdateOfficeAnswers: OfficeAnswers<ContactUpdateRequest> = [['Dichiarazione: contatti personali', (r) => declared(r.declarations.contactsArePersonal)]];
