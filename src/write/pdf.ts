/**
 * PDF: the print HTML laid out by Chromium (playwright-core, the system's Debian chromium). The fonts are the
 * self-hosted @fontsource Noto Serif SC / Noto Sans SC woff2 slices, weights 400 and 700, served to the page
 * from node_modules through a request route, so Chromium embeds them as CID TrueType (system Noto CJK would
 * give Type 3 fonts and radical code points). The page never reaches the network: every other request is
 * aborted. The browser is started lazily, shared, and closed with `closeRenderer()`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

const FONT_HOST = 'https://fonts.yusuan.invalid/';
const DOC_URL = 'https://doc.yusuan.invalid/index.html';
const FAMILIES = ['noto-serif-sc', 'noto-sans-sc'] as const;
const WEIGHTS = [400, 700] as const;
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const require = createRequire(import.meta.url);
const fontDir = (family: string) => path.dirname(require.resolve(`@fontsource/${family}/package.json`));

let fontCssCache: string | undefined;

/** @font-face rules for the fonts the print layout uses, pointing at the routed font host (woff2 only). */
export function fontCss(): string {
  if (fontCssCache) return fontCssCache;
  const parts: string[] = [];
  for (const family of FAMILIES) {
    for (const w of WEIGHTS) {
      const css = readFileSync(path.join(fontDir(family), `${w}.css`), 'utf8');
      parts.push(
        css
          .replace(
            /url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(, url\([^)]*\) format\('woff'\))?/g,
            (_m, f: string) => `url(${FONT_HOST}${family}/files/${f}) format('woff2')`,
          )
          .replace(/font-display: swap;/g, 'font-display: block;'),
      );
    }
  }
  fontCssCache = parts.join('\n');
  return fontCssCache;
}

/** The font file a routed font URL names, or undefined for any other URL. */
export function fontFile(url: string): string | undefined {
  if (!url.startsWith(FONT_HOST)) return undefined;
  const [family, dir, file] = url.slice(FONT_HOST.length).split('/');
  if (!(FAMILIES as readonly string[]).includes(family) || dir !== 'files' || !/^[\w.-]+\.woff2$/.test(file ?? '')) return undefined;
  return path.join(fontDir(family), 'files', file);
}

/** The Chromium binary: $YUSUAN_CHROMIUM, else `command -v chromium` (Debian), else chromium-browser. */
export function chromiumPath(): string {
  const env = process.env.YUSUAN_CHROMIUM;
  if (env) return env;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const p = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (p && existsSync(p)) return p;
    } catch {
      // not installed under this name
    }
  }
  throw new Error('no Chromium found for PDF output (install the Debian package chromium, or set YUSUAN_CHROMIUM)');
}

let shared: Promise<Browser> | undefined;

/** The shared browser, started on first use. */
export function sharedBrowser(): Promise<Browser> {
  shared ??= import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS }));
  shared.catch(() => (shared = undefined));
  return shared;
}

/** Close the shared browser (if started). */
export async function closeRenderer(): Promise<void> {
  const b = shared;
  shared = undefined;
  if (b) await (await b).close().catch(() => undefined);
}

const FOOTER = `<div style="width:100%;font-family:'DejaVu Serif','Liberation Serif',serif;font-size:14pt;text-align:center;margin-bottom:22mm;">&#8212; <span class="pageNumber"></span> &#8212;</div>`;

/**
 * One page per browser stays open with the font faces loaded; each document replaces its style and body, so
 * the fonts are fetched and parsed once, not once per document. Jobs on a page run one after another.
 */
interface Printer {
  page: Page;
  queue: Promise<unknown>;
}
const printers = new WeakMap<Browser, Promise<Printer>>();

async function openPrinter(b: Browser): Promise<Printer> {
  const context = await b.newContext();
  const page = await context.newPage();
  const shell = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title></title><style>${fontCss()}</style><style id="doc"></style></head><body></body></html>`;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === DOC_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shell });
    const file = fontFile(url);
    return file ? route.fulfill({ status: 200, contentType: 'font/woff2', path: file }) : route.abort();
  });
  await page.goto(DOC_URL, { waitUntil: 'load' });
  return { page, queue: Promise.resolve() };
}

function printer(b: Browser): Promise<Printer> {
  let p = printers.get(b);
  if (!p) {
    p = openPrinter(b);
    printers.set(b, p);
    p.catch(() => printers.delete(b));
  }
  return p;
}

/** Print an HTML page (made with the print options of renderHtml) to A4 PDF bytes. */
export async function htmlToPdf(html: string, browser?: Browser): Promise<Uint8Array> {
  const b = browser ?? (await sharedBrowser());
  const pr = await printer(b);
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const job = pr.queue.then(async () => {
    await pr.page.evaluate(
      async ([c, bd, t]) => {
        document.getElementById('doc')!.textContent = c;
        document.body.innerHTML = bd;
        document.title = t;
        void document.body.offsetHeight;
        await document.fonts.ready;
      },
      [stripFontFaces(css), body, title.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')] as const,
    );
    const pdf = await pr.page.pdf({
      format: 'A4',
      margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      printBackground: true,
    });
    return new Uint8Array(pdf);
  });
  pr.queue = job.catch(() => undefined);
  return job;
}

/** The document's own CSS, without @font-face rules (the printer page has them already). */
function stripFontFaces(css: string): string {
  return css.replace(/\/\*[^*]*\*\/\s*/g, '').replace(/@font-face\s*{[^}]*}\s*/g, '');
}
