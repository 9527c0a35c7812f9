// Findings as ProseMirror decorations. The checker answers for the document as it was when the
// request left; by then the editor may have typed more. The answer is placed on that older
// document, then mapped through every change made since, and from then on the decorations are
// mapped through each transaction rather than rebuilt.

import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "prosemirror-state";
import { Mapping } from "prosemirror-transform";
import { Decoration, DecorationSet } from "prosemirror-view";
import { t } from "../i18n";
import { languageName } from "../i18n/terms";
import type { BlockLanguage } from "../ipc/bindings/BlockLanguage";
import type { Finding } from "../ipc/bindings/Finding";

/** Blocks before the body in a check: the headline (0) and the standfirst (1). */
export const FIELD_BLOCKS = 2;

/** A finding with a stable id for this editing session. */
export interface Flag {
  id: number;
  finding: Finding;
}

/** What the plugin knows: the flags in the body as decorations, and every flag by id. */
export interface FindingsState {
  decorations: DecorationSet;
  flags: Map<number, Flag>;
  /** Findings in the headline and standfirst, which have no decorations. */
  fieldFlags: Flag[];
  /** Findings the editor ignored once, kept as mapped ranges with the rule. */
  ignoredOnce: DecorationSet;
}

export const findingsKey = new PluginKey<FindingsState>("findings");

interface SetFindings {
  type: "set";
  /** The document the report was made for, and the changes made since. */
  doc: PMNode;
  since: Mapping;
  findings: Finding[];
  /** Each block's language, as the checker read it. */
  languages?: BlockLanguage[];
  /** The article's language: a block in it carries no tag unless the editor set it. */
  articleLanguage?: string;
}

interface IgnoreOnce {
  type: "ignore-once";
  id: number;
}

interface UnignoreOnce {
  type: "unignore-once";
  from: number;
  to: number;
  rule: string;
}

export type FindingsMeta = SetFindings | IgnoreOnce | UnignoreOnce;

let nextId = 1;

/** The document position where body block `index` starts its text (`null` past the end). */
export function blockTextStart(doc: PMNode, index: number): number | null {
  if (index < 0 || index >= doc.childCount) return null;
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos + 1;
}

/** Decorations for `findings` on `doc`. Findings in the headline and standfirst are returned
 * apart. Offsets are UTF-16 units within a block's text, which is what ProseMirror counts. */
export function placeFindings(doc: PMNode, findings: Finding[]): { decorations: Decoration[]; flags: Flag[]; fieldFlags: Flag[] } {
  const decorations: Decoration[] = [];
  const flags: Flag[] = [];
  const fieldFlags: Flag[] = [];
  for (const finding of findings) {
    const flag = { id: nextId++, finding };
    if (finding.block < FIELD_BLOCKS) {
      fieldFlags.push(flag);
      continue;
    }
    // A problem spread over the article (invisible characters) is one flag marked at each of
    // its places in the body.
    let placed = false;
    for (const place of [finding, ...finding.also]) {
      const index = place.block - FIELD_BLOCKS;
      const start = blockTextStart(doc, index);
      if (start === null) continue;
      const size = doc.child(index).content.size;
      if (place.end > size || place.start >= place.end) continue;
      decorations.push(
        Decoration.inline(
          start + place.start,
          start + place.end,
          {
            class: `flag flag-${finding.category} severity-${finding.severity}`,
            "data-flag": String(flag.id),
          },
          { flag: flag.id, rule: finding.rule, inclusiveStart: false, inclusiveEnd: false },
        ),
      );
      placed = true;
    }
    if (placed) flags.push(flag);
  }
  return { decorations, flags, fieldFlags };
}

function ignoredAt(ignored: DecorationSet, from: number, to: number, rule: string): boolean {
  return ignored.find(from, to, (spec) => spec.rule === rule).some((d) => d.from === from && d.to === to);
}

/** The ranges of the new document that a transaction wrote. */
export function changedRanges(tr: Transaction): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]));
  });
  return ranges;
}

export interface FindingsOptions {
  /** Called with the position before a block when its language tag is clicked. */
  onLanguageClick?: (pos: number) => void;
}

