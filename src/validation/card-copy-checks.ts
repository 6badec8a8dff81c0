// How a chosen copy of the card is judged: by its first bytes, not its name, and by its
// size. Read by the form's checks (src/forms/card-copy.ts, with the code for sending) and by
// the reference receiver; the page's words about accepted files are in ./files.ts.
import { CARD_COPY_MEDIA_TYPES, isCardCopyType, type CardCopyType } from './files.js';

export type FileProblem = 'type' | 'size' | 'empty';

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

/**
 * Whether a file that starts as `type` also ends as one: a PDF's `%%EOF` near its end, a
 * JPEG's end-of-image marker, a PNG's IEND chunk. Three bytes `ff d8 ff`, or an upload cut
 * short, are not a copy of anything. (The receiver has no image decoder; a form redraws
 * images, which only a whole file survives.)
 */
export function isWholeCardCopy(bytes: Uint8Array, type: CardCopyType): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  switch (type) {
    case 'application/pdf':
      return tail.includes('%%EOF');
    case 'image/jpeg':
      return /\xff\xd9\0*$/.test(tail);
    case 'image/png':
      return tail.includes('IEND');
  }
}

export function cardCopyProblem(file: { type: string; size: number }, maxMb: number): FileProblem | undefined {
  if (!isCardCopyType(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxMb * 1024 * 1024) return 'size';
  return undefined;
}
