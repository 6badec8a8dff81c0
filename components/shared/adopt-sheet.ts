// Styles for what is rendered in the page's light DOM (the service card, its rating): a
// constructable sheet adopted by the document, or by the shadow root the element sits in.
// No <style> element, so a strict CSP allows it.

/**
 * Adopts `css()`'s sheet once per root and `key`: two elements, or the bundle loaded twice,
 * add nothing more. The mark is a global symbol, shared by copies of the bundle (a
 * WeakSet would be per copy). `css` runs only the first time, when the page is known.
 */
export function adoptSheetOnce(root: Node, key: string, css: () => string): void {
  const target = root instanceof ShadowRoot ? root : document;
  const mark = Symbol.for(`cie-widgets.${key}`);
  const marked = target as (Document | ShadowRoot) & { [mark]?: true };
  if (marked[mark] || !('adoptedStyleSheets' in target)) return;
  marked[mark] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css());
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
