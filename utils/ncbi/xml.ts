/**
 * XML access for NCBI responses. MV3 service workers have no DOMParser, so this wraps
 * @xmldom/xmldom, which works in every context (content script, worker, Node).
 *
 * Entities: xmldom knows only the five predefined XML entities and numeric character
 * references. It never reads a DTD's internal subset and never fetches anything, so an
 * internal-entity bomb ("billion laughs") or an external entity stays a literal `&name;`
 * in the text (xmldom reports it as a non-fatal error, which we ignore on purpose: NCBI
 * output never uses other entities, and one odd record should not cost a whole batch).
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { NcbiParseError } from './errors';

export type { Document, Element };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Parses `xml`, requiring its root element to be one of `expectedRoots`. */
export function parseXml(xml: string, expectedRoots: readonly string[]): Document {
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') throw new NcbiParseError(`Malformed XML: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    if (error instanceof NcbiParseError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new NcbiParseError(`Malformed XML: ${detail}`, error);
  }
  const root = doc.documentElement;
  if (!root) throw new NcbiParseError('Malformed XML: no root element');
  if (!expectedRoots.includes(root.nodeName)) {
    // E-utilities report some failures as XML of another shape, e.g. <eFetchResult><ERROR>…
    const detail = collapseWhitespace(textOf(root)).slice(0, 200);
    throw new NcbiParseError(
      `Expected <${expectedRoots.join('> or <')}> but got <${root.nodeName}>${detail ? `: ${detail}` : ''}`,
    );
  }
  return doc;
}

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** Direct element children, optionally only those named `name`. */
export function children(parent: Element | undefined, name?: string): Element[] {
  const found: Element[] = [];
  if (!parent) return found;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && (name === undefined || node.nodeName === name)) found.push(node);
  }
  return found;
}

/** The first direct child named `name`. */
export function child(parent: Element | undefined, name: string): Element | undefined {
  return children(parent, name)[0];
}

/** Walks down through the first child of each name: `path(article, 'Journal', 'JournalIssue')`. */
export function path(start: Element | undefined, ...names: string[]): Element | undefined {
  let current = start;
  for (const name of names) current = child(current, name);
  return current;
}

/** All descendants named `name`, in document order. */
export function descendants(parent: Element | undefined, name: string): Element[] {
  if (!parent) return [];
  return Array.from(parent.getElementsByTagName(name));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Raw text of a subtree. Inline markup (<i>, <sup>, <italic>…) is flattened in place; elements
 * named in `blockNames` are separated from their neighbours by a space so that compact XML
 * (`<p>a</p><p>b</p>`) does not glue words together. Elements in `skipNames` are left out.
 */
export function textOf(
  node: Node | undefined,
  options: { blockNames?: ReadonlySet<string>; skipNames?: ReadonlySet<string> } = {},
): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeType === TEXT_NODE || current.nodeType === CDATA_SECTION_NODE) {
      parts.push(current.nodeValue ?? '');
      return;
    }
    if (!isElement(current) || options.skipNames?.has(current.nodeName)) return;
    const isBlock = options.blockNames?.has(current.nodeName) ?? false;
    if (isBlock) parts.push(' ');
    for (let next = current.firstChild; next; next = next.nextSibling) walk(next);
    if (isBlock) parts.push(' ');
  };
  walk(node);
  return parts.join('');
}

/** Collapsed text of an element, or undefined when it is missing or blank. */
export function cleanText(
  node: Node | undefined,
  options?: { blockNames?: ReadonlySet<string>; skipNames?: ReadonlySet<string> },
): string | undefined {
  const text = collapseWhitespace(textOf(node, options));
  return text === '' ? undefined : text;
}

export function attr(element: Element | undefined, name: string): string | undefined {
  const value = element?.getAttribute(name);
  return value === null || value === undefined ? undefined : value;
}
