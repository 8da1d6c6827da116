/**
 * Decode the bytes of a text file. Government text exports come as UTF-8 (with or without BOM), UTF-16 (with a
 * BOM, sometimes without) and GB18030/GBK; the encoding is detected, never assumed.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

const fatal = (label: string) => new TextDecoder(label, { fatal: true });

/** Share of zero bytes at even/odd offsets: UTF-16 text of CJK/ASCII shows many. */
function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a BOM and without zero bytes (Chinese text has few ASCII characters): nearly every code unit is a
 * CJK ideograph, CJK or full-width punctuation, or printable ASCII. Tried only after UTF-8 (ASCII text read as
 * UTF-16 looks like ideographs); GBK bytes fall outside these ranges either way round.
 */
function utf16Plausible(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return undefined;
  const plausible = (u: number) =>
    (u >= 0x4e00 && u <= 0x9fff) ||
    (u >= 0x3000 && u <= 0x303f) ||
    (u >= 0xff00 && u <= 0xffef) ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0x2000 && u <= 0x206f) ||
    u === 0x0a ||
    u === 0x0d ||
    u === 0x09 ||
    u === 0x0c;
  for (const le of [true, false]) {
    let good = 0;
    for (let i = 0; i < n; i += 2) if (plausible(le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1])) good++;
    if (good / (n / 2) >= 0.95) return le ? 'utf-16le' : 'utf-16be';
  }
  return undefined;
}

/** Returns null when the bytes are not text in any supported encoding (binary data). */
export function decodeText(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return tryDecode(bytes.subarray(3), 'utf-8') ?? lenient(bytes.subarray(3), ['utf-8']);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(bytes.subarray(2), 'utf-16be');
  const u16 = utf16Guess(bytes);
  if (u16) return tryDecode(bytes, u16);
  const strict = tryDecode(bytes, 'utf-8');
  if (strict) return strict;
  const plausible = utf16Plausible(bytes);
  return (plausible && tryDecode(bytes, plausible)) || tryDecode(bytes, 'gb18030') || lenient(bytes, ['utf-8', 'gb18030']);
}

/**
 * A text with a few broken bytes (a damaged download, one stray byte in a GBK file) is still that text: the
 * encoding that needs the fewest replacement characters, when they are rare, with U+FFFD in their places.
 */
function lenient(bytes: Uint8Array, encodings: Decoded['encoding'][]): Decoded | null {
  let best: Decoded | null = null;
  let fewest = Infinity;
  for (const encoding of encodings) {
    const text = new TextDecoder(encoding).decode(bytes);
    const replaced = countOf(text, '\ufffd');
    if (replaced < fewest && replaced <= Math.max(2, text.length / 1000) && !tooManyControls(text)) [best, fewest] = [{ text, encoding }, replaced];
  }
  return best;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Control characters other than tab, newlines and form feed mean binary data read as text. */
function tooManyControls(text: string): boolean {
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls > Math.max(2, text.length / 1000);
}

function tryDecode(bytes: Uint8Array, encoding: Decoded['encoding']): Decoded | null {
  let text: string;
  try {
    text = fatal(encoding).decode(bytes);
  } catch {
    return null;
  }
  return tooManyControls(text) ? null : { text, encoding };
}
