import { DOMParser as PMDOMParser, DOMSerializer } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import type { Block } from "../ipc";
import { bodyText, bodyToDoc, docToBody } from "./convert";
import { schema } from "./schema";

const body: Block[] = [
  { type: "heading", level: 2, runs: [{ text: "Koridor Timur" }] },
  {
    type: "paragraph",
    runs: [
      { text: "Menteri " },
      { text: "Rudiantara", marks: [{ type: "bold" }] },
      { text: " menyebut " },
      { text: "e-ticketing", marks: [{ type: "italic" }, { type: "link", href: "https://example.org/tiket" }] },
      { text: " siap." },
    ],
  },
  { type: "quote", runs: [{ text: "“We waited three hours,” said Sri." }], language: "en" },
  { type: "list_item", ordered: true, runs: [{ text: "Tawang" }] },
  { type: "list_item", ordered: true, runs: [{ text: "Genuk" }] },
  { type: "list_item", ordered: false, runs: [{ text: "Halte baru" }] },
];

function parseHTML(html: string) {
  const element = document.createElement("div");
  element.innerHTML = html;
  return docToBody(PMDOMParser.fromSchema(schema).parse(element));
}

describe("engine body ⇄ ProseMirror document", () => {
  it("shows a link from outside only when its address is safe", () => {
    const hostile: Block[] = [
      {
        type: "paragraph",
        runs: [
          { text: "aman", marks: [{ type: "link", href: "https://example.org" }] },
          { text: " " },
          { text: "jahat", marks: [{ type: "link", href: "javascript:alert(1)" }] },
        ],
      },
    ];
    const element = document.createElement("div");
    element.append(DOMSerializer.fromSchema(schema).serializeFragment(bodyToDoc(hostile).content));
    const links = [...element.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["https://example.org"]);
    expect(element.textContent).toBe("aman jahat");
    expect(element.innerHTML).not.toContain("javascript");
  });

  it("round-trips every block kind and mark", () => {
    expect(docToBody(bodyToDoc(body))).toEqual(body);
  });

  it("keeps characters outside the Basic Multilingual Plane whole", () => {
    const text = "Emoji 👍🏽 dan huruf 𝒳 serta 𠀀 tetap utuh";
    const roundTripped = docToBody(bodyToDoc([{ type: "paragraph", runs: [{ text, marks: [{ type: "bold" }] }] }]));
    expect(roundTripped[0].runs[0].text).toBe(text);
    // ProseMirror counts UTF-16 units, as the engine's finding offsets do.
    expect(bodyToDoc(roundTripped).content.size).toBe(text.length + 2);
  });

  it("writes marks in the engine's order and merges neighbours with equal marks", () => {
    const italic = schema.marks.italic.create();
    const bold = schema.marks.bold.create();
    const doc = schema.node("doc", null, [
      schema.node("paragraph", null, [schema.text("a", [italic, bold]), schema.text("b", [bold, italic]), schema.text("c")]),
    ]);
    expect(docToBody(doc)).toEqual([
      { type: "paragraph", runs: [{ text: "ab", marks: [{ type: "bold" }, { type: "italic" }] }, { text: "c" }] },
    ]);
  });

  it("gives an empty body one empty paragraph, and drops empty blocks back out", () => {
    const doc = bodyToDoc([]);
    expect(doc.childCount).toBe(1);
    expect(doc.firstChild?.type.name).toBe("paragraph");
    expect(docToBody(doc)).toEqual([]);
  });

  it("joins block text with blank lines", () => {
    expect(bodyText(body.slice(0, 1).concat(body.slice(2, 3)))).toBe("Koridor Timur\n\n“We waited three hours,” said Sri.");
  });
});

describe("pasted HTML", () => {
  it("keeps structure and drops foreign styling", () => {
    const html = `
      <meta charset="utf-8"><style>p { color: red }</style>
      <b style="font-weight: normal" id="docs-internal-guid-1">
        <h1 style="font-family: Comic Sans">Judul</h1>
        <p style="color: #333; font-size: 13px"><span style="font-weight: 700">Tebal</span> lalu
        <span style="font-style: italic; background: yellow">miring</span> dan <font color="red">merah</font>.</p>
        <ul><li><p>satu</p></li><li>dua</li></ul>
        <ol><li>pertama</li></ol>
        <blockquote><p>kutipan satu</p><p>kutipan dua</p></blockquote>
        <img src="https://example.org/x.png">
      </b>`;
    expect(parseHTML(html)).toEqual([
      { type: "heading", level: 1, runs: [{ text: "Judul" }] },
      {
        type: "paragraph",
        runs: [
          { text: "Tebal", marks: [{ type: "bold" }] },
          { text: " lalu " },
          { text: "miring", marks: [{ type: "italic" }] },
          { text: " dan merah." },
        ],
      },
      { type: "list_item", ordered: false, runs: [{ text: "satu" }] },
      { type: "list_item", ordered: false, runs: [{ text: "dua" }] },
      { type: "list_item", ordered: true, runs: [{ text: "pertama" }] },
      { type: "quote", runs: [{ text: "kutipan satu" }] },
      { type: "quote", runs: [{ text: "kutipan dua" }] },
    ]);
  });

  it("keeps only web and mail links", () => {
    const body = parseHTML(
      `<p><a href="https://example.org">aman</a> <a href="javascript:alert(1)">jahat</a> <a href="mailto:desk@example.org">surel</a></p>`,
    );
    expect(body[0].runs).toEqual([
      { text: "aman", marks: [{ type: "link", href: "https://example.org" }] },
      { text: " jahat " },
      { text: "surel", marks: [{ type: "link", href: "mailto:desk@example.org" }] },
    ]);
  });
});
