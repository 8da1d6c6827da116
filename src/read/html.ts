/**
 * HTML as government sites publish it: the article body among navigation, headers and footers; tables kept as
 * tables; paragraphs broken with <br> joined; entities decoded. No DOM library: a small tolerant tokenizer is
 * enough for the flat markup these pages use, and it cannot execute anything.
 */
import { decodeText } from './decode.ts';
import { ReadError, type SourceDocument, type SourceFormat, type SourceLine, type SourceTable } from './document.ts';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'blockquote',
  'pre',
  'header',
  'footer',
  'nav',
  'aside',
  'body',
  'center',
  'dl',
  'dt',
  'dd',
  'form',
  'hr',
  'title',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'button', 'head', 'object']);
const CHROME =
  /(^|[\s_-])(nav|menu|header|footer|breadcrumb|crumb|sidebar|side|banner|toolbar|share|copyright|foot|top|search|login|links?|friend|related|pager|pagination)([\s_-]|$)/i;

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  yen: '¥',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

interface Node {
  tag: string;
  attrs: string;
  children: (Node | string)[];
}

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source']);

/**
 * Deeper than any page's markup: elements opened below this depth hold their content at this depth, so that
 * 100,000 nested elements cost neither a deep recursion nor a quadratic search for each closing tag.
 */
export const MAX_HTML_DEPTH = 256;

/** A forgiving tree builder: unclosed tags are closed by their parent's end tag. */
function parse(html: string): Node {
  const root: Node = { tag: '#root', attrs: '', children: [] };
  const stack: Node[] = [root];
  const lower = html.toLowerCase();
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<\/?([a-zA-Z][\w:-]*)([^>]*)>|[^<]+|</gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const [tok, name, attrs = ''] = m;
    const top = stack[stack.length - 1];
    if (!name) {
      if (!tok.startsWith('<!')) top.children.push(tok);
      continue;
    }
    const tag = name.toLowerCase();
    if (tok[1] === '/') {
      const i = stack.map((n) => n.tag).lastIndexOf(tag);
      if (i > 0) stack.length = i;
      continue;
    }
    const node: Node = { tag, attrs, children: [] };
    top.children.push(node);
    if (SKIP.has(tag)) {
      const end = lower.indexOf(`</${tag}`, re.lastIndex);
      re.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (!VOID.has(tag) && !attrs.trim().endsWith('/') && stack.length < MAX_HTML_DEPTH) stack.push(node);
  }
  return root;
}

/** Characters of text a reader would read in n: not in scripts, navigation or links. */
function contentLength(n: Node | string): number {
  if (typeof n === 'string') return decodeEntities(n).replace(/\s+/g, '').length;
  if (SKIP.has(n.tag) || n.tag === 'a' || isChrome(n)) return 0;
  return n.children.reduce((a, c) => a + contentLength(c), 0);
}

const attr = (n: Node, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(n.attrs)
    ?.slice(2)
    .find((x) => x !== undefined) ?? '';
const isChrome = (n: Node) => ['nav', 'header', 'footer', 'aside'].includes(n.tag) || CHROME.test(attr(n, 'class') + ' ' + attr(n, 'id'));

/**
 * The article body: the smallest element that still holds most (85 %) of the page's readable text, found by
 * walking down from <body> into the child with the most text while it keeps that share.
 */
function findBody(root: Node): Node {
  let current = root;
  for (;;) {
    const total = contentLength(current);
    let best: Node | undefined;
    let bestLen = 0;
    for (const c of current.children) {
      if (typeof c === 'string') continue;
      const len = contentLength(c);
      if (len > bestLen) [best, bestLen] = [c, len];
    }
    if (!best || bestLen < total * 0.85 || best.tag === 'table' || best.tag === 'p') return current;
    current = best;
  }
}

function contains(a: Node, b: Node): boolean {
  return a.children.some((c) => c === b || (typeof c !== 'string' && contains(c, b)));
}

interface Out {
  lines: string[];
  tables: { rows: string[][]; afterLine: number }[];
  current: string;
}

function flush(o: Out) {
  const t = o.current.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (t) o.lines.push(t);
  o.current = '';
}

function tableOf(n: Node): string[][] {
  const rows: string[][] = [];
  const spans: { col: number; left: number; text: string }[] = [];
  const walkRows = (x: Node) => {
    for (const c of x.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'tr') rows.push(rowOf(c, rows.length));
      else if (c.tag !== 'table') walkRows(c);
    }
  };
  const rowOf = (tr: Node, r: number): string[] => {
    const cells: string[] = [];
    const pending = spans.filter((s) => s.left > 0);
    let col = 0;
    const fill = () => {
      for (let s = pending.find((p) => p.col === col); s; s = pending.find((p) => p.col === col)) {
        cells[col++] = s.text;
        s.left--;
      }
    };
    for (const c of tr.children) {
      if (typeof c === 'string' || (c.tag !== 'td' && c.tag !== 'th')) continue;
      fill();
      const text = inlineText(c);
      const colspan = Math.max(1, Math.min(50, parseInt(attr(c, 'colspan')) || 1));
      const rowspan = Math.max(1, Math.min(500, parseInt(attr(c, 'rowspan')) || 1));
      for (let k = 0; k < colspan; k++) {
        if (rowspan > 1) spans.push({ col: col, left: rowspan - 1, text });
        cells[col++] = text;
      }
    }
    fill();
    void r;
    return Array.from(cells, (c) => c ?? '');
  };
  walkRows(n);
  return rows;
}

