// Review in the editor: live checks, flags in the text, the card, the panel, the keys, and the
// actions on findings, each undoable with Ctrl+Z. Text changes (applying suggestions) are
// ProseMirror transactions and undo with the editor's history; decisions kept outside the text
// (ignore, dictionary, name register) go on this controller's own undo stack, and Ctrl+Z undoes
// whichever happened last.

import type { Node as PMNode } from "prosemirror-model";
import type { EditorState, Transaction } from "prosemirror-state";
import { TextSelection } from "prosemirror-state";
import type { Mapping } from "prosemirror-transform";
import type { EditorView } from "prosemirror-view";
import { t } from "../i18n";
import { languageName } from "../i18n/terms";
import { ipc, type Finding, type Report } from "../ipc";
import type { CardAction } from "./card";
import { FindingCard, cardActions } from "./card";
import { FIELD_BLOCKS, LANGUAGE_CODES, findingsKey, placedFlags, type Flag, type FindingsMeta, type PlacedFlag } from "./findings";
import { ask } from "../ui/dialog";
import { plainNumber } from "./labels";
import { LiveChecker } from "./live";
import { ReviewPanel, walkOrder, type PanelEntry } from "./panel";


/** How long typing must pause before the review panel is redrawn (the flags move at once). */
const PANEL_PAUSE_MS = 150;
export interface ReviewHost {
  articleId: number;
  view(): EditorView;
  field(name: "headline" | "standfirst"): HTMLInputElement | HTMLTextAreaElement;
  language(): string;
  /** The element the card is positioned in. */
  container(): HTMLElement;
  fieldChanged(): void;
  error(error: unknown): void;
  message(text: string): void;
}

/** An error still open, for the checks before Ready and before publishing. */
export interface OpenFinding {
  /** An error, or a warning that the gates list as well (a name spelt two ways). */
  severity: "error" | "warning";
  /** Where it is, for people ("Headline", "¶ 3"). */
  place: string;
  text: string;
  message: string;
  /** The line that lists it: the message, with the flagged text before it unless the message
   * already quotes it. */
  line: string;
  goTo(): void;
}

interface UndoEntry {
  /** What is undone, for people; asked for when it is said, in the language of that moment. */
  label: () => string;
  at: number;
  undo: () => Promise<void> | void;
}

/** `word` as a whole word (no letter or digit on either side), every occurrence. */
function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu");
}

/** Where each occurrence of `word` (as a whole word) is in the body: document ranges. */
export function occurrences(doc: PMNode, word: string): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  if (!word) return ranges;
  const pattern = wholeWord(word);
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return;
    for (const match of node.text.matchAll(pattern)) ranges.push({ from: pos + match.index!, to: pos + match.index! + word.length });
  });
  return ranges;
}

/** `text` with every whole-word `word` replaced by `replacement`. */
export function replaceWord(text: string, word: string, replacement: string): string {
  return text.replace(wholeWord(word), replacement);
}

/** Replaces `range` with `text` in `tr` (mapped through the steps `tr` already holds). Deleting
 * everything a paragraph holds removes the paragraph (and a list item or quote left empty by
 * it), unless it is all the article has. */
export function replaceRange(tr: Transaction, range: { from: number; to: number }, text: string) {
  const from = tr.mapping.map(range.from);
  const to = tr.mapping.map(range.to);
  const $from = tr.doc.resolve(from);
  if (text === "" && $from.parent.isTextblock && from === $from.start() && to === $from.end()) {
    // The outermost node that holds nothing but this paragraph, below one that holds more.
    for (let depth = $from.depth; depth >= 1; depth--) {
      if ($from.node(depth - 1).childCount > 1) {
        tr.delete($from.before(depth), $from.after(depth));
        return;
      }
    }
  }
  tr.insertText(text, from, to);
}

/** A finding by what it is and where the check found it, the same across checks of the same text. */
function signature(flag: Flag): string {
  const { rule, block, start, end, text } = flag.finding;
  return [rule, block, start, end, text].join("\u0000");
}

