// "Salva e continua dopo" without a server: the typed answers in a small file the citizen
// keeps (never the card's copies, never a ticked declaration), and "Riprendi" reads it back,
// checked before a single answer is taken. Part of the code for sending.
import { z } from '../zod.js';

const FORMAT = 'cie-widgets/answers';

const savedAnswers = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  /** `reprint` or `contactUpdate`: a file resumes only the form it came from. */
  request: z.string(),
  comune: z.string(),
  savedAt: z.string(),
  answers: z.record(z.string().check(z.maxLength(100)), z.union([z.string().check(z.maxLength(1000)), z.boolean()])).check(
    z.refine((answers) => Object.keys(answers).length <= 100, 'too many answers'),
  ),
});

/** The file's text: JSON a person can read, with what it is for. */
export function answersFile(request: string, comune: string, answers: Record<string, string | boolean>, now = new Date()): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, request, comune, savedAt: now.toISOString(), answers }, null, 2)}\n`;
}

export type ReadAnswers = { ok: true; answers: Record<string, string | boolean> } | { ok: false; why: 'not-answers' | 'other-request' };

/** The answers of a saved file, when it is one and for this request. */
export function readAnswersFile(text: string, request: string): ReadAnswers {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, why: 'not-answers' };
  }
  const parsed = savedAnswers.safeParse(data);
  if (!parsed.success) return { ok: false, why: 'not-answers' };
  return parsed.data.request === request ? { ok: true, answers: parsed.data.answers } : { ok: false, why: 'other-request' };
}
