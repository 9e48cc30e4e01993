/**
 * DOM building without HTML parsing: every string becomes a text node, attributes are set one by
 * one. Data from the store is never passed through innerHTML.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  title?: string;
  attrs?: Record<string, string>;
  data?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (e: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.class) el.className = props.class;
  if (props?.title) el.title = props.title;
  for (const [k, v] of Object.entries(props?.attrs ?? {})) el.setAttribute(k, v);
  for (const [k, v] of Object.entries(props?.data ?? {})) el.dataset[k] = v;
  for (const [k, fn] of Object.entries(props?.on ?? {})) el.addEventListener(k, fn as EventListener);
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** A link only for http(s) URLs; anything else is shown as plain text. */
export function safeLink(url: string | null | undefined, label: string): Node {
  if (url && /^https?:\/\//i.test(url)) return h('a', { attrs: { href: url, rel: 'noopener noreferrer', target: '_blank' } }, label);
  return document.createTextNode(label);
}

/** "Text with [marked] words" → text nodes and <mark> elements (search snippets). */
export function marked(text: string): Node {
  const frag = document.createDocumentFragment();
  const re = /\[([^\]]*)\]/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    append(frag, text.slice(at, m.index), h('mark', null, m[1]));
    at = m.index + m[0].length;
  }
  append(frag, text.slice(at));
  return frag;
}

export function status(el: Element, text: string, cls = 'status'): void {
  fill(el, h('p', { class: cls }, text));
}
