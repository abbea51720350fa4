import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const require = createRequire(import.meta.url);
// The metrics of the 14 standard PDF fonts (Helvetica…) that our documents use, shipped with pdf.js.
const STANDARD_FONTS = `${path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;
const PDFJS = pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href;

/**
 * Runs in a worker thread: pdf.js's legacy build (the one Node 20 runs) installs core-js
 * polyfills over `JSON.parse`, `JSON.stringify` and `Array.prototype.push` in whatever realm
 * loads it. In the tests' own thread that would slow every later test and benchmark of the same
 * process; a worker has globals of its own.
 */
const READ_PDF = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { getDocument } = await import(workerData.pdfjs);
  const document = await getDocument({
    data: workerData.pdf,
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: workerData.fonts,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      const content = await (await document.getPage(n)).getTextContent();
      const words = content.items.map((item) => ("str" in item ? item.str : ""));
      pages.push(words.join(" ").replace(/\\s+/g, " ").trim());
    }
    parentPort.postMessage({ pages });
  } finally {
    await document.destroy();
  }
})().catch((error) => parentPort.postMessage({ error: String(error?.stack ?? error) }));
`;

/** What a PDF says, page by page: its text as a reader would extract it, spaces collapsed. */
export async function pdfText(pdf: Uint8Array): Promise<{ pages: string[]; text: string }> {
  // pdf.js takes ownership of (detaches) the buffer it is given: the worker gets a copy.
  const worker = new Worker(READ_PDF, {
    eval: true,
    workerData: { pdf: new Uint8Array(pdf), pdfjs: PDFJS, fonts: STANDARD_FONTS },
  });
  try {
    const answer = await new Promise<{ pages?: string[]; error?: string }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the PDF reader stopped (code ${code}) without an answer`)));
    });
    if (answer.error !== undefined) throw new Error(`pdf.js could not read the PDF: ${answer.error}`);
    const pages = answer.pages!;
    return { pages, text: pages.join("\n") };
  } finally {
    await worker.terminate();
  }
}
