/**
 * Drives the VS Code workbench in the browser the way a person does (keyboard shortcuts, the
 * command palette, the mouse) and reads what is on screen from the DOM. Every wait is on a
 * condition (a selector, a DOM state), never a fixed delay.
 *
 * DOM facts relied on (VS Code 1.99): the editor renders visible lines as `.view-lines >
 * .view-line`, line numbers in `.margin-view-overlays`, and decorations in `.view-overlays`, each
 * as one child per visible line positioned by the same `top:<px>` style. A whole-line decoration
 * from an extension (`isWholeLine`) is a `.cdr` element whose class names start with `ced-` and
 * whose style is `left:0;width:100%`.
 */
import type { Locator, Page } from 'playwright-core';

/** One line of the editor as rendered. */
export interface RenderedLine {
  number: number;
  text: string;
  /** Has an extension's whole-line decoration. */
  wholeLineDecorated: boolean;
}

/** How long a UI step may take before the test fails; the workbench is usually far faster. */
export const STEP_TIMEOUT_MS = 20_000;

/** Reads the rendered lines of the active editor; runs in the page, so it must be self-contained. */
function readRenderedLines(): RenderedLine[] | null {
  // Minimal DOM typings: the project compiles without the DOM lib (it is Node code).
  interface El {
    textContent: string | null;
    className: string;
    children: ArrayLike<El>;
    getAttribute(name: string): string | null;
    querySelector(selector: string): El | null;
  }
  const doc = (globalThis as unknown as { document: El }).document;
  const editor = doc.querySelector('.part.editor .editor-group-container.active .editor-instance .monaco-editor');
  if (!editor) {
    return null;
  }
  const topOf = (el: El): string => /top:\s*(-?[\d.]+)px/.exec(el.getAttribute('style') ?? '')?.[1] ?? '';
  const childrenOf = (selector: string): El[] => Array.from(editor.querySelector(selector)?.children ?? []);
  const numberAt = new Map<string, number>();
  for (const row of childrenOf('.margin-view-overlays')) {
    const label = Array.from(row.children).find((child) => /\bline-numbers\b/.test(child.className));
    if (label && /^\d+$/.test(label.textContent?.trim() ?? '')) {
      numberAt.set(topOf(row), Number(label.textContent!.trim()));
    }
  }
  const decoratedTops = new Set<string>();
  for (const row of childrenOf('.view-overlays')) {
    const wholeLine = Array.from(row.children).some(
      (child) => /\bced-/.test(child.className) && /width:\s*100%/.test(child.getAttribute('style') ?? ''),
    );
    if (wholeLine) {
      decoratedTops.add(topOf(row));
    }
  }
  const lines: RenderedLine[] = [];
  for (const row of childrenOf('.view-lines')) {
    const number = numberAt.get(topOf(row));
    if (number !== undefined) {
      lines.push({
        number,
        // The editor renders spaces as no-break spaces.
        text: (row.textContent ?? '').replace(/\u00a0/g, ' '),
        wholeLineDecorated: decoratedTops.has(topOf(row)),
      });
    }
  }
  return lines.sort((a, b) => a.number - b.number);
}

/** An entity mark as drawn: the characters it covers on its line, their neighbours, and the type label after it, if any. */
export interface DrawnMark {
  line: number;
  text: string;
  /** The character just before the covered ones ('' at the start of the line). */
  before: string;
  /** The character just after them ('' at the end of the line). */
  after: string;
  /** The label drawn right after the mark (type labels), else ''. */
  label: string;
  /** Drawn as a person-checked annotation (a double underline) rather than a machine guess. */
  reviewed: boolean;
}

/**
 * Reads the entity marks of the active editor; runs in the page, so it must be self-contained.
 * An entity mark is an extension decoration (`.cdr.ced-…` in `.view-overlays`) with a solid
 * underline, or a double one once a person checked it (quotes have a dotted or dashed one); the characters it covers are those whose middle lies
 * inside its box on screen.
 */
