/**
 * Visible text of a page as blocks (paragraphs, list items, cells…), each with an offset map
 * back to its text nodes, so that a claim split across inline elements
 * (`<a>67%</a> of participants`) is found in one string and marked with one Range.
 * Reads the DOM only: the page is never changed.
 */

export interface TextBlock {
  /** The block-level element the text belongs to. */
  element: Element;
  /** The block's text; white space characters are turned into spaces one for one. */
  text: string;
  /** The text nodes in document order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

/** Elements whose text flows into the surrounding block rather than starting a new one. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
  'LABEL', 'NOBR', 'WBR', 'BR',
]); // prettier-ignore

/** Subtrees that hold no readable prose, or text the user is editing. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'svg', 'SVG', 'CANVAS', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'MATH', 'HEAD',
  'TITLE',
]); // prettier-ignore

/** Roots of rich-text editors that do not always carry contenteditable on the root we meet. */
const EDITOR_SELECTOR =
  '.ProseMirror, .ql-editor, .CodeMirror, .cm-editor, .monaco-editor, [data-slate-editor], .DraftEditor-root, .ck-editor__editable, .tox-edit-area';

export const HOST_TAG = 'mdma-lens-card';

/** Whether an element and everything under it is left alone. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.tagName) || element.localName === HOST_TAG) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.getAttribute('role') === 'textbox') return true;
  // Every editor root the selector names has a class or the Slate attribute; most elements have
  // neither, and matching a selector list is the dearest of these checks.
  if (!element.hasAttribute('class') && !element.hasAttribute('data-slate-editor')) return false;
  return element.matches(EDITOR_SELECTOR);
}

/** Whether `root` or an element above it is skipped, or it is being edited (`designMode`). */
function isEditedOrSkipped(root: Node): boolean {
  if (root.ownerDocument?.designMode === 'on') return true;
  for (let e = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : root.parentElement; e;) {
    if (isSkippedElement(e)) return true;
    e = e.parentElement;
  }
  return false;
}

/** The nearest element at or above `element` that starts a block of its own. */
export function blockElementOf(element: Element): Element {
  let block = element;
  while (INLINE.has(block.tagName) && block.parentElement) block = block.parentElement;
  return block;
}

/** The block a text node belongs to; text directly inside a shadow root belongs to its host. */
function blockOf(node: Node, root: Node): Element | null {
  const parent = node.parentElement;
  if (!parent) return node.parentNode instanceof ShadowRoot ? node.parentNode.host : null;
  let element: Element = parent;
  while (INLINE.has(element.tagName) && element !== root && element.parentElement) {
    element = element.parentElement;
  }
  return element;
}

interface BlockParts {
  parts: string[];
  length: number;
  nodes: Text[];
  starts: number[];
}

/**
 * How many nodes (elements included) the walk visits between chances for the caller to check
 * its clock and yield: a page of 100 000 empty cells has almost no text nodes to count.
 */
const NODES_PER_STEP = 256;

/**
 * Past this length a block's text is handed on in pieces. The detector takes a block in one go,
 * and a 10 MB text/plain page is one `<pre>` holding one text node: in one piece, detecting it
 * took 0.75 s of CPU in a single task (tests/e2e/breakage). Pieces end at a line break or a
 * sentence end where there is one within `CUT_WINDOW` characters; only text dumps and logs
 * have blocks this long.
 */
const MAX_BLOCK_CHARS = 16_384;
const CUT_WINDOW = 4096;

/** The node after the walker's current node and all of its subtree, or null at the end. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Adds a text node to the parts of its block. */
function addText(blocks: Map<Element, BlockParts>, node: Text, root: Node): void {
  const text = node.data;
  if (text.length === 0) return;
  const element = blockOf(node, root);
  if (!element) return;
  let block = blocks.get(element);
  if (!block) {
    block = { parts: [], length: 0, nodes: [], starts: [] };
    blocks.set(element, block);
  }
  block.nodes.push(node);
  block.starts.push(block.length);
  block.parts.push(text);
  block.length += text.length;
}

/**
 * Walks the text under `root`, open shadow roots of web components included, yielding every
 * few hundred nodes so that a caller can pause between slices; returns the blocks (very long
 * ones in pieces) in document order of their first text. A generator keeps the walk's state
 * between slices without holding a second copy of the page.
 */
export function* walkTextBlocks(root: Node): Generator<void, TextBlock[]> {
  const blocks = new Map<Element, BlockParts>();
  // A tree walker never filters its own root: a root inside an editor (a `<body
  // contenteditable>` document, as iframe editors make) has to be checked here.
  const roots: Node[] = isEditedOrSkipped(root) ? [] : [root];
  let visited = 0;
  for (let current = roots.shift(); current; current = roots.shift()) {
    const doc = current.ownerDocument ?? (current as Document);
    // No filter callback: a tree walker that calls back into our (isolated world's) JavaScript
    // for every element costs ten times the walk itself. Skipped subtrees are stepped over here.
    const walker = doc.createTreeWalker(current, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node) {
      if (++visited % NODES_PER_STEP === 0) yield;
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (isSkippedElement(element)) {
          node = nextOutside(walker);
          continue;
        }
        if (element.shadowRoot) roots.push(element.shadowRoot);
      } else {
        addText(blocks, node as Text, current);
      }
      node = walker.nextNode();
    }
  }
  const result: TextBlock[] = [];
  let chars = 0;
  for (const [element, block] of blocks) {
    yield* addPieces(element, block, result);
    // Joining and cleaning 10 MB of text is work too: a pause every so often.
    chars += block.length;
    if (chars >= MAX_BLOCK_CHARS) {
      chars = 0;
      yield;
    }
  }
  return result;
}

