import type { Plugin } from 'vite';
import { loadPreset, PRESET_IDS } from '../../src/presets/index.ts';
import { checkSettings } from '../../src/settings/check.ts';
import { canonicalJson } from '../../src/settings/seal.ts';

/**
 * The shipped presets are used as they are, unchecked, in the browser (src/settings/load.ts):
 * so the build checks each one, and that checking changes nothing in it.
 */
export function checkedPresets(): Plugin {
  return {
    name: 'cie-checked-presets',
    apply: 'build',
    async buildStart() {
      for (const id of PRESET_IDS) {
        const preset = await loadPreset(id);
        const result = checkSettings([preset]);
        if (!result.ok) throw new Error(`preset ${id}: ${result.problems.map((p) => `${p.where}: ${p.detail}`).join('; ')}`);
        if (canonicalJson(result.settings) !== canonicalJson(preset)) throw new Error(`preset ${id}: checking it changes it; write it as the schema outputs it`);
      }
    },
  };
}
