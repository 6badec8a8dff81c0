import type { Plugin } from 'vite';

/**
 * The elements' stylesheets (css`…` templates without expressions, in *.styles.ts) as
 * browsers read them, not as people do: comments and indentation go before bundling.
 * The service card's plain-string sheets are left alone.
 */
export function minifyElementStyles(): Plugin {
  const squeeze = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':') // "margin: 0" → "margin:0"; selectors ("a:hover") have no space to lose
      .replace(/([^\w.])0\.(\d)/g, '$1.$2') // "0.5rem" → ".5rem"
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'cie-minify-element-styles',
    apply: 'build',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return code.replace(/css`([^`$]*)`/g, (_, css: string) => `css\`${squeeze(css)}\``);
    },
  };
}
