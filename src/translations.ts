// What only a page in English or German needs to speak it: the lookup of a translated
// string by its id (@lit/localize's runtime) and the table of translation groups. An
// Italian page never loads this: its words are the source (src/locale.ts).
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { MsgOptions, TemplateLike, TemplateMap } from '@lit/localize/internal/types.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { ID_LENGTH } from './generated/locales/groups.js';

export { ALL_LOCALE_GROUPS, LOCALE_GROUPS, LOCALE_MODULES } from './generated/locales/groups.js';

/** Each template's id as the groups store it, computed once per template. */
const ids = new Map<TemplateStringsArray | string, string>();

/**
 * msg() in a translated language: @lit/localize's lookup, by the id it would generate cut to
 * the length the groups store it under (scripts/locale-groups.mjs); an id given in the code
 * as it is.
 */
export function translate(templates: TemplateMap, template: TemplateLike, options?: MsgOptions): ReturnType<typeof runtimeMsg> {
  if (options?.id) return runtimeMsg(templates, template, options);
  const strings = typeof template === 'string' ? template : template.strings;
  let id = ids.get(strings);
  if (id === undefined) {
    id = generateMsgId(strings, typeof template !== 'string' && !('strTag' in template)).slice(0, ID_LENGTH);
    ids.set(strings, id);
  }
  return runtimeMsg(templates, template, { id });
}
