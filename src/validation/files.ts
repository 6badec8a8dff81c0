/** Copies of the card the comuni accept, with the names citizens know them by. */
export const CARD_COPY_TYPES = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' } as const;
export type CardCopyType = keyof typeof CARD_COPY_TYPES;
export const CARD_COPY_MEDIA_TYPES = Object.keys(CARD_COPY_TYPES) as CardCopyType[];
export const DEFAULT_MAX_FILE_MB = 5;

export type FileProblem = 'type' | 'size';

export const isCardCopyType = (type: string): type is CardCopyType => Object.hasOwn(CARD_COPY_TYPES, type);

/** "PDF, JPEG o PNG", "PDF, JPEG or PNG": the accepted types as a citizen reads them. */
export const cardCopyTypesText = (locale: string) =>
  new Intl.ListFormat(locale, { type: 'disjunction' }).format(Object.values(CARD_COPY_TYPES));

export function cardCopyProblem(file: { type: string; size: number }, maxMb: number): FileProblem | undefined {
  if (!isCardCopyType(file.type)) return 'type';
  if (file.size > maxMb * 1024 * 1024) return 'size';
  return undefined;
}
