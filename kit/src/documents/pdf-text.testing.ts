import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// The metrics of the 14 standard PDF fonts (Helvetica…) that our documents use, shipped with pdf.js.
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** What a PDF says, page by page: its text as a reader would extract it, spaces collapsed. */
export async function pdfText(pdf: Uint8Array): Promise<{ pages: string[]; text: string }> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      const content = await (await document.getPage(n)).getTextContent();
      const words = content.items.map((item) => ("str" in item ? item.str : ""));
      pages.push(words.join(" ").replace(/\s+/g, " ").trim());
    }
    return { pages, text: pages.join("\n") };
  } finally {
    await document.destroy();
  }
}
