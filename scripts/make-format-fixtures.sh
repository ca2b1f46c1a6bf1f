#!/usr/bin/env bash
# fixtures/formats/: one corpus document (corpus/007, Công văn 4390/UBND-NLN) as Word and PDF, for
# the test that TXT, DOCX and PDF give the same directives and fields (test/formats.test.ts).
# cv-4390.html is the notice laid out as in Word (header and signature tables, one paragraph per
# paragraph); LibreOffice writes the DOCX from it, and the PDF from that DOCX, as a user would
# export it. Needs LibreOffice (Debian: apt-get install libreoffice-writer-nogui).
set -euo pipefail
cd "$(dirname "$0")/../fixtures/formats"
out=$(mktemp -d)
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$out" cv-4390.html >/dev/null
soffice --headless --convert-to pdf --outdir "$out" "$out/cv-4390.docx" >/dev/null
mv "$out/cv-4390.docx" "$out/cv-4390.pdf" .
rmdir "$out"

# Files chidao must refuse in one line: a PDF that needs a password ("secret") and a Word 97 file.
printf 'Số: 1/TB-VP\n' > "$out.txt"
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' --outdir "$(dirname "$out")" "$out.txt" >/dev/null
soffice --headless --convert-to doc --outdir "$(dirname "$out")" "$out.txt" >/dev/null
mv "$out.pdf" password.pdf
mv "$out.doc" legacy.doc
rm -f "$out.txt"
