// What a file is, from its first bytes, not its name: a PDF, a DOCX (a ZIP holding
// word/document.xml), a legacy Word file or an encrypted DOCX (both OLE2 compound files), or text.
export type Sniffed = 'pdf' | 'docx' | 'zip' | 'ole2-encrypted' | 'ole2' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

const PDF = [...'%PDF-'].map((c) => c.charCodeAt(0));
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether `needle` (ASCII, or UTF-16LE when `wide`) occurs in the bytes. */
function contains(bytes: Uint8Array, needle: string, wide = false): boolean {
  const codes = [...needle].flatMap((c) => (wide ? [c.charCodeAt(0), 0] : [c.charCodeAt(0)]));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes(Buffer.from(codes));
}

export function sniff(bytes: Uint8Array): Sniffed {
  // PDF allows junk before the header (within the first 1024 bytes); most readers accept it.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (startsWith(bytes, PDF) || head.includes(Buffer.from(PDF))) return 'pdf';
  // The central directory lists every member's name in plain ASCII.
  if (startsWith(bytes, ZIP)) return contains(bytes, 'word/document.xml') ? 'docx' : 'zip';
  // An encrypted OOXML file is an OLE2 container with an "EncryptedPackage" stream (named in UTF-16).
  if (startsWith(bytes, OLE2)) return contains(bytes, 'EncryptedPackage', true) ? 'ole2-encrypted' : 'ole2';
  return 'text';
}
