/** Copies of the card the comuni accept, with the names citizens know them by. */
export const CARD_COPY_TYPES = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' } as const;
export type CardCopyType = keyof typeof CARD_COPY_TYPES;
export const CARD_COPY_MEDIA_TYPES = Object.keys(CARD_COPY_TYPES) as CardCopyType[];
export const DEFAULT_MAX_FILE_MB = 5;

export type FileProblem = 'type' | 'size' | 'empty';

export const isCardCopyType = (type: string): type is CardCopyType => Object.hasOwn(CARD_COPY_TYPES, type);

/** "PDF, JPEG o PNG", "PDF, JPEG or PNG": the accepted types as a citizen reads them. */
export const cardCopyTypesText = (locale: string) =>
  new Intl.ListFormat(locale, { type: 'disjunction' }).format(Object.values(CARD_COPY_TYPES));

/** The first bytes of each accepted type: a file is judged by what it is, not by its name. */
const SIGNATURES: Record<CardCopyType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The accepted type these bytes start with, if any. */
export function sniffCardCopyType(head: Uint8Array): CardCopyType | undefined {
  return CARD_COPY_MEDIA_TYPES.find((type) => SIGNATURES[type].every((byte, i) => head[i] === byte));
}

export function cardCopyProblem(file: { type: string; size: number }, maxMb: number): FileProblem | undefined {
  if (!isCardCopyType(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxMb * 1024 * 1024) return 'size';
  return undefined;
}
