// "Richiesta ristampa PIN/PUK": the holder, which codes, the contacts the second half is
// sent to, the card's copy when sent online, the declaration of loss, the privacy notice.
import { msg } from '@lit/localize';
import type { Values } from '../forms/form-model.js';
import { closingSections, emailField, holderBirthFields, holderSections, mobileField, someoneElse } from './common-fields.js';
import { defineRequest } from './request-definition.js';
import { reprintRequestSchema, type ReprintRequest } from './schema.js';

const codesLabel = (value: unknown) => (value === 'pin' ? msg('PIN') : value === 'puk' ? msg('PUK') : msg('PIN e PUK'));
const halvesLabel = (value: unknown) =>
  value === 'first' ? msg('Prima metà') : value === 'second' ? msg('Seconda metà') : msg('Entrambe le metà');

export const reprintRequest = defineRequest<ReprintRequest>({
  kind: 'reprint',
  type: 'reprint',
  schema: reprintRequestSchema,
  title: () => msg('Richiesta di ristampa dei codici PIN e PUK'),
  sections: (settings) => [
    ...holderSections(holderBirthFields),
    {
      title: () => msg('Codici da ristampare'),
      fields: [
        {
          name: 'codes',
          kind: 'choice',
          required: true,
          label: () => msg('Quali codici?'),
          errorName: () => msg('Quali codici'),
          options: () => [
            { value: 'both', label: msg('PIN e PUK') },
            { value: 'pin', label: msg('Solo il PIN') },
            { value: 'puk', label: msg('Solo il PUK') },
          ],
          path: 'codes.which',
          summary: {
            label: () => msg('Codici da ristampare'),
            value: (values: Values) => `${codesLabel(values.codes)} – ${halvesLabel(values.halves)}`,
          },
        },
        {
          name: 'halves',
          kind: 'choice',
          required: true,
          label: () => msg('Quale metà dei codici?'),
          errorName: () => msg('Quale metà dei codici'),
          hint: () => msg('La prima metà è sulla ricevuta della richiesta della carta, la seconda è arrivata con la carta.'),
          options: () => [
            { value: 'both', label: msg('Entrambe le metà') },
            { value: 'first', label: msg('Prima metà') },
            { value: 'second', label: msg('Seconda metà') },
          ],
          path: 'codes.halves',
        },
      ],
    },
    {
      title: () => msg('Contatti'),
      fields: [
        emailField(
          settings,
          () => msg('Email personale'),
          () =>
            settings.contactRules?.pecNotAllowed
              ? msg('Qui il Ministero manda la seconda metà dei codici: non una PEC.')
              : msg('Qui il Ministero manda la seconda metà dei codici.'),
        ),
        mobileField(() => msg('Cellulare')),
      ],
    },
    ...closingSections(
      settings,
      'reprint',
      {
        name: 'codesLost',
        kind: 'tick',
        required: true,
        requiredError: 'must-accept',
        label: ({ values }) =>
          someoneElse(values)
            ? msg('Dichiaro che i codici PIN e PUK della carta del titolare sono stati smarriti.')
            : msg('Dichiaro di aver smarrito i codici PIN e PUK della mia carta.'),
        errorName: () => msg('Dichiarazione di smarrimento'),
        hint: () => msg('Chi dichiara il falso è punito dalla legge (art. 76 DPR 445/2000).'),
        path: 'declarations.codesLost',
        toPayload: (value) => value === true,
        summary: { label: () => msg('Dichiarazione'), value: () => msg('Dichiaro di aver smarrito i codici (art. 47 DPR 445/2000)') },
      },
      () => msg('Il Comune usa questi dati solo per ristampare i codici, come previsto dalla legge.'),
    ),
  ],
});
