import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; license: string };

/**
 * THIRD-PARTY-NOTICES.txt beside the built files: each package the build bundled into them
 * (Lit, @lit/localize, zod), its version, licence and licence text, which their licences
 * ask a redistribution to carry (minifying drops the headers).
 */
export function thirdPartyNotices(): Plugin {
  return {
    name: 'cie-third-party-notices',
    apply: 'build',
    generateBundle(_, bundle) {
      const packages = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of Object.keys(file.modules)) {
          const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
          if (match) packages.add(match[1]);
        }
      }
      const notices = [...packages].sort().map((name) => {
        const dir = `node_modules/${name}`;
        const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { version: string; license: string };
        return `${name} ${version} (${license})\n\n${readFileSync(`${dir}/LICENSE`, 'utf8').trim()}\n`;
      });
      const source = `cie-widgets ${pkg.version} (${pkg.license}, see LICENSE) bundles these packages:\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`;
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source });
    },
  };
}
