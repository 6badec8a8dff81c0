// Types for scripts/claims-page.js, which test/claims.test.ts imports.
export function claimsPageTags(source: string, withContactUpdate: boolean): string;
export function ledgerSentences(text: string): string[];
export function sentencesIn(root: Node): string[];
export function ledger(
  sentences: string[],
  settings: unknown,
  national: Record<string, { page: string; verified: string; says: string[] }>,
): { sentence: string; sources: string[] }[];
