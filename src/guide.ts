// How the chosen situation lives in the URL, so a link can open the guide on a path and
// the browser's Back button returns to the question.
import { SITUATIONS, type Situation } from './settings/lists.js';

/** The query parameter holding the situation: Italian, since citizens see it in links. */
export const SITUATION_PARAM = 'cie-situazione';

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}

export function situationInUrl(url: URL): Situation | undefined {
  const value = url.searchParams.get(SITUATION_PARAM);
  return isSituation(value) ? value : undefined;
}

/** The same URL with the situation set (or removed), other parameters and the hash kept. */
export function urlWithSituation(url: URL, situation: Situation | undefined): URL {
  const next = new URL(url.href);
  if (situation) next.searchParams.set(SITUATION_PARAM, situation);
  else next.searchParams.delete(SITUATION_PARAM);
  return next;
}
