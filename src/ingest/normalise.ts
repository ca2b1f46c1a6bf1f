// The normalised text of SPEC.md: drop the BOM, CRLF and CR to LF, Unicode NFC. Nothing else:
// every span in the output and in gold files indexes this string.

export function normalise(decoded: string): string {
  const withoutBom = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}
