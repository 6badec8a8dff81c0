// The copies of the card a form accepts, as its page says them. How a chosen file is
// judged (its bytes, its size) is in ./card-copy-checks.ts, which only the checks load.

/** Copies of the card the comuni accept, with the names citizens know them by. */
export const CARD_COPY_TYPES = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' } as const;
export type CardCopyType = keyof typeof CARD_COPY_TYPES;
export const CARD_COPY_MEDIA_TYPES = Object.keys(CARD_COPY_TYPES) as CardCopyType[];
export const DEFAULT_MAX_FILE_MB = 5;

export const isCardCopyType = (type: string): type is CardCopyType => Object.hasOwn(CARD_COPY_TYPES, type);

/** "PDF, JPEG o PNG", "PDF, JPEG or PNG": the accepted types as a citizen reads them. */
export const cardCopyTypesText = (locale: string) =>
  new Intl.ListFormat(locale, { type: 'disjunction' }).format(Object.values(CARD_COPY_TYPES));
