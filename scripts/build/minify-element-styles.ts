import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

/**
 * The elements' stylesheets (css`…` templates without expressions, in *.styles.ts) as
 * browsers read them, not as people do: minified by a CSS parser (Lightning CSS, which Vite
 * itself uses), so a string or a selector is never changed, only spaces, comments and
 * longhands. A sheet it cannot parse stops the build. The service card's plain-string
 * sheets are left alone.
 */
export function minifyElementStyles(): Plugin {
  const minify = (css: string, id: string) =>
    transform({ filename: id, code: Buffer.from(css), minify: true, errorRecovery: false }).code.toString().replace(/`/g, '\\`');
  return {
    name: 'cie-minify-element-styles',
    apply: 'build',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return code.replace(/css`([^`$\\]*)`/g, (_, css: string) => `css\`${minify(css, id)}\``);
    },
  };
}
