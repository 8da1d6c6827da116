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

/** Returns null when the bytes are not text in any supported encoding (binary data). */
export function decodeText(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return tryDecode(bytes.subarray(3), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(bytes.subarray(2), 'utf-16be');
  const u16 = utf16Guess(bytes);
  if (u16) return tryDecode(bytes, u16);
  return tryDecode(bytes, 'utf-8') ?? tryDecode(bytes, 'gb18030');
}

function tryDecode(bytes: Uint8Array, encoding: Decoded['encoding']): Decoded | null {
  let text: string;
  try {
    text = fatal(encoding).decode(bytes);
  } catch {
    return null;
  }
  // Control characters other than tab, newlines and form feed mean binary data read as text.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length / 1000)) return null;
  return { text, encoding };
}
