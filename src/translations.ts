// What only a page in English or German needs to speak it: the lookup of a translated
// string by its id (@lit/localize's runtime) and the table of translation groups. An
// Italian page never loads this: its words are the source (src/locale.ts).
export { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
export { ALL_LOCALE_GROUPS, LOCALE_GROUPS, LOCALE_MODULES } from './generated/locales/groups.js';