export class ReviewController {
  readonly panel: ReviewPanel;
  readonly card: FindingCard;
  readonly live: LiveChecker;
  private undoStack: UndoEntry[] = [];
  private lastTextChange = 0;

  constructor(private readonly host: ReviewHost) {
    this.panel = new ReviewPanel({
      goTo: (id) => this.goTo(id),
      step: (direction) => this.step(direction),
      applyToAll: (ids) => this.applyToAll(ids),
      removeFurniture: (ids) => this.removeFurniture(ids),
    });
    this.card = new FindingCard({
      suggest: (id, suggestion) => this.applySuggestion(id, suggestion),
      act: (id, action) => void this.act(id, action),
    });
    this.panel.dock(this.card.element);
    this.live = new LiveChecker({
      articleId: host.articleId,
      headline: () => host.field("headline").value,
      standfirst: () => host.field("standfirst").value,
      language: () => host.language(),
      doc: () => host.view().state.doc,
      deliver: (report, doc, since) => this.deliver(report, doc, since),
      error: (error) => host.error(error),
    });
    this.panel.update([], t("review-checking"));
    // The card follows the cursor in the headline and standfirst too.
    for (const name of ["headline", "standfirst"] as const) {
      const input = host.field(name);
      for (const type of ["focus", "select", "keyup", "mouseup", "input"]) input.addEventListener(type, this.onFieldCursor);
    }
    host.container().addEventListener("focusin", this.onFieldCursor);
  }

  private readonly onFieldCursor = () => this.cursorMoved();

  /** Called for every transaction of the body editor. */
  transaction(tr: Transaction, state: EditorState) {
    if (tr.docChanged) {
      this.lastTextChange = Date.now();
      this.live.changed(tr.mapping);
    }
    if (tr.getMeta(findingsKey)) this.refresh(state);
    else if (tr.docChanged || tr.selectionSet) {
      // Typing moves flags but changes no finding: the card follows at once, the panel (a list
      // as long as the article's findings) is redrawn once typing pauses or the next check lands.
      this.refreshCard(state, tr.selectionSet || tr.docChanged);
      this.schedulePanel();
    }
  }

  /** Called when the headline or standfirst changed. */
  fieldChanged() {
    this.lastTextChange = Date.now();
    this.live.schedule();
  }

  start() {
    void this.live.run();
  }

  destroy() {
    window.clearTimeout(this.panelTimer);
    this.live.destroy();
  }

  private deliver(report: Report, doc: PMNode, since: Mapping) {
    const view = this.host.view();
    this.panel.failures(report.failures, report.notices);
    const meta: FindingsMeta = { type: "set", doc, since, findings: report.findings, languages: report.blocks, articleLanguage: report.language };
    view.dispatch(view.state.tr.setMeta(findingsKey, meta).setMeta("addToHistory", false));
  }

  /** Every flag: field flags first, then the body's in order. */
  private entries(state: EditorState): Array<PanelEntry & { placed?: PlacedFlag }> {
    const plugin = findingsKey.getState(state);
    const entries: Array<PanelEntry & { placed?: PlacedFlag }> = (plugin?.fieldFlags ?? []).map((flag) => ({
      flag,
      place: flag.finding.block === 0 ? t("review-place-headline") : t("review-place-standfirst"),
      order: flag.finding.block * 1e7 + flag.finding.start,
    }));
    for (const placed of placedFlags(state)) {
      entries.push({ flag: placed.flag, place: t("review-place-paragraph", { number: plainNumber(state.doc.resolve(placed.from).index(0) + 1) }), order: FIELD_BLOCKS * 1e7 + placed.from, placed });
    }
    return entries.sort((a, b) => a.order - b.order);
  }

  private panelTimer: number | undefined;

  private schedulePanel() {
    window.clearTimeout(this.panelTimer);
    this.panelTimer = window.setTimeout(() => {
      this.panelTimer = undefined;
      this.refreshPanel(this.host.view().state);
    }, PANEL_PAUSE_MS);
  }

