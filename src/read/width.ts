/**
 * How wide text is set: CJK and full-width glyphs take two columns (as in a CJK editor, and as `pdftotext
 * -layout` places them), everything else one. The PDF layout and the table reader measure with the same ranges.
 */

/** A wide code point: Hangul Jamo, CJK radicals to Yi, Hangul syllables, compatibility ideographs and forms, full-width forms. */
export function isWideCode(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

/** Width of a text in half-width columns (a character beyond the BMP, a surrogate pair, one). */
export function displayWidth(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair
    n += isWideCode(c) ? 2 : 1;
  }
  return n;
}
