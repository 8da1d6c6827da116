/** What the browser tests share: the Chromium binary (found as the PDF writer finds it, or $CHROMIUM) and its flags. */
import { chromiumPath as writerChromium } from '../write/pdf.ts';

/** The Chromium to test with, or null (the tests then say so and skip). */
export function chromiumPath(): string | null {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  try {
    return writerChromium();
  } catch {
    return null;
  }
}

/** A quiet, offline browser: no sandbox (CI runs as root), no GPU, no background traffic. */
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