/** Adds a block to `result`, cut into pieces when it is very long, yielding between pieces. */
function* addPieces(element: Element, block: BlockParts, result: TextBlock[]): Generator<void> {
  const raw = block.parts.length === 1 ? (block.parts[0] as string) : block.parts.join('');
  for (let from = 0; from < raw.length;) {
    const to = cutAt(raw, from);
    const text = raw.slice(from, to).replace(/[\t\n\r\f\v]/g, ' ');
    if (text.trim().length > 0) {
      if (from === 0 && to === raw.length) {
        result.push({ element, text, nodes: block.nodes, starts: block.starts });
      } else {
        // The nodes the piece overlaps; the first may start before it (a negative start).
        const first = Math.max(0, upperBound(block.starts, from) - 1);
        const end = upperBound(block.starts, to - 1);
        const starts = block.starts.slice(first, end).map((start) => start - from);
        result.push({ element, text, nodes: block.nodes.slice(first, end), starts });
      }
    }
    from = to;
    if (from < raw.length) yield;
  }
}

/** Where the piece of `raw` starting at `from` ends. */
function cutAt(raw: string, from: number): number {
  const limit = from + MAX_BLOCK_CHARS;
  if (raw.length <= limit) return raw.length;
  const line = raw.lastIndexOf('\n', limit - 1);
  if (line >= limit - CUT_WINDOW && line > from) return line + 1;
  const sentence = raw.lastIndexOf('. ', limit - 2);
  if (sentence >= limit - CUT_WINDOW && sentence > from) return sentence + 2;
  // No boundary near: do not cut a surrogate pair in two.
  const code = raw.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The index of the first of the ascending `values` greater than `value`. */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Collects the text blocks under `root` in one go (tests, small subtrees). */
export function collectTextBlocks(root: Node): TextBlock[] {
  const walk = walkTextBlocks(root);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** Index of the node holding `offset`: the last node that starts at or before it. */
function nodeIndexAt(block: TextBlock, offset: number, preferNext: boolean): number {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid] as number;
    if (start < offset || (start === offset && preferNext)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A live Range over `[start, end)` of the block's text, or null when it no longer fits. */
export function rangeForOffsets(block: TextBlock, start: number, end: number): Range | null {
  if (start < 0 || end > block.text.length || start >= end) return null;
  const first = nodeIndexAt(block, start, true);
  const last = nodeIndexAt(block, end, false);
  const startNode = block.nodes[first] as Text;
  const endNode = block.nodes[last] as Text;
  const startOffset = start - (block.starts[first] as number);
  const endOffset = end - (block.starts[last] as number);
  if (startOffset > startNode.length || endOffset > endNode.length) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}