function apply(tr: Transaction, state: FindingsState, options: FindingsOptions): FindingsState {
  const meta = tr.getMeta(findingsKey) as FindingsMeta | undefined;
  let decorations = state.decorations.map(tr.mapping, tr.doc);
  if (tr.docChanged) {
    // A flag whose text was edited (or extended) is stale until the next answer: drop it rather
    // than leave it over words the editor just fixed.
    const touched = changedRanges(tr).flatMap(([from, to]) => decorations.find(from, to, (spec) => !spec.language));
    if (touched.length > 0) decorations = decorations.remove(touched);
  }
  let ignoredOnce = state.ignoredOnce.map(tr.mapping, tr.doc);
  let { flags, fieldFlags } = state;
  if (meta?.type === "set") {
    const placed = placeFindings(meta.doc, meta.findings);
    const tags = meta.languages && options.onLanguageClick ? languageTags(meta.doc, meta.languages, options.onLanguageClick, meta.articleLanguage) : [];
    if (meta.languages) tags.push(...languageAttributes(meta.doc, meta.languages));
    const mapped = DecorationSet.create(meta.doc, [...placed.decorations, ...tags]).map(meta.since, tr.doc);
    const kept = mapped.find().filter((d) => !ignoredAt(ignoredOnce, d.from, d.to, d.spec.rule));
    const keptIds = new Set(kept.map((d) => d.spec.flag as number));
    // DecorationSet.create takes the array over (it empties it), so it gets a copy.
    decorations = DecorationSet.create(tr.doc, [...kept]);
    flags = new Map([...placed.flags.filter((f) => keptIds.has(f.id)), ...placed.fieldFlags].map((f) => [f.id, f]));
    fieldFlags = placed.fieldFlags;
  } else if (meta?.type === "ignore-once") {
    const found = decorations.find(undefined, undefined, (spec) => spec.flag === meta.id);
    if (found.length > 0) {
      const markers = found.map((d) => Decoration.inline(d.from, d.to, {}, { rule: d.spec.rule }));
      decorations = decorations.remove(found);
      ignoredOnce = ignoredOnce.add(tr.doc, markers);
    }
    fieldFlags = fieldFlags.filter((f) => f.id !== meta.id);
    flags = new Map(flags);
    flags.delete(meta.id);
  } else if (meta?.type === "unignore-once") {
    ignoredOnce = ignoredOnce.remove(ignoredOnce.find(meta.from, meta.to, (spec) => spec.rule === meta.rule));
  }
  return { decorations, flags, fieldFlags, ignoredOnce };
}

export function findingsPlugin(options: FindingsOptions = {}): Plugin<FindingsState> {
  return new Plugin<FindingsState>({
    key: findingsKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, flags: new Map(), fieldFlags: [], ignoredOnce: DecorationSet.empty }),
      apply: (tr, state) => apply(tr, state, options),
    },
    props: {
      decorations: (state) => findingsKey.getState(state)?.decorations,
    },
  });
}

/** The languages an editor can set for a block (their names come from `languageName`). */
export const LANGUAGE_CODES = ["id", "en", "ms", "jv", "su"];

/** What a block's language tag says on hover: the language, and whether the editor set it, it
 * was detected, or the block was too short and took the article's. */
function languageTitle(code: string, set: boolean, inherited: boolean): string {
  const language = languageName(code);
  if (set) return t("review-language-tag-set", { language, keys: "Ctrl+Alt+L" });
  if (inherited) return t("review-language-tag-inherited", { language, keys: "Ctrl+Alt+L" });
  return t("review-language-tag-detected", { language, keys: "Ctrl+Alt+L" });
}

/** A small tag before a body block naming its language where it differs from the article's
 * (`articleLanguage`) or the editor set it; a click on it (or Ctrl+Alt+L in any block) lets the
 * editor set the language. */
export function languageTags(doc: PMNode, languages: BlockLanguage[], onClick: (pos: number) => void, articleLanguage?: string): Decoration[] {
  const tags: Decoration[] = [];
  for (const verdict of languages) {
    const index = verdict.index - FIELD_BLOCKS;
    const start = blockTextStart(doc, index);
    if (start === null) continue;
    const node = doc.child(index);
    const set = node.attrs.language as string | null;
    const code = set ?? verdict.language;
    if (!set && articleLanguage && code === articleLanguage) continue;
    const className = `lang-tag${set ? " lang-set" : verdict.inherited ? " lang-inherited" : ""}`;
    tags.push(
      Decoration.widget(
        start,
        () => {
          const title = languageTitle(code, Boolean(set), verdict.inherited);
          const button = document.createElement("button");
          button.type = "button";
          button.className = className;
          button.textContent = code;
          button.title = title;
          // The accessible name starts with the code the tag shows ("ID: Indonesian, detected").
          button.setAttribute("aria-label", `${code.toUpperCase()}: ${title}`);
          button.contentEditable = "false";
          button.tabIndex = -1;
          button.addEventListener("mousedown", (event) => event.preventDefault());
          button.addEventListener("click", () => onClick(start - 1));
          return button;
        },
        { side: -1, ignoreSelection: true, key: `lang-${index}-${code}-${className}`, language: true },
      ),
    );
  }
  return tags;
}

/** Each body block's `lang` attribute, the language it is checked in, so a screen reader reads
 * it in the right voice. */
export function languageAttributes(doc: PMNode, languages: BlockLanguage[]): Decoration[] {
  const positions: number[] = [];
  doc.forEach((_, offset) => positions.push(offset));
  const attributes: Decoration[] = [];
  for (const verdict of languages) {
    const index = verdict.index - FIELD_BLOCKS;
    if (index < 0 || index >= doc.childCount) continue;
    const node = doc.child(index);
    const code = (node.attrs.language as string | null) ?? verdict.language;
    if (!code || code === "und") continue;
    attributes.push(Decoration.node(positions[index], positions[index] + node.nodeSize, { lang: code }, { language: true }));
  }
  return attributes;
}

/** A flag in the body, where it is now. */
export interface PlacedFlag {
  flag: Flag;
  from: number;
  to: number;
}

/** Every flag in the body with its current range, in document order. */
export function placedFlags(state: EditorState): PlacedFlag[] {
  const plugin = findingsKey.getState(state);
  if (!plugin) return [];
  return plugin.decorations
    .find()
    .map((d) => ({ flag: plugin.flags.get(d.spec.flag as number)!, from: d.from, to: d.to }))
    .filter((p) => p.flag !== undefined)
    .sort((a, b) => a.from - b.from || a.to - b.to);
}
