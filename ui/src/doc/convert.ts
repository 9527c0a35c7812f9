// Conversion between the engine's article body (blocks of marked runs, see
// crates/sunting-engine/src/model.rs) and the editor's ProseMirror document. This is the only
// place that knows both shapes.
//
// The two shapes match one to one: an engine block is a ProseMirror text block, an engine run is
// a text node, an engine mark is a ProseMirror mark. Offsets need no conversion because both
// count UTF-16 code units in JavaScript.

import type { Mark as PMMark, Node as PMNode } from "prosemirror-model";
import type { Block } from "../ipc/bindings/Block";
import type { Mark } from "../ipc/bindings/Mark";
import type { Run } from "../ipc/bindings/Run";
import { schema } from "./schema";

function toPMMarks(marks: Mark[] | undefined): PMMark[] {
  return (marks ?? []).map((mark) => {
    switch (mark.type) {
      case "bold":
        return schema.marks.bold.create();
      case "italic":
        return schema.marks.italic.create();
      case "link":
        return schema.marks.link.create({ href: mark.href });
    }
  });
}

function fromPMMarks(marks: readonly PMMark[]): Mark[] {
  const out: Mark[] = [];
  for (const mark of marks) {
    if (mark.type === schema.marks.bold) out.push({ type: "bold" });
    else if (mark.type === schema.marks.italic) out.push({ type: "italic" });
    else if (mark.type === schema.marks.link) out.push({ type: "link", href: mark.attrs.href as string });
  }
  // The engine's canonical order: bold, italic, link.
  const rank = { bold: 0, italic: 1, link: 2 } as const;
  return out.sort((a, b) => rank[a.type] - rank[b.type]);
}

function blockNode(block: Block, content: PMNode[]): PMNode {
  const language = block.language ?? null;
  switch (block.type) {
    case "heading":
      return schema.nodes.heading.create({ level: Math.min(6, Math.max(1, block.level)), language }, content);
    case "quote":
      return schema.nodes.quote.create({ language }, content);
    case "list_item":
      return schema.nodes.list_item.create({ ordered: block.ordered, language }, content);
    default:
      return schema.nodes.paragraph.create({ language }, content);
  }
}

/** The editor document for an engine body. An empty body gives one empty paragraph. */
export function bodyToDoc(body: Block[]): PMNode {
  const blocks = body.map((block) =>
    blockNode(
      block,
      block.runs.filter((run) => run.text.length > 0).map((run) => schema.text(run.text, toPMMarks(run.marks))),
    ),
  );
  if (blocks.length === 0) blocks.push(schema.nodes.paragraph.create());
  return schema.nodes.doc.create(null, blocks);
}

function marksEqual(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((mark, i) => JSON.stringify(mark) === JSON.stringify(b[i]));
}

/** The engine body for an editor document: one block per text block, neighbouring text with
 * the same marks merged into one run, empty blocks dropped (as the engine does). */
export function docToBody(doc: PMNode): Block[] {
  const body: Block[] = [];
  doc.forEach((node) => {
    const runs = blockRuns(node);
    if (runs.every((run) => run.text.trim() === "")) return;
    const language = node.attrs.language ? { language: node.attrs.language as string } : {};
    switch (node.type) {
      case schema.nodes.heading:
        body.push({ type: "heading", level: node.attrs.level as number, runs, ...language });
        break;
      case schema.nodes.quote:
        body.push({ type: "quote", runs, ...language });
        break;
      case schema.nodes.list_item:
        body.push({ type: "list_item", ordered: node.attrs.ordered as boolean, runs, ...language });
        break;
      default:
        body.push({ type: "paragraph", runs, ...language });
    }
  });
  return body;
}

/** One text block's runs: its text exactly (offsets unchanged), neighbouring text with the same
 * marks merged into one run. */
export function blockRuns(node: PMNode): Run[] {
  const runs: Run[] = [];
  node.forEach((child) => {
    if (!child.isText || !child.text) return;
    const marks = fromPMMarks(child.marks);
    const last = runs[runs.length - 1];
    if (last && marksEqual(last.marks ?? [], marks)) last.text += child.text;
    else runs.push(marks.length > 0 ? { text: child.text, marks } : { text: child.text });
  });
  return runs;
}

/** The plain text of a body, blocks separated by blank lines (the engine's `body_text`). */
export function bodyText(body: Block[]): string {
  return body.map((block) => block.runs.map((run) => run.text).join("")).join("\n\n");
}
