/**
 * Parses saved pages in a private happy-dom window that loads nothing (no CSS, no scripts):
 * the saved pages link many CDN stylesheets, and a failed load should be a quiet success.
 */
import { Window } from 'happy-dom';

const window = new Window({
  url: 'https://pubmed.ncbi.nlm.nih.gov/',
  settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true, disableComputedStyleRendering: true },
});

export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
