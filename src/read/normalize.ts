/**
 * Text normalisation for matching (never for evidence, which keeps the original). Full-width digits, letters
 * and number punctuation become half-width; CJK radical code points that some PDF producers emit (⻔ for 门,
 * ⼀ for 一) become the unified ideographs; the spaces OCR puts between CJK characters go.
 */

// CJK Radicals Supplement (U+2E80–2EF3) forms that PDFs emit in place of the ideograph; NFKC does not map these.
const RADICALS: Record<string, string> = {
  '⺠': '民',
  '⻔': '门',
  '⻚': '页',
  '⻓': '长',
  '⻋': '车',
  '⻅': '见',
  '⻆': '角',
  '⻢': '马',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻥': '鱼',
  '⺟': '母',
  '⺫': '目',
  '⺬': '示',
  '⺮': '竹',
  '⻉': '贝',
  '⻊': '足',
  '⻘': '青',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⺁': '厂',
  '⺇': '几',
  '⺊': '卜',
  '⺌': '小',
  '⺍': '小',
  '⺓': '幺',
  '⺛': '无',
  '⺢': '水',
  '⺣': '火',
  '⺩': '王',
  '⺪': '疋',
  '⺸': '羊',
  '⺻': '聿',
  '⺼': '肉',
  '⻌': '辶',
  '⻍': '辶',
  '⻎': '辶',
  '⻏': '阝',
  '⻖': '阝',
  '⻗': '雨',
  '⻙': '韦',
  '⻤': '鬼',
  '⻡': '首',
  '⻣': '骨',
  '⻦': '鸟',
  '⻧': '卤',
  '⻪': '黾',
  '⻭': '齿',
  '⻯': '龙',
  '⻱': '龟',
  '⻲': '龟',
  '⺄': '乙',
  '⺅': '亻',
  '⺆': '冂',
  '⺉': '刂',
  '⺋': '卩',
  '⺏': '尢',
  '⺐': '尢',
  '⺑': '尢',
  '⺒': '巳',
  '⺔': '彐',
  '⺕': '彐',
  '⺖': '忄',
  '⺗': '心',
  '⺘': '扌',
  '⺙': '攵',
  '⺜': '日',
  '⺝': '月',
  '⺞': '歹',
  '⺡': '氵',
  '⺤': '爫',
  '⺥': '爫',
  '⺦': '丬',
  '⺧': '牛',
  '⺨': '犭',
  '⺭': '礻',
  '⺯': '糸',
  '⺰': '纟',
  '⺱': '罒',
  '⺲': '罒',
  '⺳': '网',
  '⺴': '罒',
  '⺵': '罒',
  '⺶': '羊',
  '⺷': '羊',
  '⺹': '耂',
  '⺺': '肀',
  '⺽': '臼',
  '⺾': '艹',
  '⺿': '艹',
  '⻀': '艹',
  '⻁': '虎',
  '⻂': '衤',
  '⻃': '西',
  '⻄': '西',
  '⻇': '见',
  '⻈': '讠',
  '⻑': '長',
  '⻒': '镸',
  '⻕': '门',
  '⻟': '食',
  '⻠': '饣',
};

const RADICAL_RE = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/** Ideographs for radical code points: Kangxi (U+2F00–2FD5) through NFKC, the supplement through the table. */
export function fixRadicals(s: string): string {
  return s.replace(RADICAL_RE, radicalToIdeograph);
}

function radicalToIdeograph(c: string): string {
  return c >= '\u2f00' ? c.normalize('NFKC') : (RADICALS[c] ?? c);
}

/**
 * Every character that matching changes: radicals, full-width ASCII except the CJK punctuation that structures
 * sentences (，（）：；！？ stay full-width for readability), the ideographic and the no-break space. One pass: this
 * runs over every line of every document.
 */
const TO_NORMALIZE = /[\u2e80-\u2ef3\u2f00-\u2fd5\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\u3000\u00a0]/g;

function normalizeChar(c: string): string {
  if (c === '\u3000' || c === '\u00a0') return ' ';
  if (c >= '\uff02') return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  return radicalToIdeograph(c);
}

/** Remove spaces between two CJK characters (OCR output, justified PDF text). */
export function joinCjkSpaces(s: string): string {
  return s.replace(/([\u3000-\u9fff\uff00-\uffef])[ \t]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1');
}

/** The normalised form used for matching patterns. Length may differ from the original. */
export function normalizeForMatch(s: string): string {
  // most lines need nothing: a loop over char codes finds that sooner than the regex
  for (let i = 0; i < s.length; i++) if (changes(s.charCodeAt(i))) return s.slice(0, i) + s.slice(i).replace(TO_NORMALIZE, normalizeChar);
  return s;
}

/** Whether TO_NORMALIZE matches this char code. */
function changes(c: number): boolean {
  if (c < 0xa0 || (c >= 0x3001 && c < 0xff02)) return false;
  if (c >= 0xff02) return c <= 0xff5e && c !== 0xff08 && c !== 0xff09 && c !== 0xff0c && c !== 0xff1a && c !== 0xff1b && c !== 0xff1f;
  return c === 0xa0 || c === 0x3000 || (c >= 0x2e80 && c <= 0x2ef3) || (c >= 0x2f00 && c <= 0x2fd5);
}

/** Markdown syntax around the words of a line (heading marks, quote marks, list bullets, emphasis), for matching. */
export function stripMarkdown(s: string): string {
  return s
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s{0,3}[-*+]\s+/, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2');
}
