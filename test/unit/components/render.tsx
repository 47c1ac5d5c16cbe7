/** Mounting helpers for the component tests: render inside act(), optionally into an open shadow root like the content script does. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: Element[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    (container.parentNode instanceof ShadowRoot ? container.parentNode.host : container).remove();
  }
});

export type Mounted = {
  /** Where to query: the shadow root or the plain container. */
  root: ParentNode;
  rerender(vnode: ComponentChild): Promise<void>;
};

export async function mount(vnode: ComponentChild, { shadow = false } = {}): Promise<Mounted> {
  const host = document.createElement('div');
  document.body.append(host);
  let container: HTMLElement = host;
  if (shadow) {
    const shadowRoot = host.attachShadow({ mode: 'open' });
    container = document.createElement('div');
    shadowRoot.append(container);
  }
  mounted.push(container);
  await act(() => {
    render(vnode, container);
  });
  return {
    root: shadow ? (container.parentNode as ShadowRoot) : container,
    rerender: (next) => act(() => {
      render(next, container);
    }),
  };
}

export async function click(element: Element | null): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('click target missing');
  await act(() => {
    element.click();
  });
}

export async function keyDown(element: Element | null, key: string): Promise<void> {
  if (!element) throw new Error('keydown target missing');
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  });
}

/** Sets a form control's value and fires the events a user's typing and committing would. */
export async function typeInto(element: Element | null, value: string, { commit = true } = {}): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) throw new Error('input missing');
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    if (commit) element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

export function one(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** The form control a visible <label for> names (fails if the label is missing or not tied to a control). */
export function labelled(root: ParentNode, text: string): Element {
  const label = all(root, 'label').find((el) => el.textContent === text);
  const id = label?.getAttribute('for');
  if (!id) throw new Error(`no label "${text}" tied to a control`);
  return one(root, `[id="${id}"]`);
}
