// Types for scripts/preload-hints.js, which the configurator and the tests import.
export interface LoaderFiles {
  elements: Record<string, string[]>;
  presets: Record<string, string>;
  languages: string[];
  words: Record<string, readonly string[]>;
  translations: string[];
}
export function hintedFiles(map: LoaderFiles, tags: readonly string[], options?: { preset?: string; lang?: string }): string[];
export function hintLines(folderUrl: string, paths: readonly string[], integrity: Record<string, string>): string[];
