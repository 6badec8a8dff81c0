/** Copies of the card the comuni accept. */
export const CARD_COPY_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DEFAULT_MAX_FILE_MB = 5;

export type FileProblem = 'type' | 'size';

export function cardCopyProblem(file: { type: string; size: number }, maxMb: number): FileProblem | undefined {
  if (!(CARD_COPY_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > maxMb * 1024 * 1024) return 'size';
  return undefined;
}