  private refresh(state: EditorState) {
    window.clearTimeout(this.panelTimer);
    this.panelTimer = undefined;
    this.refreshPanel(state);
    this.refreshCard(state, false);
  }

  private refreshPanel(state: EditorState) {
    this.panel.update(this.entries(state));
    this.panel.timing(this.live.lastLatency, this.live.lastKeystrokeToFlags);
  }

  /** Whether the editing cursor is in the body, in the headline or standfirst, or elsewhere. */
  private cursorPlace(): "body" | "headline" | "standfirst" | null {
    if (this.host.view().hasFocus()) return "body";
    const active = document.activeElement;
    if (active && active === this.host.field("headline")) return "headline";
    if (active && active === this.host.field("standfirst")) return "standfirst";
    return null;
  }

  /** The finding the editing cursor (or selection) is in: in the body, or in the headline or
   * standfirst; of several, the one selected exactly, else the narrowest. */
  cursorFlag(state: EditorState = this.host.view().state): Flag | null {
    const place = this.cursorPlace();
    if (place === "body") {
      const { from, to } = state.selection;
      const under = placedFlags(state).filter((p) => p.from <= from && to <= p.to);
      const exact = under.find((p) => p.from === from && p.to === to);
      return (exact ?? [...under].sort((a, b) => a.to - a.from - (b.to - b.from))[0])?.flag ?? null;
    }
    if (place === null) return null;
    const input = this.host.field(place);
    const block = place === "headline" ? 0 : 1;
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    const under = (findingsKey.getState(state)?.fieldFlags ?? []).filter((f) => f.finding.block === block && f.finding.start <= start && end <= f.finding.end);
    const exact = under.find((f) => f.finding.start === start && f.finding.end === end);
    return exact ?? [...under].sort((a, b) => a.finding.end - a.finding.start - (b.finding.end - b.finding.start))[0] ?? null;
  }

  /** The card follows the cursor: it shows the finding the cursor is in and closes when the
   * cursor leaves it. A card opened by the mouse stays until the cursor moves. */
  private refreshCard(state: EditorState, cursorMoved = true) {
    const at = this.cursorFlag(state);
    if (cursorMoved) this.hovered = null;
    if (at) {
      this.hovered = null;
      this.showCard(at);
      return;
    }
    const keep = this.hovered ?? (this.cursorPlace() === null ? this.card.shownFlag : null);
    const kept = keep === null ? null : this.flag(keep);
    if (kept) this.showCard(kept.flag);
    else {
      this.hovered = null;
      if (this.card.shownFlag !== null) this.card.hide();
    }
  }

  /** The cursor moved in the headline or standfirst, or focus moved between the fields and the
   * body: the card follows. */
  cursorMoved() {
    this.refreshCard(this.host.view().state);
  }

  /** The flag whose card the mouse opened (until the cursor moves). */
  private hovered: number | null = null;

  /** Shows the card for the flag under the mouse. */
  hover(target: EventTarget | null) {
    const element = (target as HTMLElement | null)?.closest?.("[data-flag]") as HTMLElement | null;
    const state = this.host.view().state;
    if (!element || !this.host.view().dom.contains(element)) return;
    const placed = placedFlags(state).find((p) => p.flag.id === Number(element.dataset.flag));
    if (placed) {
      this.hovered = placed.flag.id;
      this.showCard(placed.flag);
    }
  }

  private showCard(flag: Flag) {
    // Its place in the walk F7 takes, within the panel's filter when the filter shows it.
    const entries = this.entries(this.host.view().state);
    const filtered = walkOrder(entries, this.panel.minimum());
    const walk = filtered.some((e) => e.flag.id === flag.id) ? filtered : walkOrder(entries);
    const index = walk.findIndex((e) => e.flag.id === flag.id);
    this.card.show(flag.id, flag.finding, { index: index + 1, total: walk.length }, this.timesInArticle(flag.finding.text));
  }

  /** How often `text` stands, as a whole word, in the body, the headline and the standfirst. */
  private timesInArticle(text: string): number {
    const inFields = (["headline", "standfirst"] as const).reduce((sum, field) => sum + [...this.host.field(field).value.matchAll(wholeWord(text))].length, 0);
    return occurrences(this.host.view().state.doc, text).length + inFields;
  }

