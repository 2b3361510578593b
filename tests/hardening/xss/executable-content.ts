/** Elements that run code, load something, or submit: none may come out of an export or a paste. */
const ACTIVE_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'input', 'button', 'textarea',
  'select', 'svg', 'math', 'img', 'video', 'audio', 'source', 'track', 'bgsound', 'xml', 'template', 'noscript', 'details', 'marquee', 'portal',
]);
/** Attributes that hold a URL a browser may load, follow or run. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'dynsrc', 'lowsrc', 'data', 'poster', 'srcset', 'ping', 'codebase', 'cite', 'longdesc', 'usemap', 'manifest']);
/** Only these may be followed from an exported statement or a paste; "#…" stays on the page. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/i;

export type ExecutableContentOptions = {
  /** The export's own head: its meta charset and viewport, and its one stylesheet. */
  allowHead?: { meta: number; style: string };
};

/**
 * What in a parsed tree could run code or reach out: script-like elements, on* handlers,
 * srcdoc, style that loads or evaluates, and URLs outside http, https, mailto and the page.
 * Returns a line per finding, so a failing test shows all of them at once.
 */
export function executableContent(root: ParentNode, options: ExecutableContentOptions = {}): string[] {
  const findings: string[] = [];
  let metas = 0;
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (name === 'meta' && options.allowHead && !element.hasAttribute('http-equiv') && ++metas <= options.allowHead.meta) continue;
    if (name === 'style') {
      if (options.allowHead && element.textContent?.trim() === options.allowHead.style.trim()) continue;
      findings.push(`<style>: ${element.textContent?.slice(0, 80)}`);
      continue;
    }
    if (ACTIVE_ELEMENTS.has(name) || name.includes(':')) findings.push(`<${name}>`);
    for (const attribute of element.getAttributeNames()) {
      const value = element.getAttribute(attribute) ?? '';
      const lower = attribute.toLowerCase();
      if (lower.startsWith('on')) findings.push(`<${name} ${attribute}>`);
      else if (lower === 'srcdoc' || lower === 'formaction' || lower.startsWith('xmlns')) findings.push(`<${name} ${attribute}>`);
      else if (lower === 'style' && /expression|url\s*\(|javascript|behavior|binding|@import/i.test(value)) findings.push(`<${name} style="${value.slice(0, 60)}">`);
      else if (URL_ATTRIBUTES.has(lower) && !SAFE_URL.test(value)) findings.push(`<${name} ${attribute}="${value.slice(0, 60)}">`);
      else if (URL_ATTRIBUTES.has(lower) && !value.startsWith('#') && !['http:', 'https:', 'mailto:'].includes(new URL(value).protocol)) findings.push(`<${name} ${attribute}="${value.slice(0, 60)}">`);
    }
  }
  return findings;
}
