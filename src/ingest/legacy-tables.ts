// The legacy Vietnamese font encodings as data. Both are 8-bit and were made for Windows "ANSI"
// fonts, so every byte that is not listed here keeps its Windows-1252 meaning (how those fonts
// draw it, and how converters such as Unikey pass it through).
//
// All table bytes are ≥ 0xA0, where Windows-1252 and Latin-1 agree, so each byte below is written
// as the character with that code (String.fromCharCode(byte)): the rows then read exactly like the
// tables printed by Vietnamese converters and can be checked against them by eye.

/**
 * TCVN3 = TCVN 5712:1993 table VN3 ("ABC", fonts .VnTime / .VnArial). VN3 has lowercase letters
 * only, plus the seven bare capitals Ă Â Ê Ô Ơ Ư Đ: capitals with a tone were written with the
 * lowercase code in an uppercase font (.VnTimeH), so they decode to lowercase.
 *
 * Source: the VN3 positions of TCVN 5712:1993, cross-checked against xvnkb's tcvn.h (Dao Hai Lam,
 * 2002, lowercase column) and the TCVN3 tables of Unikey-style converters (e.g. VBKey's
 * mdlCodeTable.bas, which also maps capitals with a tone to the lowercase codes).
 *
 * Each row: the Unicode letters, then their codes in the same order.
 */
const TCVN3_ROWS: readonly (readonly [string, string])[] = [
  ['ĂÂÊÔƠƯĐ', '¡¢£¤¥¦§'],
  ['ăâêôơưđ', '¨©ª«¬\u00ad®'],
  ['àảãáạ', 'µ¶·¸¹'],
  ['ằẳẵắặ', '»¼½¾Æ'],
  ['ầẩẫấậ', 'ÇÈÉÊË'],
  ['èẻẽéẹ', 'ÌÎÏÐÑ'],
  ['ềểễếệ', 'ÒÓÔÕÖ'],
  ['ìỉĩíị', '×ØÜÝÞ'],
  ['òỏõóọ', 'ßáâãä'],
  ['ồổỗốộ', 'åæçèé'],
  ['ờởỡớợ', 'êëìíî'],
  ['ùủũúụ', 'ïñòóô'],
  ['ừửữứự', 'õö÷øù'],
  ['ỳỷỹýỵ', 'úûüýþ'],
];

/**
 * VNI-Windows (fonts VNI-Times, VNI-Helve…): a base Latin letter followed by one "mark" byte that
 * carries the hat/breve and the tone together; đ, ơ, ư and the i-with-tone letters (and ỵ) are
 * single bytes. Capitals use the capital mark bytes (lowercase mark − 0x20).
 *
 * Source: xvnkb's vni.h (Dao Hai Lam, 2002), cross-checked against the VNI keyboard's mark
 * numbering (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 6 ^, 7 móc, 8 breve, 9 đ) and the VNI-Windows
 * tables of Unikey-style converters (VBKey's mdlCodeTable.bas).
 *
 * Each row: the Unicode letters, then their VNI spellings (space-separated) in the same order.
 */
const VNI_ROWS: readonly (readonly [string, string])[] = [
  ['áàảãạ', 'aù aø aû aõ aï'],
  ['âấầẩẫậ', 'aâ aá aà aå aã aä'],
  ['ăắằẳẵặ', 'aê aé aè aú aü aë'],
  ['éèẻẽẹ', 'eù eø eû eõ eï'],
  ['êếềểễệ', 'eâ eá eà eå eã eä'],
  ['óòỏõọ', 'où oø oû oõ oï'],
  ['ôốồổỗộ', 'oâ oá oà oå oã oä'],
  ['ơớờởỡợ', 'ô ôù ôø ôû ôõ ôï'],
  ['úùủũụ', 'uù uø uû uõ uï'],
  ['ưứừửữự', 'ö öù öø öû öõ öï'],
  ['íìỉĩị', 'í ì æ ó ò'],
  ['ýỳỷỹỵ', 'yù yø yû yõ î'],
  ['đ', 'ñ'],
  ['ÁÀẢÃẠ', 'AÙ AØ AÛ AÕ AÏ'],
  ['ÂẤẦẨẪẬ', 'AÂ AÁ AÀ AÅ AÃ AÄ'],
  ['ĂẮẰẲẴẶ', 'AÊ AÉ AÈ AÚ AÜ AË'],
  ['ÉÈẺẼẸ', 'EÙ EØ EÛ EÕ EÏ'],
  ['ÊẾỀỂỄỆ', 'EÂ EÁ EÀ EÅ EÃ EÄ'],
  ['ÓÒỎÕỌ', 'OÙ OØ OÛ OÕ OÏ'],
  ['ÔỐỒỔỖỘ', 'OÂ OÁ OÀ OÅ OÃ OÄ'],
  ['ƠỚỜỞỠỢ', 'Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ'],
  ['ÚÙỦŨỤ', 'UÙ UØ UÛ UÕ UÏ'],
  ['ƯỨỪỬỮỰ', 'Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ'],
  ['ÍÌỈĨỊ', 'Í Ì Æ Ó Ò'],
  ['ÝỲỶỸỴ', 'YÙ YØ YÛ YÕ Î'],
  ['Đ', 'Ñ'],
];

/**
 * Windows-1252 at 0x80–0x9F (above, it is Latin-1). Spelled out because Node 20's
 * `TextDecoder('windows-1252')` decodes as Latin-1. The five bytes cp1252 leaves undefined stay
 * C1 controls, as in the WHATWG Encoding Standard.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The Windows-1252 character of each byte. */
export const CP1252: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b),
);

function bytesOf(chars: string): number[] {
  return [...chars].map((c) => c.charCodeAt(0));
}

/** TCVN3 byte → Unicode letter (only the bytes that differ from Windows-1252). */
export const TCVN3_TO_UNICODE: ReadonlyMap<number, string> = new Map(
  TCVN3_ROWS.flatMap(([letters, codes]) => {
    const bytes = bytesOf(codes);
    return [...letters].map((letter, i) => [bytes[i]!, letter] as const);
  }),
);

/** Unicode letter → VNI-Windows bytes (one or two). */
export const UNICODE_TO_VNI: ReadonlyMap<string, readonly number[]> = new Map(
  VNI_ROWS.flatMap(([letters, spellings]) => {
    const seqs = spellings.split(' ');
    return [...letters].map((letter, i) => [letter, bytesOf(seqs[i]!)] as const);
  }),
);
