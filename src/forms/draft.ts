// What a form keeps while the citizen fills it in, so a reload loses nothing: the typed
// answers (never files, never a ticked declaration), the last submitted request's key and
// answers' fingerprint (the same answers submitted after a reload are the same request),
// for 30 minutes, in this tab only.
// Storage is best effort: absent, full or throwing (cookies blocked), the form still works.

/** How long a draft lasts: long enough to find a document, short on a shared computer. */
export const DRAFT_MINUTES = 30;

/** A submitted request: its idempotency key and a fingerprint of its answers (no personal data in clear). */
export interface SubmittedRequest {
  key: string;
  answers: string;
}

export interface Draft {
  values: Record<string, string | boolean>;
  /** A request that may have reached the comune already. */
  submitted?: SubmittedRequest;
  /** Files had been chosen: they must be chosen again. */
  hadFiles: boolean;
}

interface Stored extends Draft {
  savedAt: number;
}

/** sessionStorage, or undefined where reading it throws (cookies blocked) or it is missing. */
function storage(): Storage | undefined {
  try {
    return window.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readDraft(key: string, now = Date.now()): Draft | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const stored = JSON.parse(text) as Partial<Stored>;
    if (typeof stored.savedAt !== 'number' || now - stored.savedAt > DRAFT_MINUTES * 60_000 || typeof stored.values !== 'object') {
      forgetDraft(key);
      return undefined;
    }
    return {
      values: Object.fromEntries(
        Object.entries(stored.values ?? {}).filter((entry): entry is [string, string | boolean] => typeof entry[1] === 'string' || typeof entry[1] === 'boolean'),
      ),
      submitted: isSubmittedRequest(stored.submitted) ? stored.submitted : undefined,
      hadFiles: stored.hadFiles === true,
    };
  } catch {
    return undefined;
  }
}

const isSubmittedRequest = (value: unknown): value is SubmittedRequest =>
  typeof (value as SubmittedRequest | undefined)?.key === 'string' && typeof (value as SubmittedRequest).answers === 'string';

export function writeDraft(key: string, draft: Draft): void {
  try {
    storage()?.setItem(key, JSON.stringify({ ...draft, savedAt: Date.now() } satisfies Stored));
  } catch {
    // Storage full or blocked: the form works on, only without a draft.
  }
}

export function forgetDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
