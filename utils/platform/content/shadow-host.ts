/**
 * Mounts ExoLens UI in an open shadow root with its CSS (text the caller has in hand: bundled
 * for badges, read from the package for the overlay) as a <style> element, so the UI never
 * paints unstyled, page styles cannot reach in (`:host { all: initial }` in the CSS), and ours
 * cannot leak out. Idempotent per host key, so a content script
 * injected twice (extension reload, other extensions fighting over the DOM) mounts once.
 */
export type ShadowMount = { host: HTMLElement; root: ShadowRoot; container: HTMLElement; remove(): void };

export function createShadowMount(options: {
  tag: string;
  attributes: Record<string, string>;
  css: string;
  /** Where the host goes: appended to `parent` (default body), or inserted after `after`. */
  parent?: Element;
  after?: Element;
}): ShadowMount {
  const doc = (options.parent ?? options.after)?.ownerDocument ?? document;
  const host = doc.createElement(options.tag);
  for (const [name, value] of Object.entries(options.attributes)) host.setAttribute(name, value);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = options.css;
  const container = doc.createElement('div');
  root.append(style, container);
  if (options.after) options.after.after(host);
  else (options.parent ?? doc.body ?? doc.documentElement).append(host);
  return { host, root, container, remove: () => host.remove() };
}
