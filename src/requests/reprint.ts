// "Richiesta ristampa PIN/PUK": the holder, which codes (where the comune reprints both), the email the second half is
// sent to, the card's copy when sent online, the privacy notice; the holder's birth, a
// mobile and the declaration of loss only where the comune's module asks them.
import { msg } from '@lit/localize';
import type { Values } from '../forms/form-model.js';
import { closingSections, emailField, mobileField } from './closing-fields.js';
import { holderBirthFields, holderSections, someoneElse } from './common-fields.js';
import { asksMobile } from './channels.js';
import { declared, defineRequest, type OfficeAnswers } from './request-definition.js';
import type { ReprintRequest } from './schema.js';
import type { Settings } from '../settings/schema.js';
import { reprintedCodes } from '../settings/service-facts.js';
import type { LeafPath, RequestField } from './request-field.js';

/** What this comune's module asks beyond the essentials (`requests.reprint.asks`). */
const asks = (settings: Settings) => settings.requests.reprint.asks ?? {};

const codesLabel = (value: unknown) => (value === 'pin' ? msg('PIN') : value === 'puk' ? msg('PUK') : msg('PIN e PUK'));
const halvesLabel = (value: unknown) =>
  value === 'first' ? msg('Prima parte') : value === 'second' ? msg('Seconda parte') : msg('Tutte e due le parti');

/** The declaration of loss names the codes, and whose they are. */
function lossDeclaration(codes: unknown, values: Values): string {
  const forHolder = someoneElse(values);
  switch (codes) {
    case 'pin':
      return forHolder ? msg('Dichiaro che il codice PIN della carta del titolare è stato smarrito.') : msg('Dichiaro di aver smarrito il codice PIN della mia carta.');
    case 'puk':
      return forHolder ? msg('Dichiaro che il codice PUK della carta del titolare è stato smarrito.') : msg('Dichiaro di aver smarrito il codice PUK della mia carta.');
    default:
      return forHolder
        ? msg('Dichiaro che i codici PIN e PUK della carta del titolare sono stati smarriti.')
        : msg('Dichiaro di aver smarrito i codici PIN e PUK della mia carta.');
  }
}

/** Which codes: asked where the comune reprints both, given where it reprints one only. */
const codesOf = (settings: Settings, values: Values): unknown => (reprintedCodes(settings) === 'both' ? values.codes : reprintedCodes(settings));

const codesRow = (settings: Settings) => ({
  label: () => msg('Codici da ristampare'),
  value: (values: Values) => `${codesLabel(codesOf(settings, values))} – ${halvesLabel(values.halves)}`,
});

export const reprintRequest = defineRequest<ReprintRequest>({
  kind: 'reprint',
  type: 'reprint',
  contract: async () => (await import('./schema.js')).reprintRequestSchema,
  title: (settings) =>
    settings && reprintedCodes(settings) === 'puk' ? msg('Richiesta di ristampa del codice PUK') : msg('Richiesta di ristampa dei codici PIN e PUK'),
  given: (settings) => (reprintedCodes(settings) === 'both' ? {} : { 'codes.which': reprintedCodes(settings) }),
  sections: (settings) => [
    ...holderSections(settings, asks(settings).birthDateAndPlace ? holderBirthFields(settings) : []),
    {
      title: () => msg('Codici da ristampare'),
      fields: [
        ...(reprintedCodes(settings) === 'both'
          ? [
              {
                name: 'codes',
                kind: 'choice',
                required: true,
                label: () => msg('Quali codici ti servono?'),
                errorName: () => msg('Quali codici'),
                whenMissing: () => msg('Scegli quali codici ristampare'),
                options: () => [
                  { value: 'both', label: msg('PIN e PUK') },
                  { value: 'pin', label: msg('Solo il PIN') },
                  { value: 'puk', label: msg('Solo il PUK') },
                ],
                path: 'codes.which',
                summary: codesRow(settings),
              } satisfies RequestField<LeafPath<ReprintRequest>>,
            ]
          : []),
        {
          name: 'halves',
          kind: 'choice',
          required: true,
          label: () => (reprintedCodes(settings) === 'puk' ? msg('Quale parte del PUK ti manca?') : msg('Quale parte dei codici ti manca?')),
          errorName: () => msg('Quale parte dei codici'),
          whenMissing: () => msg('Scegli quale parte dei codici ti manca'),
          hint: () =>
            msg('I codici si ricevono in due parti: la prima con la ricevuta della richiesta della carta, la seconda insieme alla carta. Se non sai quale ti manca, scegli tutte e due.'),
          options: () => [
            { value: 'both', label: msg('Tutte e due le parti') },
            { value: 'first', label: msg('Solo la prima parte (era sulla ricevuta della richiesta)') },
            { value: 'second', label: msg('Solo la seconda parte (era con la carta)') },
          ],
          path: 'codes.halves',
          // Where the codes are not asked, this answer's row says which codes too.
          ...(reprintedCodes(settings) === 'both' ? {} : { summary: codesRow(settings) }),
        },
      ],
    },
    {
      title: () => msg('Contatti'),
      fields: [
        emailField(settings, () => msg('Email personale'), () => msg('Qui il Ministero manda la seconda parte dei codici.')),
        ...(asksMobile(settings, 'reprint') ? [mobileField(() => msg('Cellulare'))] : []),
      ],
    },
    ...closingSections(
      settings,
      'reprint',
      asks(settings).lossDeclaration ? {
        name: 'codesLost',
        kind: 'tick',
        required: true,
        requiredError: 'must-accept',
        label: ({ values }) => lossDeclaration(codesOf(settings, values), values),
        errorName: () => msg('Dichiarazione di smarrimento'),
        whenMissing: () => msg('Conferma che i codici sono stati smarriti'),
        hint: () => msg('Chi dichiara il falso è punito dalla legge (art. 76 DPR 445/2000).'),
        path: 'declarations.codesLost',
        toPayload: (value) => value === true,
        summary: { label: () => msg('Dichiarazione (art. 47 DPR 445/2000)'), value: (values: Values) => lossDeclaration(codesOf(settings, values), values) },
      } : undefined,
      () => msg('Il Comune usa questi dati solo per ristampare i codici, come previsto dalla legge.'),
    ),
  ],
});

export const reprintOfficeAnswers: OfficeAnswers<ReprintRequest> = [
  ['Data di nascita', (r) => r.holder.birthDate],
  ['Luogo di nascita', (r) => r.holder.birthPlace],
  ['Codici da ristampare', (r) => ({ pin: 'PIN', puk: 'PUK', both: 'PIN e PUK' })[r.codes.which]],
  ['Parte dei codici mancante', (r) => ({ first: 'prima parte', second: 'seconda parte', both: 'tutte e due le parti' })[r.codes.halves]],
  ['Dichiarazione di smarrimento', (r) => declared(r.declarations.codesLost)],
];
