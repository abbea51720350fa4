import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The regular and bold font a document is drawn in (names registered with pdfkit, or standard). */
export interface DocumentFonts {
  regular: string;
  bold: string;
}

/** The standard PDF fonts: nothing embedded, fastest to lay out, but Windows-1252 text only. */
const STANDARD: DocumentFonts = { regular: "Helvetica", bold: "Helvetica-Bold" };

/**
 * What Helvetica can show: Windows-1252 (Latin-1 and its extras: € … – — ‘ ’ “ ” •) and the line
 * breaks the layout splits on. Anything else ("Łódź", "Ωmega") needs an embedded font.
 */
const WINDOWS_1252 = /^[\t\n\r\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/u;

let dejaVu: { regular: Buffer; bold: Buffer } | undefined;
function dejaVuFonts() {
  const folder = path.join(
    path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
    "ttf",
  );
  return (dejaVu ??= {
    regular: readFileSync(path.join(folder, "DejaVuSans.ttf")),
    bold: readFileSync(path.join(folder, "DejaVuSans-Bold.ttf")),
  });
}

/**
 * The fonts for a document holding `texts`: the standard ones when they can show every
 * character, else DejaVu Sans (wide Unicode coverage), embedded and subset to what is used.
 */
export function fontsFor(doc: PDFKit.PDFDocument, texts: Iterable<string>): DocumentFonts {
  for (const text of texts) {
    if (!WINDOWS_1252.test(text)) {
      const { regular, bold } = dejaVuFonts();
      doc.registerFont("DejaVuSans", regular);
      doc.registerFont("DejaVuSans-Bold", bold);
      return { regular: "DejaVuSans", bold: "DejaVuSans-Bold" };
    }
  }
  return STANDARD;
}
