import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Node as PMNode } from "prosemirror-model";
import { EditorState, TextSelection } from "prosemirror-state";
import { undo } from "prosemirror-history";
import { EditorView } from "prosemirror-view";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { bodyToDoc } from "../doc/convert";
import { schema } from "../doc/schema";
import { editorPlugins } from "../editor/setup";
import type { Finding, Report } from "../ipc";
import { FindingCard } from "./card";
import { ReviewController } from "./controller";
import { findingsKey, findingsPlugin, placedFlags } from "./findings";

const reviews: ReviewController[] = [];
const views: EditorView[] = [];

afterEach(() => {
  // Pending checks and the editor's own timers must not fire after the environment is gone.
  reviews.splice(0).forEach((review) => review.destroy());
  views.splice(0).forEach((view) => view.destroy());
  clearMocks();
  document.body.textContent = "";
});

const nameSlip: Finding = {
  rule: "name_consistency",
  category: "name",
  severity: "error",
  block: 2,
  start: 8,
  end: 18,
  text: "Hendriyato",
  message: '"Hendriyato" appears once, but the story spells it "Hendriyanto" 2 times.',
  suggestions: ["Hendriyanto"],
  also: [],
};
const typo: Finding = { ...nameSlip, rule: "spelling", category: "spelling", block: 3, start: 0, end: 8, text: "bustrans", suggestions: [] };

/** An editor with the review wired as the editor screen wires it, against a mocked shell. */
function setUp(report: Report) {
  const calls: Array<[string, unknown]> = [];
  mockIPC((command, payload) => {
    calls.push([command, payload]);
    if (command === "check_article") return report;
    if (command === "add_word" || command === "remove_word") return true;
    return null;
  });
  const headline = document.createElement("textarea");
  headline.value = "Hendriyato bicara";
  const standfirst = document.createElement("textarea");
  const page = document.createElement("div");
  document.body.append(page);
  const messages: string[] = [];
  let view: EditorView;
  const review: ReviewController = new ReviewController({
    articleId: 7,
    view: () => view,
    field: (name) => (name === "headline" ? headline : standfirst),
    language: () => "id",
    container: () => page,
    fieldChanged: () => undefined,
    error: (error) => {
      throw error;
    },
    message: (text) => messages.push(text),
  });
  const doc = bodyToDoc([
    { type: "paragraph", runs: [{ text: "Menteri Hendriyato hadir. Hendriyanto dan Hendriyanto." }] },
    { type: "paragraph", runs: [{ text: "bustrans baru." }] },
  ]);
  reviews.push(review);
  view = new EditorView(page, {
    state: EditorState.create({ schema, doc, plugins: editorPlugins({ before: [findingsPlugin()], undoFirst: () => review.undo() }) }),
    dispatchTransaction: (tr) => {
      view.updateState(view.state.apply(tr));
      review.transaction(tr, view.state);
    },
  });
  views.push(view);
  return { review, view: () => view, calls, headline, messages };
}

/** The document one undo (the editor's history) gives back. */
function undone(state: EditorState): PMNode {
  let doc: PMNode | null = null;
  undo(state, (tr) => (doc = tr.doc));
  if (!doc) throw new Error("nothing to undo");
  return doc;
}

const report: Report = { language: "id", blocks: [], findings: [nameSlip, typo], failures: [], notices: [] };