function inlineText(n: Node | string): string {
  if (typeof n === 'string') return decodeEntities(n).replace(/\s+/g, ' ');
  if (SKIP.has(n.tag)) return '';
  if (n.tag === 'br') return ' ';
  return n.children.map(inlineText).join('').replace(/\s+/g, ' ').trim();
}

function emit(n: Node | string, o: Out) {
  if (typeof n === 'string') {
    o.current += decodeEntities(n).replace(/[\r\n]+/g, '');
    return;
  }
  if (SKIP.has(n.tag) || isChrome(n)) return;
  if (n.tag === 'table') {
    flush(o);
    const rows = tableOf(n).filter((r) => r.some((c) => c.trim()));
    if (rows.length) {
      o.tables.push({ rows, afterLine: o.lines.length });
      // The table's text also goes into the lines (tab-separated cells), so sentences in cells are read too.
      for (const r of rows) o.lines.push(r.join('\t'));
    }
    return;
  }
  // <br> inside a paragraph breaks the visual line, not the sentence: join (a space only between Latin words).
  if (n.tag === 'br') {
    if (/[A-Za-z0-9]$/.test(o.current)) o.current += ' ';
    return;
  }
  const block = BLOCK.has(n.tag);
  if (block) flush(o);
  for (const c of n.children) emit(c, o);
  if (block) flush(o);
}

export function readHtml(file: string, bytes: Uint8Array): SourceDocument {
  const decoded = declaredDecode(bytes);
  if (!decoded) throw new ReadError(file, 'not an HTML text file in UTF-8, UTF-16 or GB18030/GBK');
  const root = parse(decoded.text);
  const titleNode = findTag(root, 'title');
  const body = findBody(findTag(root, 'body') ?? root);
  const o: Out = { lines: [], tables: [], current: '' };
  // The <title> often carries the unit and year when the body's heading does not.
  const title = titleNode ? inlineText(titleNode) : '';
  const heading = body === root ? undefined : findHeading(root, body);
  if (heading) emit(heading, o);
  emit(body, o);
  flush(o);
  if (title && !o.lines.slice(0, 5).some((l) => l.includes(title.slice(0, 8)))) o.lines.unshift(title);
  const shift = title && o.lines[0] === title ? 1 : 0;
  const lines: SourceLine[] = o.lines.map((text, i) => ({ no: i + 1, text }));
  const tables: SourceTable[] = o.tables.map((t) => ({ rows: t.rows, afterLine: t.afterLine + shift }));
  return { file, format: 'html', encoding: decoded.encoding, lines, tables };
}

/** Markup made by a converter (mammoth for DOCX): all of it is the document, there is no navigation to skip. */
export function htmlToDocument(file: string, html: string, format: SourceFormat): SourceDocument {
  const o: Out = { lines: [], tables: [], current: '' };
  emit(parse(html), o);
  flush(o);
  const lines: SourceLine[] = o.lines.map((text, i) => ({ no: i + 1, text }));
  return { file, format, lines, tables: o.tables.map((t) => ({ rows: t.rows, afterLine: t.afterLine })) };
}

/** An <h1>/<h2> title outside the chosen body but before it (many CMS pages put the title above the content div). */
function findHeading(root: Node, body: Node): Node | undefined {
  let found: Node | undefined;
  let done = false;
  const visit = (n: Node) => {
    if (done) return;
    if (n === body) {
      done = true;
      return;
    }
    if (/^h[1-3]$/.test(n.tag) && !isChrome(n) && contentLength(n) > 4) found = n;
    for (const c of n.children) if (typeof c !== 'string') visit(c);
  };
  visit(root);
  return found && !contains(body, found) ? found : undefined;
}

function findTag(n: Node, tag: string): Node | undefined {
  if (n.tag === tag) return n;
  for (const c of n.children) {
    if (typeof c === 'string') continue;
    const f = findTag(c, tag);
    if (f) return f;
  }
  return undefined;
}

/** Honour <meta charset=gbk> where the bytes are not valid UTF-8. */
function declaredDecode(bytes: Uint8Array) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /gb|gbk|gb2312|gb18030/.test(declared)) {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' as const };
    } catch {
      /* fall through to detection */
    }
  }
  return decodeText(bytes);
}
