// The body's ProseMirror schema: one node type per engine block kind (paragraph, heading,
// quote, list item) and one mark per engine mark (bold, italic, link). Every block is a text
// block, as in the engine, so a document converts to the engine's blocks one to one.
//
// The parse rules decide what survives a paste: structure (paragraphs, headings, quotes, list
// items, bold, italic, safe links) is kept, and everything else (fonts, colours, classes,
// tables' styling, images) is dropped because no rule matches it.

import { Schema, type DOMOutputSpec } from "prosemirror-model";

/** Addresses a link may point to; anything else (javascript:, data:, file:) is dropped. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : null;
}

/** True when an element holds blocks, so a rule should let its children be parsed instead. */
function holdsBlocks(element: HTMLElement): boolean {
  return element.querySelector("p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote") !== null;
}

function headingRule(level: number) {
  return { tag: `h${level}`, attrs: { level } };
}

/** The `lang` attribute of a block whose language the editor set (pasted `lang` attributes are
 * not kept: the checker detects languages itself). */
function lang(node: { attrs: { language?: string | null } }): Record<string, string> {
  return node.attrs.language ? { lang: node.attrs.language } : {};
}

/** Every block may carry the language the editor set for it. */
const language = { language: { default: null } };

export const schema = new Schema({
  nodes: {
    doc: { content: "block+" },
    paragraph: {
      group: "block",
      content: "inline*",
      attrs: { ...language },
      parseDOM: [{ tag: "p" }, { tag: "div", getAttrs: (dom: HTMLElement) => (holdsBlocks(dom) ? false : null) }],
      toDOM: (node): DOMOutputSpec => ["p", lang(node), 0],
    },
    heading: {
      group: "block",
      content: "inline*",
      defining: true,
      attrs: { level: { default: 2 }, ...language },
      parseDOM: [1, 2, 3, 4, 5, 6].map(headingRule),
      toDOM: (node): DOMOutputSpec => [`h${node.attrs.level}`, lang(node), 0],
    },
    quote: {
      group: "block",
      content: "inline*",
      defining: true,
      attrs: { ...language },
      parseDOM: [
        // A quote of several paragraphs becomes several quote blocks.
        { tag: "blockquote p", priority: 60 },
        { tag: "blockquote", getAttrs: (dom: HTMLElement) => (holdsBlocks(dom) ? false : null) },
      ],
      toDOM: (node): DOMOutputSpec => ["blockquote", lang(node), 0],
    },
    list_item: {
      group: "block",
      content: "inline*",
      defining: true,
      attrs: { ordered: { default: false }, ...language },
      parseDOM: [
        {
          tag: "li > p",
          priority: 60,
          getAttrs: (dom: HTMLElement) => ({ ordered: dom.parentElement?.parentElement?.tagName === "OL" }),
        },
        {
          tag: "li",
          getAttrs: (dom: HTMLElement) => (holdsBlocks(dom) ? false : { ordered: dom.parentElement?.tagName === "OL" }),
        },
      ],
      toDOM: (node): DOMOutputSpec => [
        "li",
        { class: node.attrs.ordered ? "list-ordered" : "list-bullet", "data-ordered": String(node.attrs.ordered), ...lang(node) },
        0,
      ],
    },
    text: { group: "inline" },
  },
  marks: {
    // The engine sorts marks bold, italic, link; the schema's order matches.
    bold: {
      parseDOM: [
        { tag: "strong" },
        // Some word processors wrap a whole paste in <b style="font-weight: normal">.
        { tag: "b", getAttrs: (dom: HTMLElement) => (dom.style.fontWeight === "normal" ? false : null) },
        { style: "font-weight", getAttrs: (value: string) => (/^(bold(er)?|[6-9]\d\d)$/.test(value) ? null : false) },
      ],
      toDOM: (): DOMOutputSpec => ["strong", 0],
    },
    italic: {
      parseDOM: [{ tag: "em" }, { tag: "i" }, { style: "font-style=italic" }],
      toDOM: (): DOMOutputSpec => ["em", 0],
    },
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [
        {
          tag: "a[href]",
          getAttrs: (dom: HTMLElement) => {
            const href = safeHref(dom.getAttribute("href"));
            return href ? { href } : false;
          },
        },
      ],
      // A link from outside (a pulled revision, an old database) is shown only if it is safe;
      // otherwise its text stays, without an address to follow.
      toDOM: (mark): DOMOutputSpec => {
        const href = safeHref(mark.attrs.href as string);
        return href ? ["a", { href, title: href, rel: "noopener noreferrer" }, 0] : ["span", { class: "link-refused" }, 0];
      },
    },
  },
});