describe("review actions", () => {
  it("lists what the checker found and flags it in the text", async () => {
    const { review, view } = setUp(report);
    await review.live.run();
    expect(placedFlags(view().state).map((p) => p.flag.finding.text)).toEqual(["Hendriyato", "bustrans"]);
    expect(review.panel.visibleIds()).toHaveLength(2);
  });

  it("applies a name everywhere in the body and the headline, and Ctrl+Z takes the headline back", async () => {
    const { review, view, headline } = setUp(report);
    await review.live.run();
    expect(review.applyEverywhere(nameSlip)).toBe(2);
    expect(view().state.doc.textContent).toContain("Menteri Hendriyanto hadir.");
    expect(headline.value).toBe("Hendriyanto bicara");
    expect(review.undo()).toBe(true);
    expect(headline.value).toBe("Hendriyato bicara");
  });

  it("adds a word to the dictionary, and undoing removes it again", async () => {
    const { review, view, calls } = setUp(report);
    await review.live.run();
    const flag = placedFlags(view().state).find((p) => p.flag.finding.text === "bustrans")!;
    await review.act(flag.flag.id, "add-word");
    expect(calls.filter(([c]) => c === "add_word")).toEqual([["add_word", { word: "bustrans" }]]);
    expect(review.undo()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.filter(([c]) => c === "remove_word")).toEqual([["remove_word", { word: "bustrans" }]]);
  });

  it("ignores in this article through the shell, keyed by rule and text", async () => {
    const { review, view, calls } = setUp(report);
    await review.live.run();
    const flag = placedFlags(view().state).find((p) => p.flag.finding.rule === "name_consistency")!;
    await review.act(flag.flag.id, "ignore-article");
    expect(calls.find(([c]) => c === "ignore_in_article")).toEqual([
      "ignore_in_article",
      { article_id: 7, ignored: { rule: "name_consistency", text: "Hendriyato" } },
    ]);
  });

  it("applies one suggestion as an editor change, so the editor's undo takes it back", async () => {
    const { review, view } = setUp({ ...report, findings: [{ ...typo, suggestions: ["bus trans"] }] });
    await review.live.run();
    const flag = placedFlags(view().state)[0];
    review.applySuggestion(flag.flag.id, "bus trans");
    expect(view().state.doc.textContent).toContain("bus trans baru.");
    // No review decision came after the text change, so Ctrl+Z is the editor's own undo.
    expect(review.undo()).toBe(false);
  });

  it("offers deleting a repeated sentence as a Delete button, which removes the text", async () => {
    const repeat: Finding = { ...typo, rule: "repeated_sentence", category: "furniture", severity: "warning", start: 0, end: 9, text: "bustrans ", suggestions: [""] };
    const { review, view } = setUp({ ...report, findings: [repeat] });
    await review.live.run();
    const flag = placedFlags(view().state)[0];
    const suggested: string[] = [];
    const card = new FindingCard({ suggest: (_, suggestion) => suggested.push(suggestion), act: () => undefined });
    card.show(flag.flag.id, repeat, { index: 3, total: 15 });
    expect(card.element.querySelector(".card-position")!.textContent).toBe("3 / 15");
    expect(card.element.textContent).not.toContain("repeated_sentence");
    const button = card.element.querySelector<HTMLButtonElement>(".card-suggestions .suggestion")!;
    expect(button.textContent).toBe("DeleteAlt+1");
    expect(button.querySelector("kbd")!.textContent).toBe("Alt+1");
    button.click();
    expect(suggested).toEqual([""]);
    review.applySuggestion(flag.flag.id, "");
    expect(view().state.doc.textContent).toContain("Hendriyanto.baru.");
  });

  it("removes all web-page residue as one change that one undo brings back", async () => {
    const furniture: Finding = { ...typo, rule: "furniture", category: "furniture", severity: "warning", start: 0, end: 14, text: "bustrans baru.", suggestions: [] };
    const residue: Finding = { ...typo, rule: "web_residue", category: "furniture", severity: "error", block: 2, start: 0, end: 8, text: "Menteri ", suggestions: [""] };
    const { review, view } = setUp({ ...report, findings: [residue, furniture] });
    await review.live.run();
    const ids = placedFlags(view().state).map((p) => p.flag.id);
    review.removeFurniture(ids);
    expect(view().state.doc.childCount).toBe(1);
    expect(view().state.doc.textContent).toBe("Hendriyato hadir. Hendriyanto dan Hendriyanto.");
    expect(undone(view().state).childCount).toBe(2);
    expect(undone(view().state).textContent).toBe("Menteri Hendriyato hadir. Hendriyanto dan Hendriyanto.bustrans baru.");
  });

  it("removes invisible characters spread over the article with one suggestion and one undo", async () => {
    // "Menteri Hendriyato hadir." and "bustrans baru." with a soft hyphen at three places.
    const spread: Finding = {
      ...typo,
      rule: "web_residue",
      category: "furniture",
      block: 2,
      start: 3,
      end: 4,
      text: "\u00ad",
      suggestions: [""],
      also: [
        { block: 2, start: 12, end: 13 },
        { block: 3, start: 3, end: 4 },
      ],
    };
    const { review, view } = setUp({ ...report, findings: [spread] });
    // Put there as the pasted page left them (not an edit the undo takes back).
    const second = view().state.doc.child(0).nodeSize;
    view().dispatch(view().state.tr.insertText("\u00ad", second + 1 + 3).insertText("\u00ad", 1 + 11).insertText("\u00ad", 1 + 3).setMeta("addToHistory", false));
    const before = view().state.doc.textContent;
    expect(before.split("\u00ad").length).toBe(4);
    await review.live.run();
    const placed = placedFlags(view().state);
    expect(placed.length).toBe(3);
    expect(new Set(placed.map((p) => p.flag.id)).size).toBe(1);
    review.applySuggestion(placed[0].flag.id, "");
    expect(view().state.doc.textContent).toBe("Menteri Hendriyato hadir. Hendriyanto dan Hendriyanto.bustrans baru.");
    expect(undone(view().state).textContent).toBe(before);
  });

  it("fixes one problem at every place as one change", async () => {
    const second: Finding = { ...nameSlip, start: 26, end: 37, text: "Hendriyanto", suggestions: ["Hendriyono"] };
    const third: Finding = { ...second, start: 42, end: 53 };
    const { review, view } = setUp({ ...report, findings: [second, third] });
    await review.live.run();
    review.applyToAll(placedFlags(view().state).map((p) => p.flag.id));
    expect(view().state.doc.textContent).toContain("Hendriyono dan Hendriyono.");
    expect(undone(view().state).textContent).toContain("Hendriyanto dan Hendriyanto.");
  });

  it("says which checks stopped on an internal error, and clears the notice when none did", async () => {
    const failing = { ...report, failures: [{ rule: "dateline_weekday", block: 2, message: "index out of range" }] };
    const { review } = setUp(failing);
    await review.live.run();
    const notice = review.panel.element.querySelector<HTMLElement>("#review-failures")!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain("dateline_weekday");
    expect(review.panel.element.querySelectorAll(".finding-item").length).toBe(2);
    review.panel.failures([]);
    expect(notice.hidden).toBe(true);
  });

  it("says which dictionary is missing, as the engine words it, beside the findings it could make", async () => {
    const missing = "The dictionary en_GB.dic was not found (looked in C:\\Sunting\\dictionaries).";
    const { review } = setUp({ ...report, notices: [missing, missing] });
    await review.live.run();
    const notice = review.panel.element.querySelector<HTMLElement>("#review-failures")!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toBe(missing);
    expect(review.panel.element.querySelectorAll(".finding-item").length).toBe(2);
  });

  it("redraws the panel once typing pauses, not on every keystroke", async () => {
    const { review, view } = setUp(report);
    await review.live.run();
    const update = vi.spyOn(review.panel, "update");
    for (const letter of "abc") view().dispatch(view().state.tr.insertText(letter, 1));
    expect(update).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(update).toHaveBeenCalledTimes(1);
    expect(review.panel.visibleIds()).toHaveLength(2);
    review.live.destroy();
  });
});

