// A small element builder: text is always set as text, never parsed as HTML.
type Child = Node | string | null | false | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'class' | 'title' | 'href' | 'target' | 'rel' | 'type', string>> & { onclick?: () => void } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'onclick') node.addEventListener('click', v as () => void);
    else node.setAttribute(k, v as string);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}
