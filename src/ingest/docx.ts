// DOCX → text: mammoth renders the document as HTML (paragraphs, tables, lists; deleted text of
// tracked changes left out, insertions kept, comments ignored), and the HTML path reads it, with
// Word's list numbers printed, one- and two-column tables side by side as on paper (the header's
// issuer | motto, the Nơi nhận | signature block) and footnotes dropped: they are not the notice.
import { createRequire } from 'node:module';
import type { Element } from 'hast';
import { briefly, DecodeError } from './decode.js';
import { htmlToText } from './html.js';

// mammoth (JSZip, xmldom) costs ~40 ms to load: loaded on the first DOCX.
const require = createRequire(import.meta.url);

/** The part of mammoth's API used here (the package ships no types). */
interface Mammoth {
  convertToHtml(input: { buffer: Buffer }, options: object): Promise<{ value: string }>;
  images: { imgElement(f: () => Promise<{ src: string }>): unknown };
}

/** Footnote and endnote bodies (mammoth lists them at the end) and the marks that point to them. */
function isNote(el: Element): boolean {
  const id = String(el.properties.id ?? '');
  const href = String(el.properties.href ?? '');
  return /^(?:footnote|endnote|comment)-/u.test(id) || /^#(?:footnote|endnote|comment)-/u.test(href);
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = require('mammoth') as Mammoth;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are no text: an empty element instead of the picture's bytes in base64.
      // Empty paragraphs kept: an empty numbered paragraph is the number of a table's row.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: false },
    );
    html = result.value;
  } catch (error) {
    throw new DecodeError(`not a readable DOCX (${briefly(error)})`);
  }
  return htmlToText(html, { drop: isNote, listMarkers: true, layoutTables: true });
}