describe("the card and the Alt keys", () => {
  const headlineSlip: Finding = { ...nameSlip, block: 0, start: 0, end: 10, text: "Hendriyato", suggestions: ["Hendriyanto"] };
  const alt = (code: string) => new KeyboardEvent("keydown", { code, key: code.slice(-1), altKey: true });

  /** Puts the fields and the editor in the page, so focus can move between them. */
  function placed(findings: Finding[]) {
    const setup = setUp({ ...report, findings });
    document.body.prepend(setup.headline);
    return setup;
  }

  it("gives a headline finding its card when the editor goes to it, and Alt+1 changes only the headline", async () => {
    const { review, view, headline } = placed([nameSlip, headlineSlip]);
    await review.live.run();
    // The body's finding first: its card is shown.
    const body = placedFlags(view().state)[0];
    view().focus();
    view().dispatch(view().state.tr.setSelection(TextSelection.create(view().state.doc, body.from, body.to)));
    expect(review.card.shownFlag).toBe(body.flag.id);
    const before = view().state.doc.toJSON();
    // Then the headline's, from the panel.
    const field = findingsKey.getState(view().state)!.fieldFlags[0];
    review.goTo(field.id);
    expect(document.activeElement).toBe(headline);
    expect(review.card.shownFlag).toBe(field.id);
    expect(review.card.element.textContent).toContain(headlineSlip.message);
    expect(review.handleKey(alt("Digit1"))).toBe(true);
    expect(headline.value).toBe("Hendriyanto bicara");
    expect(view().state.doc.toJSON()).toEqual(before);
  });

  it("offers \"everywhere\" for a name only when the spelling stands in more than one place", async () => {
    const { review, view, headline } = placed([nameSlip]);
    await review.live.run();
    const body = placedFlags(view().state)[0];
    view().focus();
    // "Hendriyato" stands in the body and in the headline: both buttons.
    view().dispatch(view().state.tr.setSelection(TextSelection.create(view().state.doc, body.from, body.to)));
    expect(review.card.element.querySelector('[data-action="apply-all"]')).not.toBeNull();
    // Once the headline no longer has it, Alt+1 is all there is to do.
    headline.value = "Menteri bicara";
    view().dispatch(view().state.tr.setSelection(TextSelection.create(view().state.doc, body.from)));
    view().dispatch(view().state.tr.setSelection(TextSelection.create(view().state.doc, body.from, body.to)));
    expect(review.card.shownFlag).toBe(body.flag.id);
    expect(review.card.element.querySelector('[data-action="apply-all"]')).toBeNull();
    expect(review.card.element.querySelector('[data-action="confirm-name"]')).not.toBeNull();
    expect(review.handleKey(alt("KeyA"))).toBe(false);
  });

  it("closes the card when the cursor leaves its flag, and then Alt keys act on nothing", async () => {
    const { review, view, headline } = placed([nameSlip]);
    await review.live.run();
    const body = placedFlags(view().state)[0];
    view().focus();
    view().dispatch(view().state.tr.setSelection(TextSelection.create(view().state.doc, body.from + 1)));
    expect(review.card.shownFlag).toBe(body.flag.id);
    view().dispatch(view().state.tr.setSelection(TextSelection.create(view().state.doc, body.to + 3)));
    expect(review.card.shownFlag).toBe(null);
    // A card the mouse opened stays until the cursor moves, and closes when it moves.
    review.hover(view().dom.querySelector(`[data-flag="${body.flag.id}"]`));
    expect(review.card.shownFlag).toBe(body.flag.id);
    headline.focus();
    headline.setSelectionRange(15, 15);
    headline.dispatchEvent(new Event("select"));
    expect(review.card.shownFlag).toBe(null);
    const before = view().state.doc.toJSON();
    expect(review.handleKey(alt("Digit1"))).toBe(false);
    expect(review.handleKey(alt("KeyI"))).toBe(false);
    expect(view().state.doc.toJSON()).toEqual(before);
    expect(headline.value).toBe("Hendriyato bicara");
  });

  it("does not act on a card left over from another place", async () => {
    const { review, view, headline } = placed([nameSlip, headlineSlip]);
    await review.live.run();
    const body = placedFlags(view().state)[0];
    view().focus();
    view().dispatch(view().state.tr.setSelection(TextSelection.create(view().state.doc, body.from, body.to)));
    expect(review.card.shownFlag).toBe(body.flag.id);
    // Focus moves to the headline without any event the card hears (a script, a shortcut).
    headline.removeEventListener("focus", (review as unknown as { onFieldCursor: () => void }).onFieldCursor);
    headline.focus();
    headline.setSelectionRange(15, 15);
    const before = view().state.doc.toJSON();
    expect(review.handleKey(alt("Digit1"))).toBe(false);
    expect(review.card.shownFlag).toBe(null);
    expect(view().state.doc.toJSON()).toEqual(before);
  });

  it("shows a standfirst finding's card when the cursor is in it", async () => {
    const standfirstSlip: Finding = { ...headlineSlip, block: 1, start: 4, end: 8, text: "teks", suggestions: ["naskah"] };
    const { review, view } = placed([standfirstSlip]);
    await review.live.run();
    const standfirst = review["host"].field("standfirst");
    document.body.prepend(standfirst);
    standfirst.value = "Ini teks pendek";
    standfirst.focus();
    standfirst.setSelectionRange(5, 5);
    standfirst.dispatchEvent(new Event("keyup"));
    const flag = findingsKey.getState(view().state)!.fieldFlags[0];
    expect(review.card.shownFlag).toBe(flag.id);
    expect(review.handleKey(alt("Digit1"))).toBe(true);
    expect(standfirst.value).toBe("Ini naskah pendek");
    // The finding is gone until the next check: a second Alt+1 changes nothing.
    expect(review.handleKey(alt("Digit1"))).toBe(false);
    expect(standfirst.value).toBe("Ini naskah pendek");
  });
});

