// How the elements' code is cut into files: the names the files get, and which module goes
// in which shared chunk.
import type { Plugin } from 'vite';

/**
 * A chunk's file name says what it holds: "core" for what every element shares (Lit, zod,
 * settings), not whichever of its modules the bundler picks, with six characters of hash
 * (36 bits tell a version's files apart). A translation group is `en-contacts.js`
 * (src/generated/locales/en/contacts.ts), with no hash: the loader makes its name from the
 * language and the group instead of listing some thirty hashed names in every page; the
 * version in the folder's name keeps caches apart, as for the elements' entries.
 */
export function chunkFileName(chunk: { name: string; facadeModuleId: string | null; moduleIds: string[] }): string {
  const group = /\/src\/generated\/locales\/(\w+)\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  if (group) return `${group[1]}-${group[2]}.js`;
  if (chunk.moduleIds.some((id) => id.includes('/node_modules/@lit/reactive-element/'))) return 'core-[hash:6].js';
  return '[name]-[hash:6].js';
}

/** The form engine: the forms' elements and what only forms need (answers, requests, checks). */
const FORM_ENGINE = /\/(components\/shared\/form|src\/(forms|requests|validation))\//;
/** What the guide and the forms share (national facts, what each channel means): a small chunk of its own. */
const GUIDE_AND_FORMS = /\/src\/(national|requests\/channels)\.ts$/;

/**
 * What most elements use (Lit, settings loading, language, times and costs) is one file,
 * `core`, not several small ones each page fetches (and gzips) apart; what the guide and the
 * forms share is another, the form engine both forms load a third. A page then asks for at
 * most 5 files after the loader (the reprint form: its entry, core, forms, guide-forms, the
 * preset), within a browser's 6 connections per host on HTTP/1.1, so none waits for another.
 * The form engine is kept out of `core` by its path, whatever number of entries share it: a
 * third form must not put it on the contacts card's page (`formEngineOutOfCore` checks).
 */
export const ELEMENT_CHUNKS = {
  groups: [
    { name: 'core', tags: ['$initial' as const], minShareCount: 3, test: (id: string) => !FORM_ENGINE.test(id) && !GUIDE_AND_FORMS.test(id) },
    { name: 'guide-forms', test: GUIDE_AND_FORMS },
    { name: 'forms', tags: ['$initial' as const], minShareCount: 2, test: FORM_ENGINE },
  ],
};

/** Fails the build when a module of the form engine lands in a chunk every element loads. */
export function formEngineOutOfCore(): Plugin {
  return {
    name: 'cie-form-engine-out-of-core',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !/(^|\/)core-/.test(file.fileName)) continue;
        const misplaced = Object.keys(file.modules).filter((id) => FORM_ENGINE.test(id) || GUIDE_AND_FORMS.test(id));
        if (misplaced.length) this.error(`${file.fileName}, loaded by every element, holds form code: ${misplaced.join(', ')}`);
      }
    },
  };
}