function readEntityMarks(): DrawnMark[] | null {
  interface Rect { left: number; right: number; top: number; bottom: number }
  interface El {
    nodeType: number;
    textContent: string | null;
    className: string;
    childNodes: ArrayLike<El>;
    children: ArrayLike<El>;
    getAttribute(name: string): string | null;
    querySelector(selector: string): El | null;
    getBoundingClientRect(): Rect;
  }
  const g = globalThis as unknown as {
    document: El & { createRange(): { setStart(n: El, o: number): void; setEnd(n: El, o: number): void; getBoundingClientRect(): Rect } };
    getComputedStyle(el: El, pseudo?: string): { borderBottomStyle: string; content: string };
  };
  const editor = g.document.querySelector('.part.editor .editor-group-container.active .editor-instance .monaco-editor');
  if (!editor) return null;
  const topOf = (el: El): string => /top:\s*(-?[\d.]+)px/.exec(el.getAttribute('style') ?? '')?.[1] ?? '';
  const childrenOf = (selector: string): El[] => Array.from(editor.querySelector(selector)?.children ?? []);
  const numberAt = new Map<string, number>();
  for (const row of childrenOf('.margin-view-overlays')) {
    const label = Array.from(row.children).find((child) => /\bline-numbers\b/.test(child.className));
    if (label && /^\d+$/.test(label.textContent?.trim() ?? '')) numberAt.set(topOf(row), Number(label.textContent!.trim()));
  }
  const lineAt = new Map<string, El>();
  for (const row of childrenOf('.view-lines')) lineAt.set(topOf(row), row);
  const marks: DrawnMark[] = [];
  for (const row of childrenOf('.view-overlays')) {
    const line = lineAt.get(topOf(row));
    const number = numberAt.get(topOf(row));
    const boxes = Array.from(row.children).filter(
      (c) => /\bced-/.test(c.className) && !/width:\s*100%/.test(c.getAttribute('style') ?? '') && /^(solid|double)$/.test(g.getComputedStyle(c).borderBottomStyle),
    );
    if (!line || number === undefined || !boxes.length) continue;
    // The line's characters (text nodes and where each starts) and its type labels.
    const nodes: Array<{ node: El; from: number }> = [];
    let text = '';
    const labels: Array<{ text: string; at: number }> = [];
    const walk = (n: El) => {
      if (n.nodeType === 3) {
        nodes.push({ node: n, from: text.length });
        text += (n.textContent ?? '').replace(/\u00a0/g, ' ');
        return;
      }
      const content = g.getComputedStyle(n, '::after').content;
      Array.from(n.childNodes).forEach(walk);
      // A label is an element's generated text, drawn after the characters read so far.
      if (content && content !== 'none' && content !== 'normal') labels.push({ text: content.replace(/^"|"$/g, ''), at: text.length });
    };
    walk(line);
    /** The middle of character i on screen. */
    const middle = (i: number): number => {
      const { node, from } = [...nodes].reverse().find((t) => t.from <= i)!;
      const range = g.document.createRange();
      range.setStart(node, i - from);
      range.setEnd(node, i - from + 1);
      const r = range.getBoundingClientRect();
      return (r.left + r.right) / 2;
    };
    /** The first character whose middle lies right of x (characters run left to right). */
    const firstRightOf = (x: number): number => {
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (middle(mid) > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    for (const box of boxes) {
      const r = box.getBoundingClientRect();
      const first = firstRightOf(r.left);
      const end = firstRightOf(r.right);
      const label = labels.find((l) => end > first && l.at === end);
      marks.push({
        line: number,
        text: text.slice(first, end),
        before: text.slice(Math.max(0, first - 1), first),
        after: text.slice(end, end + 1),
        label: label?.text ?? '',
        reviewed: g.getComputedStyle(box).borderBottomStyle === 'double',
      });
    }
  }
  return marks.sort((a, b) => a.line - b.line);
}

export class Workbench {
  constructor(readonly page: Page) {}

  /** The workbench has loaded the folder: the status bar and the explorer's rows are there. */
  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  private get quickInput(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  /** Ctrl+P, type the file name, pick it; resolves when its editor tab is active. */
  async quickOpen(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await this.quickInput.fill(fileName);
    const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: fileName }).first();
    await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await row.click();
    await this.page
      .locator('.tabs-container .tab.active')
      .filter({ hasText: fileName })
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await this.page.locator('.part.editor .editor-instance .monaco-editor .view-line').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  }

  /** Answers an open quick pick: types `filter`, then picks the first row whose label is `label`; `asks` as in runCommand. */
  async pick(label: string, asks?: string, filter = label): Promise<void> {
    await this.quickInput.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await this.quickInput.fill(filter);
    const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: label }) }).first();
    await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await row.click();
    if (asks) await this.page.locator('.quick-input-widget .quick-input-title').filter({ hasText: asks }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    else await this.quickInput.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }

  /** F1, type the command's title, pick exactly that command; `asks`: the title of the quick pick the command opens. */
  async runCommand(title: string, asks?: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.quickInput.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await this.quickInput.fill(`>${title}`);
    // The row whose label is exactly the title: a similar command must not be picked instead.
    // (Its aria-label also holds the keybinding, if any, so the label text is compared.)
    const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const row = this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exact }) });
    await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await row.click();
    if (asks) await this.page.locator('.quick-input-widget .quick-input-title').filter({ hasText: asks }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    else await this.quickInput.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }

  /** Puts the keyboard focus back in the editor without moving its cursor (Focus First Editor Group). */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
    await this.page
      .locator('.part.editor .editor-instance .monaco-editor.focused')
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  }

  /** Resolves after the page has drawn its next frame: the editor changes its DOM on frames. */
  async nextFrame(): Promise<void> {
    await this.page.evaluate(
      () => new Promise((resolve) => (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame(() => resolve(undefined))),
    );
  }

  /** Waits until `read()` gives a value `accept` takes, re-reading on every frame; returns it. */
  async waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = STEP_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (accept(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value).slice(0, 2000)}`);
      await this.nextFrame();
    }
  }

  /** The entity marks drawn in the active editor, line by line. */
  async entityMarks(): Promise<DrawnMark[]> {
    return (await this.page.evaluate(readEntityMarks)) ?? [];
  }

  async renderedLines(): Promise<RenderedLine[]> {
    return (await this.page.evaluate(readRenderedLines)) ?? [];
  }

  /** Waits until the rendered lines satisfy `accept`, then returns them. */
  async waitForLines(accept: (lines: RenderedLine[]) => boolean, what: string): Promise<RenderedLine[]> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    let lines: RenderedLine[] = [];
    for (;;) {
      lines = await this.renderedLines();
      if (accept(lines)) {
        return lines;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}; lines seen: ${describeLines(lines)}`);
      }
      // Re-read after the page has painted again: the editor changes only on a new frame.
      await this.page.evaluate(
        () => new Promise((resolve) => (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame(() => resolve(undefined))),
      );
    }
  }

  /** Moves the mouse over the text of a line, as a person hovering it. */
  async hoverLine(lineNumber: number): Promise<void> {
    const editor = this.page.locator('.part.editor .editor-group-container.active .editor-instance .monaco-editor');
    const gutterRow = editor.locator('.margin-view-overlays > div').filter({
      has: this.page.locator('.line-numbers', { hasText: new RegExp(`^${lineNumber}$`) }),
    });
    const style = (await gutterRow.getAttribute('style', { timeout: STEP_TIMEOUT_MS })) ?? '';
    const top = /top:\s*(-?[\d.]+)px/.exec(style)?.[1];
    if (top === undefined) {
      throw new Error(`line ${lineNumber} is not rendered`);
    }
    const line = editor.locator(`.view-lines > .view-line[style^="top:${top}px;"]`);
    const box = await line.boundingBox({ timeout: STEP_TIMEOUT_MS });
    if (!box) {
      throw new Error(`line ${lineNumber} has no box on screen`);
    }
    // Over the first words of the text (an editor hover needs the pointer on a character).
    const x = box.x + Math.min(120, box.width / 2);
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x - 20, y);
    await this.page.mouse.move(x, y, { steps: 5 });
  }

  /**
   * Moves the mouse over the first occurrence of `word` in a rendered line, found as a text range
   * in the page, so the pointer lands on that word whatever spans the editor split it into.
   */
  async hoverWord(lineNumber: number, word: string): Promise<{ x: number; y: number }> {
    const lines = await this.renderedLines();
    if (!lines.some((l) => l.number === lineNumber)) throw new Error(`line ${lineNumber} is not rendered`);
    const point = await this.page.evaluate(
      ({ lineNumber, word }) => {
        interface Rect { left: number; top: number; width: number; height: number }
        interface Node { nodeType: number; textContent: string | null; childNodes: ArrayLike<Node>; getAttribute?(n: string): string | null; className?: string }
        const doc = (globalThis as unknown as { document: { querySelector(s: string): Node | null; createRange(): { setStart(n: Node, o: number): void; setEnd(n: Node, o: number): void; getBoundingClientRect(): Rect } } }).document;
        const editor = doc.querySelector('.part.editor .editor-group-container.active .editor-instance .monaco-editor');
        if (!editor) return null;
        const topOf = (el: Node) => /top:\s*(-?[\d.]+)px/.exec(el.getAttribute?.('style') ?? '')?.[1] ?? '';
        const children = (sel: string) => Array.from((doc.querySelector(`.part.editor .editor-group-container.active .editor-instance .monaco-editor ${sel}`)?.childNodes ?? []) as ArrayLike<Node>);
        const gutter = children('.margin-view-overlays').find((row) =>
          Array.from(row.childNodes).some((c) => /\bline-numbers\b/.test(c.className ?? '') && (c.textContent ?? '').trim() === String(lineNumber)),
        );
        if (!gutter) return null;
        const line = children('.view-lines').find((row) => topOf(row) === topOf(gutter));
        if (!line) return null;
        // Walk the line's text nodes, joining their text, to find the word's node and offset.
        const texts: Array<{ node: Node; start: number }> = [];
        let joined = '';
        const walk = (n: Node) => {
          if (n.nodeType === 3) {
            texts.push({ node: n, start: joined.length });
            joined += (n.textContent ?? '').replace(/\u00a0/g, ' ');
          } else Array.from(n.childNodes).forEach(walk);
        };
        walk(line);
        const at = joined.indexOf(word);
        if (at < 0) return null;
        const mid = at + Math.floor(word.length / 2);
        const hit = [...texts].reverse().find((t) => t.start <= mid)!;
        const range = doc.createRange();
        range.setStart(hit.node, mid - hit.start);
        range.setEnd(hit.node, mid - hit.start + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      { lineNumber, word },
    );
    if (!point) throw new Error(`"${word}" is not on rendered line ${lineNumber}`);
    await this.page.mouse.move(point.x - 30, point.y);
    await this.page.mouse.move(point.x, point.y, { steps: 5 });
    return point;
  }

  /** Clicks the middle of the first occurrence of `word` on a rendered line: the cursor goes there. */
  async clickWord(lineNumber: number, word: string): Promise<void> {
    const point = await this.hoverWord(lineNumber, word);
    await this.page.mouse.click(point.x, point.y);
  }

  /** The number of the first rendered line that contains `text`. */
  async lineWith(text: string): Promise<number> {
    const lines = await this.waitForLines((all) => all.some((l) => l.text.includes(text)), `a line with "${text}"`);
    return lines.find((l) => l.text.includes(text))!.number;
  }

  /** Opens the extension's activity-bar container by clicking its icon, as a person does. */
  async openViewContainer(title: string): Promise<void> {
    const icon = this.page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`);
    await icon.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const item = this.page.locator('.part.activitybar .action-item').filter({ has: this.page.locator(`a[aria-label^="${title}"]`) });
    if (!/\bchecked\b/.test((await item.getAttribute('class')) ?? '')) await icon.click();
    await this.page.locator('.part.sidebar .composite.title').filter({ hasText: new RegExp(title, 'i') }).waitFor({ timeout: STEP_TIMEOUT_MS });
  }

  /** The rows of a tree view in the side bar, found by the view's title. */
  treeRows(viewTitle: string): Locator {
    const pane = this.page.locator('.part.sidebar .pane').filter({ has: this.page.locator('.pane-header', { hasText: new RegExp(`^\\s*${viewTitle}`, 'i') }) });
    return pane.locator('.monaco-list-row');
  }

  /** Hovers `word` on a line, waits for the hover that contains `shows`, and returns its text; the hover is closed again. */
  async readHover(lineNumber: number, word: string, shows: string): Promise<string> {
    await this.hoverWord(lineNumber, word);
    const hover = this.hover(shows);
    await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const text = (await hover.first().textContent()) ?? '';
    await this.page.mouse.move(0, 0);
    await this.page.keyboard.press('Escape');
    return text;
  }

  /** The visible editor hover whose text contains `text`. */
  hover(text: string): Locator {
    return this.page.locator('.monaco-hover').filter({ hasText: text });
  }

  statusBarItem(text: RegExp): Locator {
    return this.page.locator('.part.statusbar .statusbar-item').filter({ hasText: text });
  }

  /** `Ln 21, Col 1` from the status bar. */
  async cursorPosition(): Promise<string> {
    return ((await this.page.locator('[id="status.editor.selection"]').textContent({ timeout: STEP_TIMEOUT_MS })) ?? '').trim();
  }
}

export function describeLines(lines: RenderedLine[]): string {
  if (lines.length === 0) {
    return 'none';
  }
  const decorated = lines.filter((line) => line.wholeLineDecorated).map((line) => line.number);
  return `${lines.length} lines (${lines[0].number}-${lines[lines.length - 1].number}), whole-line decorated: [${decorated.join(', ')}]`;
}
