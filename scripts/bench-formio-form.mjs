// The reprint form as Form.io's renderer would draw it (the renderer OpenCity's online
// services use), for `npm run bench` only: the same questions and rules as
// src/requests/reprint.ts — who applies, the holder, codice fiscale and card number by
// pattern, date and place of birth, which codes and which part, personal email and mobile,
// both sides of the card, the declaration and the privacy notice, all required.
const required = { required: true };
const text = (key, label, validate = {}) => ({ type: 'textfield', key, label, input: true, validate: { ...required, ...validate } });
const radio = (key, label, values) => ({ type: 'radio', key, label, input: true, values: values.map(([value, label]) => ({ value, label })), validate: required });
const file = (key, label) => ({ type: 'file', key, label, input: true, storage: 'base64', filePattern: '.pdf,.jpg,.jpeg,.png', fileMaxSize: '5MB', validate: required });
const tick = (key, label) => ({ type: 'checkbox', key, label, input: true, validate: required });

export const REPRINT_FORMIO = {
  display: 'form',
  components: [
    radio('applicantRole', 'Chi fa la richiesta?', [
      ['holder', 'Il titolare della carta'],
      ['parent', 'Un genitore del titolare minorenne'],
      ['guardian', 'Il tutore del titolare minorenne'],
    ]),
    text('holderGivenName', 'Nome'),
    text('holderFamilyName', 'Cognome'),
    text('holderCodiceFiscale', 'Codice fiscale', { pattern: '[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]' }),
    { type: 'day', key: 'holderBirthDate', label: 'Data di nascita', input: true, fields: { day: required, month: required, year: required } },
    text('holderBirthPlace', 'Luogo di nascita'),
    text('cardNumber', 'Numero della carta d’identità elettronica', { pattern: '[Cc][A-Za-z][0-9]{5}[A-Za-z]{2}' }),
    radio('codes', 'Quali codici ti servono?', [
      ['both', 'PIN e PUK'],
      ['pin', 'Solo il PIN'],
      ['puk', 'Solo il PUK'],
    ]),
    radio('halves', 'Quale parte dei codici ti manca?', [
      ['both', 'Tutte e due le parti'],
      ['first', 'Solo la prima parte'],
      ['second', 'Solo la seconda parte'],
    ]),
    { type: 'email', key: 'email', label: 'Email personale', input: true, validate: required },
    { type: 'phoneNumber', key: 'mobile', label: 'Cellulare', input: true, validate: required },
    file('cardFront', 'Fronte della carta'),
    file('cardBack', 'Retro della carta'),
    tick('codesLost', 'Dichiaro di aver smarrito i codici PIN e PUK della mia carta.'),
    tick('privacyRead', 'Ho letto l’informativa sul trattamento dei dati personali'),
    { type: 'button', key: 'submit', label: 'Invia la richiesta', input: true, action: 'submit' },
  ],
};
