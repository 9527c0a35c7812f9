// Live checking: after the editor pauses, the article's blocks go to the checker, but only the
// ones whose text or marks changed since the previous check; the others are named by their
// index in that check. The answer comes back as findings, placed by the findings plugin.

import type { Node as PMNode } from "prosemirror-model";
import { Mapping } from "prosemirror-transform";
import { blockRuns } from "../doc/convert";
import { IpcError, ipc } from "../ipc";
import type { BlockInput } from "../ipc/bindings/BlockInput";
import type { Report } from "../ipc/bindings/Report";
import type { Run } from "../ipc/bindings/Run";

/** Keystroke to request. A check of an edited block costs a few milliseconds, so this only
 * gathers keys typed in one burst into one request. */
export const CHECK_DELAY_MS = 40;

/** A block as the checker reads it: its runs, and the language the editor set for it. */
export interface CheckBlock {
  runs: Run[];
  language?: string;
}

/** Blocks are compared by value. */
function key(block: CheckBlock): string {
  return JSON.stringify([block.runs, block.language ?? null]);
}

/** Every block the checker reads: headline, standfirst, then each body block (empty body
 * blocks included, so indexes match the document's). */
export function checkBlocks(headline: string, standfirst: string, doc: PMNode): CheckBlock[] {
  const blocks: CheckBlock[] = [{ runs: [{ text: headline }] }, { runs: [{ text: standfirst }] }];
  doc.forEach((node) => {
    const language = node.attrs.language as string | null;
    const runs = blockRuns(node);
    blocks.push(language ? { runs, language } : { runs });
  });
  return blocks;
}

/** The update to send: each block either the same as one of `previous` (by index) or its runs. */
export function blockInputs(previous: string[], blocks: CheckBlock[]): { inputs: BlockInput[]; keys: string[] } {
  const available = new Map<string, number[]>();
  previous.forEach((k, index) => available.set(k, [...(available.get(k) ?? []), index]));
  const keys = blocks.map(key);
  const inputs = blocks.map((block, i): BlockInput => {
    const candidates = available.get(keys[i]);
    // Prefer the block at the same index; otherwise the first unused equal one.
    const at = candidates?.indexOf(i) ?? -1;
    const index = at >= 0 ? candidates!.splice(at, 1)[0] : candidates?.shift();
    return index !== undefined ? { kind: "same", index } : { kind: "text", ...block };
  });
  return { inputs, keys };
}

export interface LiveCheckHost {
  articleId: number;
  headline(): string;
  standfirst(): string;
  language(): string;
  doc(): PMNode;
  /** Called with the report, the document it was made for and the changes made since. */
  deliver(report: Report, doc: PMNode, since: Mapping): void;
  error(error: unknown): void;
}

export class LiveChecker {
  private sentKeys: string[] = [];
  private timer: number | undefined;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private destroyed = false;
  /** Changes made since the request in flight left. */
  private since = new Mapping();
  /** Milliseconds the last check took, request to answer. */
  lastLatency = 0;
  /** Milliseconds from the first change a check answered to its flags on screen. */
  lastKeystrokeToFlags = 0;
  /** When the oldest change not yet answered was made. */
  private changedAt: number | null = null;
  private requestChangedAt: number | null = null;

  constructor(private readonly host: LiveCheckHost) {}

  /** Records a change to the body (so an answer in flight can be mapped) and schedules a check. */
  changed(mapping?: Mapping) {
    if (mapping) this.since.appendMapping(mapping);
    this.changedAt ??= performance.now();
    this.schedule();
  }

  schedule(delay = CHECK_DELAY_MS) {
    window.clearTimeout(this.timer);
    if (this.destroyed) return;
    this.timer = window.setTimeout(() => void this.run(), delay);
  }

  /** Checks now (or right after the check in flight). */
  run(): Promise<void> {
    window.clearTimeout(this.timer);
    if (this.destroyed) return Promise.resolve();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.request().finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.run();
      }
    });
    return this.inFlight;
  }

  /** Forgets what was sent, so the next check sends every block. */
  reset() {
    this.sentKeys = [];
  }

  destroy() {
    this.destroyed = true;
    window.clearTimeout(this.timer);
  }

  private async request(): Promise<void> {
    const doc = this.host.doc();
    const blocks = checkBlocks(this.host.headline(), this.host.standfirst(), doc);
    const { inputs, keys } = blockInputs(this.sentKeys, blocks);
    this.since = new Mapping();
    this.requestChangedAt = this.changedAt;
    this.changedAt = null;
    const started = performance.now();
    try {
      const report = await ipc.checkArticle(this.host.articleId, inputs, this.host.language());
      this.sentKeys = keys;
      this.lastLatency = performance.now() - started;
      this.host.deliver(report, doc, this.since);
      if (this.requestChangedAt !== null) this.lastKeystrokeToFlags = performance.now() - this.requestChangedAt;
    } catch (error) {
      this.sentKeys = [];
      if (error instanceof IpcError && error.code === "out_of_step") {
        this.again = true;
        return;
      }
      this.host.error(error);
    }
  }
}