  private flag(id: number): { flag: Flag; placed?: PlacedFlag } | null {
    const state = this.host.view().state;
    const placed = placedFlags(state).find((p) => p.flag.id === id);
    if (placed) return { flag: placed.flag, placed };
    const field = findingsKey.getState(state)?.fieldFlags.find((f) => f.id === id);
    return field ? { flag: field } : null;
  }

  /** Moves the editor to a finding: selects it in the body, or in the headline or standfirst. */
  goTo(id: number) {
    const found = this.flag(id);
    if (!found) return;
    const view = this.host.view();
    if (found.placed) {
      view.focus();
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, found.placed.from, found.placed.to)).scrollIntoView());
    } else {
      const input = this.host.field(found.flag.finding.block === 0 ? "headline" : "standfirst");
      input.focus();
      input.setSelectionRange(found.flag.finding.start, found.flag.finding.end);
      this.cursorMoved();
    }
  }

  /** The finding stepped to last, by what it is (ids change with every check). */
  private lastStep: string | undefined;

  /** The finding a step starts from: the one selected exactly (where the last step or a click in
   * the panel left the editor), or the one a bare cursor is well inside. A cursor at a flag's
   * edge (the top of the article, where a note often starts) starts from the top of the walk. */
  private stepOrigin(state: EditorState): Flag | null {
    const place = this.cursorPlace();
    if (place === "body") {
      const { from, to, empty } = state.selection;
      return placedFlags(state).find((p) => (empty ? p.from < from && from < p.to : p.from === from && p.to === to))?.flag ?? null;
    }
    if (place === null) return null;
    const input = this.host.field(place);
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    const block = place === "headline" ? 0 : 1;
    return (
      (findingsKey.getState(state)?.fieldFlags ?? []).find(
        (f) => f.finding.block === block && (start === end ? f.finding.start < start && start < f.finding.end : f.finding.start === start && f.finding.end === end),
      ) ?? null
    );
  }

  /** F7 / Shift+F7 and the panel's Next and Previous: the next or previous finding in the
   * panel's order (errors, then warnings, then notes) within its filter, from the finding the
   * cursor is in, or the one stepped to last; from the top (or the end) otherwise; wrapping. */
  step(direction: 1 | -1) {
    const state = this.host.view().state;
    const walk = walkOrder(this.entries(state), this.panel.minimum());
    if (walk.length === 0) return;
    const current = this.stepOrigin(state);
    let index = current ? walk.findIndex((e) => e.flag.id === current.id) : -1;
    if (index < 0 && this.lastStep !== undefined) index = walk.findIndex((e) => signature(e.flag) === this.lastStep);
    const next = index < 0 ? walk[direction === 1 ? 0 : walk.length - 1] : walk[(index + direction + walk.length) % walk.length];
    this.lastStep = signature(next.flag);
    this.goTo(next.flag.id);
  }

  /** Keys that act on the finding under the cursor. Returns true when handled. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.key === "F7") {
      this.step(event.shiftKey ? -1 : 1);
      return true;
    }
    if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === "KeyL") {
      this.chooseLanguageHere();
      return true;
    }
    if (!event.altKey || event.ctrlKey || event.metaKey) return false;
    const id = this.card.shownFlag;
    if (id === null) return false;
    // Only the finding on the card, and only while the card is still the cursor's (or the
    // mouse's): a card left over from another place is closed instead of acted on.
    if (id !== this.hovered && this.cursorFlag()?.id !== id) {
      this.cursorMoved();
      return false;
    }
    const found = this.flag(id);
    if (!found) return false;
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (digit) {
      const suggestion = found.flag.finding.suggestions[Number(digit[1]) - 1];
      if (suggestion !== undefined) this.applySuggestion(id, suggestion);
      return suggestion !== undefined;
    }
    const byKey: Record<string, CardAction> = { KeyI: event.shiftKey ? "ignore-article" : "ignore-once", KeyD: "add-word", KeyA: "apply-all", KeyC: "confirm-name", KeyP: "different-names" };
    const action = byKey[event.code];
    if (!action || !cardActions(found.flag.finding, this.timesInArticle(found.flag.finding.text)).some((a) => a.action === action)) return false;
    void this.act(id, action);
    return true;
  }

  /** Every place of a flag in the body, from the last: one place for most findings, each place
   * for a problem spread over the article. */
  private allPlaced(id: number): PlacedFlag[] {
    return placedFlags(this.host.view().state)
      .filter((p) => p.flag.id === id)
      .sort((a, b) => b.from - a.from);
  }

  applySuggestion(id: number, suggestion: string) {
    const found = this.flag(id);
    if (!found) return;
    const view = this.host.view();
    this.card.hide();
    if (found.placed && found.flag.finding.also.length > 0) {
      // One change for every place, which one Ctrl+Z takes back.
      const tr = view.state.tr;
      for (const range of this.allPlaced(id)) replaceRange(tr, range, suggestion);
      view.dispatch(tr.scrollIntoView());
      view.focus();
    } else if (found.placed) {
      const tr = view.state.tr;
      replaceRange(tr, found.placed, suggestion);
      view.dispatch(tr.scrollIntoView());
      view.focus();
    } else {
      const { block, start, end, text } = found.flag.finding;
      const input = this.host.field(block === 0 ? "headline" : "standfirst");
      const before = input.value;
      // The field was typed in since the check: the finding's place is not known until the next.
      if (before.slice(start, end) !== text) return;
      input.value = before.slice(0, start) + suggestion + before.slice(end);
      input.setSelectionRange(start + suggestion.length, start + suggestion.length);
      // Its offsets no longer hold; the next check answers for the new text.
      view.dispatch(view.state.tr.setMeta(findingsKey, { type: "ignore-once", id } satisfies FindingsMeta).setMeta("addToHistory", false));
      this.host.fieldChanged();
      this.push(() => t("review-undo-use", { suggestion }), () => {
        input.value = before;
        this.host.fieldChanged();
      });
    }
    this.host.message(t("review-changed", { text: found.flag.finding.text, suggestion }));
  }

  /** Applies the first suggestion of each of `ids` (one problem at several places) as one change,
   * which one Ctrl+Z takes back. */
  applyToAll(ids: number[]) {
    const view = this.host.view();
    this.card.hide();
    const found = ids.map((id) => this.flag(id)).filter((f) => f !== null && f.flag.finding.suggestions.length > 0) as Array<{ flag: Flag; placed?: PlacedFlag }>;
    const placed = found.filter((f) => f.placed).sort((a, b) => b.placed!.from - a.placed!.from);
    const tr = view.state.tr;
    for (const { flag, placed: range } of placed) replaceRange(tr, range!, flag.finding.suggestions[0]);
    if (tr.docChanged) view.dispatch(tr.scrollIntoView());
    // Findings in the headline and standfirst, from the end of each field back.
    const fields = found.filter((f) => !f.placed).sort((a, b) => b.flag.finding.block - a.flag.finding.block || b.flag.finding.start - a.flag.finding.start);
    const restore: Array<() => void> = [];
    for (const { flag } of fields) {
      const input = this.host.field(flag.finding.block === 0 ? "headline" : "standfirst");
      const before = input.value;
      input.value = before.slice(0, flag.finding.start) + flag.finding.suggestions[0] + before.slice(flag.finding.end);
      restore.unshift(() => (input.value = before));
    }
    if (fields.length > 0) {
      this.host.fieldChanged();
      this.push(() => t("review-fixed-all", { count: plainNumber(fields.length) }), () => {
        restore.forEach((undo) => undo());
        this.host.fieldChanged();
      });
    }
    view.focus();
    this.host.message(t("review-fixed-all", { count: plainNumber(placed.length + fields.length) }));
  }

  /** Removes the web-page residue of `ids` (whole furniture paragraphs, stray pieces) as one
   * change, which one Ctrl+Z takes back. */
  removeFurniture(ids: number[]) {
    const view = this.host.view();
    this.card.hide();
    const ranges = ids.flatMap((id) => this.allPlaced(id)).sort((a, b) => b.from - a.from);
    const tr = view.state.tr;
    for (const range of ranges) replaceRange(tr, range, "");
    if (!tr.docChanged) return;
    view.dispatch(tr.scrollIntoView());
    view.focus();
    this.host.message(t("review-removed-furniture", { count: plainNumber(ranges.length) }));
  }

  /** Replaces every occurrence of the finding's text in the article with its first suggestion. */
  applyEverywhere(finding: Finding): number {
    const replacement = finding.suggestions[0];
    if (replacement === undefined) return 0;
    const view = this.host.view();
    const ranges = occurrences(view.state.doc, finding.text);
    const tr = view.state.tr;
    for (const range of [...ranges].reverse()) tr.insertText(replacement, range.from, range.to);
    let fieldChanges = 0;
    const restore: Array<() => void> = [];
    for (const name of ["headline", "standfirst"] as const) {
      const input = this.host.field(name);
      const before = input.value;
      const after = replaceWord(before, finding.text, replacement);
      if (after !== before) {
        input.value = after;
        fieldChanges++;
        restore.push(() => (input.value = before));
      }
    }
    if (ranges.length > 0) view.dispatch(tr.scrollIntoView());
    if (fieldChanges > 0) {
      this.host.fieldChanged();
      // The body's change undoes with the editor's history; the fields' with this entry.
      this.push(() => t("review-undo-use-headline", { suggestion: replacement }), () => {
        restore.forEach((undo) => undo());
        this.host.fieldChanged();
      });
    }
    return ranges.length + fieldChanges;
  }

  async act(id: number, action: CardAction): Promise<void> {
    const found = this.flag(id);
    if (!found) return;
    const { finding } = found.flag;
    const view = this.host.view();
    this.card.hide();
    const recheck = () => {
      void this.live.run();
    };
    try {
      switch (action) {
        case "ignore-once": {
          const range = found.placed;
          view.dispatch(view.state.tr.setMeta(findingsKey, { type: "ignore-once", id } satisfies FindingsMeta));
          if (range) {
            this.push(() => t("review-ignore"), () => {
              view.dispatch(view.state.tr.setMeta(findingsKey, { type: "unignore-once", from: range.from, to: range.to, rule: finding.rule } satisfies FindingsMeta));
              recheck();
            });
          }
          this.host.message(t("review-ignored-here", { text: finding.text }));
          break;
        }
        case "ignore-article": {
          const ignored = { rule: finding.rule, text: finding.text };
          await ipc.ignoreInArticle(this.host.articleId, ignored);
          this.push(() => t("review-ignore-article"), async () => {
            await ipc.unignoreInArticle(this.host.articleId, ignored);
            recheck();
          });
          this.host.message(t("review-ignored-in-article", { text: finding.text }));
          recheck();
          break;
        }
        case "add-word": {
          const added = await ipc.addWord(finding.text);
          if (added) {
            this.push(() => t("review-add-word"), async () => {
              await ipc.removeWord(finding.text);
              recheck();
            });
          }
          this.host.message(t("review-added-word", { text: finding.text }));
          recheck();
          break;
        }
        case "apply-all": {
          const count = this.applyEverywhere(finding);
          this.host.message(t("review-changed-everywhere", { text: finding.text, suggestion: finding.suggestions[0] ?? "", count: plainNumber(count) }));
          break;
        }
        case "confirm-name": {
          const name = finding.suggestions[0] ?? finding.text;
          await ipc.confirmName(name);
          this.push(() => t("review-undo-confirm-name"), async () => {
            await ipc.unconfirmName(name);
            recheck();
          });
          this.host.message(t("review-confirmed-name", { name }));
          recheck();
          break;
        }
        case "different-names": {
          const other = finding.suggestions[0];
          if (other === undefined) break;
          await ipc.markDifferent(finding.text, other);
          this.push(() => t("review-different-people"), async () => {
            await ipc.unmarkDifferent(finding.text, other);
            recheck();
          });
          this.host.message(t("review-different-recorded", { text: finding.text, other }));
          recheck();
          break;
        }
      }
    } catch (error) {
      this.host.error(error);
    }
    view.focus();
  }

  private push(label: () => string, undo: () => Promise<void> | void) {
    this.undoStack.push({ label, at: Date.now(), undo });
  }

  /** Ctrl+Z: undoes the last review decision if it came after the last text change. Returns
   * false when the editor's own history should undo instead. */
  undo(): boolean {
    const last = this.undoStack[this.undoStack.length - 1];
    if (!last || last.at < this.lastTextChange) return false;
    this.undoStack.pop();
    void Promise.resolve(last.undo()).then(() => this.host.message(t("review-undone", { action: last.label() })), (error) => this.host.error(error));
    return true;
  }

  /** Asks which language the block at `pos` is in, and sets it (undoable; "Detect" clears it). */
  async chooseLanguage(pos: number): Promise<void> {
    const view = this.host.view();
    const node = view.state.doc.nodeAt(pos);
    if (!node) return;
    const current = (node.attrs.language as string | null) ?? "";
    const answer = await ask({
      id: "language-dialog",
      title: t("review-language-title"),
      message: t("review-language-message"),
      buttons: [
        { label: t("review-language-detect"), value: "", id: "language-detect", primary: current === "" },
        ...LANGUAGE_CODES.map((code) => ({ label: languageName(code), value: code, id: `language-${code}`, primary: current === code })),
      ],
    });
    view.focus();
    if (!answer || answer.value === current) return;
    const still = view.state.doc.nodeAt(pos);
    if (!still || still !== node) return;
    view.dispatch(view.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, language: answer.value || null }));
    this.host.message(answer.value ? t("review-language-set", { language: languageName(answer.value) }) : t("review-language-detected-again"));
  }

  /** Ctrl+Alt+L: the language of the block holding the cursor. */
  chooseLanguageHere() {
    const { $from } = this.host.view().state.selection;
    if ($from.depth >= 1) void this.chooseLanguage($from.before(1));
  }

  /** Errors still listed once the check in flight (if any) has answered. */
  async unresolvedErrors(): Promise<number> {
    return (await this.openErrors()).length;
  }

  /** The errors still listed once the check in flight (if any) has answered, in the panel's
   * order, each with its place and a way to go to it. */
  async openErrors(): Promise<OpenFinding[]> {
    return (await this.openProblems()).filter((problem) => problem.severity === "error");
  }

  /** What the gates before Ready and publishing list: the errors, then the names the article
   * spells two ways (a warning, but a misspelt name is the mistake a newsroom fears most), in
   * the panel's order, each with its place and a way to go to it. */
  async openProblems(): Promise<OpenFinding[]> {
    await this.live.run();
    const listed = walkOrder(this.entries(this.host.view().state), "warning").filter((e) => isGateProblem(e.flag.finding));
    const seen = new Set<number>();
    return listed
      .filter((e) => !seen.has(e.flag.id) && seen.add(e.flag.id))
      .map((e) => {
        const { text, message, severity } = e.flag.finding;
        const signatureOf = signature(e.flag);
        return {
          severity: severity === "error" ? "error" : "warning",
          place: e.place,
          text,
          message,
          line: message.includes(text) ? message : t("review-open-error", { text, message }),
          // The check may have run again by the time the editor asks: the same finding, found anew.
          goTo: () => {
            const now = this.entries(this.host.view().state).find((entry) => signature(entry.flag) === signatureOf);
            if (now) {
              this.lastStep = signatureOf;
              this.goTo(now.flag.id);
            }
          },
        };
      });
  }

}

/** Whether the gates before Ready and publishing list a finding: every error, and a name the
 * article spells two ways at any severity. */
export function isGateProblem(finding: Finding): boolean {
  return finding.severity === "error" || finding.rule === "name_consistency";
}