describe("the walk by importance", () => {
  // Going to a finding scrolls it into view; jsdom lays nothing out.
  beforeAll(() => {
    Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => new DOMRect();
  });

  // In reading order: a warning, a note, then an error in the second paragraph, then an error in the headline.
  const warning: Finding = { ...nameSlip, rule: "nonstandard", category: "nonstandard", severity: "warning", start: 0, end: 7, text: "Menteri", suggestions: ["Menteri"] };
  const note: Finding = { ...warning, rule: "foreign_word", category: "language", severity: "info", start: 19, end: 24, text: "hadir" };
  const inHeadline: Finding = { ...nameSlip, block: 0, start: 0, end: 10 };
  const walk = [warning, note, typo, inHeadline];

  function selected(setup: ReturnType<typeof setUp>) {
    const active = document.activeElement;
    if (active === setup.headline) return setup.headline.value.slice(setup.headline.selectionStart!, setup.headline.selectionEnd!);
    const { from, to } = setup.view().state.selection;
    return setup.view().state.doc.textBetween(from, to);
  }

  it("goes to the errors first, then warnings, then notes, and back with Shift+F7", async () => {
    const setup = setUp({ ...report, findings: walk });
    document.body.prepend(setup.headline);
    await setup.review.live.run();
    // The cursor at the end of the article, in no finding: the walk starts at the top of the panel.
    setup.view().focus();
    setup.view().dispatch(setup.view().state.tr.setSelection(TextSelection.atEnd(setup.view().state.doc)));
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      setup.review.handleKey(new KeyboardEvent("keydown", { key: "F7" }));
      seen.push(selected(setup));
    }
    // The headline's error, then the body's, then the warning and the note; then round again.
    expect(seen).toEqual(["Hendriyato", "bustrans", "Menteri", "hadir", "Hendriyato"]);
    setup.review.handleKey(new KeyboardEvent("keydown", { key: "F7", shiftKey: true }));
    expect(selected(setup)).toBe("hadir");
    // The card says where the finding stands in that walk.
    expect(setup.review.card.element.querySelector(".card-position")!.textContent).toBe("4 / 4");
  });

  it("starts from the top of the walk when the cursor sits at the edge of a flag (the top of the article)", async () => {
    const setup = setUp({ ...report, findings: walk });
    document.body.prepend(setup.headline);
    await setup.review.live.run();
    setup.view().focus();
    // Position 1: the start of the first paragraph, where the warning on "Menteri" begins.
    setup.view().dispatch(setup.view().state.tr.setSelection(TextSelection.create(setup.view().state.doc, 1)));
    setup.review.step(1);
    expect(selected(setup)).toBe("Hendriyato");
    // Well inside a flag, the walk goes on from it.
    setup.view().focus();
    setup.view().dispatch(setup.view().state.tr.setSelection(TextSelection.create(setup.view().state.doc, 3)));
    setup.review.step(1);
    expect(selected(setup)).toBe("hadir");
  });

  it("keeps to the panel's filter", async () => {
    const setup = setUp({ ...report, findings: walk });
    document.body.prepend(setup.headline);
    await setup.review.live.run();
    const filter = setup.review.panel.element.querySelector<HTMLSelectElement>("#review-severity")!;
    filter.value = "error";
    filter.dispatchEvent(new Event("change"));
    setup.view().focus();
    setup.view().dispatch(setup.view().state.tr.setSelection(TextSelection.atEnd(setup.view().state.doc)));
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      setup.review.step(1);
      seen.push(selected(setup));
    }
    expect(seen).toEqual(["Hendriyato", "bustrans", "Hendriyato"]);
    expect(setup.review.card.element.querySelector(".card-position")!.textContent).toBe("1 / 2");
  });

  it("lists the open errors in the panel's order with their places, and goes to each", async () => {
    const setup = setUp({ ...report, findings: walk });
    document.body.prepend(setup.headline);
    const open = await setup.review.openErrors();
    expect(open.map((e) => [e.place, e.text, e.line])).toEqual([
      ["Headline", "Hendriyato", nameSlip.message],
      ["¶ 2", "bustrans", `“bustrans”: ${typo.message}`],
    ]);
    open[1].goTo();
    expect(selected(setup)).toBe("bustrans");
    open[0].goTo();
    expect(document.activeElement).toBe(setup.headline);
    expect(selected(setup)).toBe("Hendriyato");
    expect(await setup.review.unresolvedErrors()).toBe(2);
  });

  it("lists a name spelt two ways after the errors for the gates, and no other warning", async () => {
    // "Hendriyanto" in the first paragraph, "Hendriyato" in the headline: a warning, as for old and new spelling.
    const nameSplit: Finding = { ...nameSlip, severity: "warning", start: 26, end: 37, text: "Hendriyanto", message: "The article spells this name two ways." };
    const setup = setUp({ ...report, findings: [warning, note, nameSplit, typo] });
    document.body.prepend(setup.headline);
    const open = await setup.review.openProblems();
    expect(open.map((e) => [e.severity, e.place, e.text])).toEqual([
      ["error", "¶ 2", "bustrans"],
      ["warning", "¶ 1", "Hendriyanto"],
    ]);
    expect((await setup.review.openErrors()).map((e) => e.text)).toEqual(["bustrans"]);
    open[1].goTo();
    expect(selected(setup)).toBe("Hendriyanto");
  });
});
