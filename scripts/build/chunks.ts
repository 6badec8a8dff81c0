// How the elements' code is cut into files: the names the files get, and which module goes
// in which shared chunk.

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

/**
 * What most elements use (Lit, settings loading, language, times and costs) is one file,
 * not several small ones each page fetches (and gzips) apart; what the guide and the forms
 * share is another, the form engine both forms load a third. A page then asks for at most
 * 5 files after the loader (the reprint form: its entry, core, forms, guide-forms, the
 * preset), within a browser's 6 connections per host on HTTP/1.1, so none waits for another.
 */
export const ELEMENT_CHUNKS = {
  groups: [
    { name: 'core', tags: ['$initial' as const], minShareCount: 3, test: (id: string) => !/\/src\/(national|requests\/channels|validation\/(files|dates))\.ts$/.test(id) },
    { name: 'guide-forms', test: /\/src\/(national|requests\/channels)\.ts$/ },
    { name: 'forms', tags: ['$initial' as const], minShareCount: 2, test: /\/(components\/shared\/form|src\/(forms|requests|validation))\// },
  ],
};
