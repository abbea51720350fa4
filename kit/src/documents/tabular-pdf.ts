import PDFDocument from "pdfkit";
import { type DocumentFonts, fontsFor } from "./document-fonts";

/** A column of a document's table; widths are points and together fill the page's width (515). */
export interface PdfColumn {
  header: string;
  width: number;
  align?: "left" | "right";
}

/** A heading row that starts a group of lines, or one line of cells (one per column). */
export type PdfTableRow = { group: string } | { cells: readonly string[] };

/**
 * A business document laid out the one way the platform prints them: a title, facts (number,
 * dates) beside it, up to two parties side by side, a table that runs over as many pages as it
 * needs (its header row repeated on each, an open group named again), totals and notes.
 */
export interface TabularPdf {
  title: string;
  /** Shown in every page's footer beside the page number, e.g. "Tax Invoice INV-2024-05-0001". */
  reference: string;
  facts: readonly (readonly [label: string, value: string])[];
  parties: readonly { heading: string; lines: readonly string[] }[];
  columns: readonly PdfColumn[];
  rows: readonly PdfTableRow[];
  totals: readonly { label: string; value: string; strong?: boolean }[];
  notes?: readonly string[];
}

const MARGIN = 40;
const FOOTER_SPACE = 24;
const CELL_PADDING = 3;
const BODY_SIZE = 8.5;
const INK = "#1a1a1a";
const MUTED = "#5c5c5c";
const RULE = "#d0d0d0";
const SHADE = "#eeeeee";

type Doc = PDFKit.PDFDocument;

/** Each document's fonts, chosen once from all its text (see `fontsFor`). */
const fontsOf = new WeakMap<Doc, DocumentFonts>();
const regular = (doc: Doc) => fontsOf.get(doc)!.regular;
const bold = (doc: Doc) => fontsOf.get(doc)!.bold;

/** Every piece of text the document shows. */
function* textsOf(spec: TabularPdf): Generator<string> {
  yield spec.title;
  yield spec.reference;
  for (const [label, value] of spec.facts) yield* [label, value];
  for (const party of spec.parties) yield* [party.heading, ...party.lines];
  for (const column of spec.columns) yield column.header;
  for (const row of spec.rows) yield* "group" in row ? [row.group] : row.cells;
  for (const total of spec.totals) yield* [total.label, total.value];
  yield* spec.notes ?? [];
}

/**
 * Renders `spec` as an A4 PDF: in the standard PDF fonts (nothing embedded) when Windows-1252
 * can show all its text, else in DejaVu Sans, embedded.
 */
export async function renderTabularPdf(spec: TabularPdf): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: spec.reference, Creator: "DCX Cloud" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  try {
    fontsOf.set(doc, fontsFor(doc, textsOf(spec)));
    doc.fillColor(INK);
    let y = drawHeading(doc, spec);
    y = drawParties(doc, spec, y + 14);
    y = await drawTable(doc, spec, y + 16);
    y = drawTotals(doc, spec, y + 10);
    drawNotes(doc, spec, y + 14);
    drawFooters(doc, spec);
  } finally {
    doc.end();
  }
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;
const bottomOf = (doc: Doc) => doc.page.height - MARGIN - FOOTER_SPACE;

function drawHeading(doc: Doc, spec: TabularPdf): number {
  doc.font(bold(doc)).fontSize(22).text(spec.title, MARGIN, MARGIN, { lineBreak: false });
  const labelWidth = 80;
  const valueWidth = 140;
  const x = MARGIN + contentWidth(doc) - labelWidth - valueWidth;
  let y = MARGIN + 2;
  for (const [label, value] of spec.facts) {
    doc.font(bold(doc)).fontSize(BODY_SIZE).fillColor(MUTED).text(label, x, y, { width: labelWidth });
    doc
      .font(regular(doc))
      .fillColor(INK)
      .text(value, x + labelWidth, y, { width: valueWidth, align: "right" });
    y = Math.max(doc.y, y + 11);
  }
  return Math.max(y, MARGIN + 30);
}

function drawParties(doc: Doc, spec: TabularPdf, top: number): number {
  const gap = 20;
  const width = (contentWidth(doc) - gap) / 2;
  let bottom = top;
  spec.parties.slice(0, 2).forEach((party, i) => {
    const x = MARGIN + i * (width + gap);
    doc.font(bold(doc)).fontSize(BODY_SIZE).fillColor(MUTED).text(party.heading.toUpperCase(), x, top, { width });
    doc.fillColor(INK);
    party.lines.forEach((line, n) => {
      doc
        .font(n === 0 ? bold(doc) : regular(doc))
        .fontSize(n === 0 ? 10 : 9)
        .text(line, x, doc.y + 1, { width });
    });
    bottom = Math.max(bottom, doc.y);
  });
  return bottom;
}

/** Where each column starts. */
function columnXs(spec: TabularPdf): number[] {
  let x = MARGIN;
  return spec.columns.map((column) => {
    const start = x;
    x += column.width;
    return start;
  });
}

/**
 * Widths of strings in the current font and size, remembered per document: a long table repeats
 * the same units, rates and prices thousands of times, and measuring (kerning) is most of the work.
 */
const measured = new WeakMap<Doc, Map<string, number>>();
function widthOf(doc: Doc, text: string): number {
  let widths = measured.get(doc);
  if (!widths) measured.set(doc, (widths = new Map()));
  // pdfkit's typings leave out the current font and size; they are plain fields of the document.
  const { _font: font, _fontSize: size } = doc as unknown as { _font?: { name?: string }; _fontSize?: number };
  const key = `${font?.name}|${size}|${text}`;
  let width = widths.get(key);
  if (width === undefined) widths.set(key, (width = doc.widthOfString(text)));
  return width;
}

/** True when `text` needs no wrapping in `width`: most cells, drawn without pdfkit's line wrapper. */
function fitsOneLine(doc: Doc, text: string, width: number): boolean {
  return !/[\r\n]/.test(text) && widthOf(doc, text) <= width;
}

function cellHeight(doc: Doc, text: string, width: number, font: string): number {
  doc.font(font).fontSize(BODY_SIZE);
  const inner = width - 2 * CELL_PADDING;
  const textHeight = fitsOneLine(doc, text, inner)
    ? doc.currentLineHeight(true)
    : doc.heightOfString(text, { width: inner });
  return textHeight + 2 * CELL_PADDING;
}

function rowHeight(doc: Doc, spec: TabularPdf, cells: readonly string[], font: string): number {
  return Math.max(...spec.columns.map((column, i) => cellHeight(doc, cells[i] ?? "", column.width, font)));
}

function drawCells(doc: Doc, spec: TabularPdf, xs: number[], y: number, cells: readonly string[], font: string) {
  doc.font(font).fontSize(BODY_SIZE).fillColor(INK);
  spec.columns.forEach((column, i) => {
    const text = cells[i] ?? "";
    const x = xs[i]! + CELL_PADDING;
    const width = column.width - 2 * CELL_PADDING;
    if (fitsOneLine(doc, text, width)) {
      // Thousands of rows: placing one line by hand is many times faster than wrapping it.
      const offset = column.align === "right" ? width - widthOf(doc, text) : 0;
      doc.text(text, x + offset, y + CELL_PADDING, { lineBreak: false });
    } else {
      doc.text(text, x, y + CELL_PADDING, { width, align: column.align ?? "left" });
    }
  });
}

function drawHeaderRow(doc: Doc, spec: TabularPdf, xs: number[], y: number): number {
  const headers = spec.columns.map((column) => column.header);
  const height = rowHeight(doc, spec, headers, bold(doc));
  doc.rect(MARGIN, y, contentWidth(doc), height).fill(SHADE);
  drawCells(doc, spec, xs, y, headers, bold(doc));
  return y + height;
}

function drawGroupRow(doc: Doc, label: string, y: number): number {
  const width = contentWidth(doc);
  const height = cellHeight(doc, label, width, bold(doc)) + 2;
  doc
    .font(bold(doc))
    .fontSize(BODY_SIZE)
    .fillColor(INK)
    .text(label, MARGIN + CELL_PADDING, y + CELL_PADDING + 2, { width: width - 2 * CELL_PADDING });
  return y + height;
}

function drawRule(doc: Doc, y: number) {
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + contentWidth(doc), y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

/** Rows drawn between two turns of the event loop: a long invoice must not stall other requests. */
const ROWS_PER_TURN = 250;

/** The table, a new page (header row again, the open group named again) whenever a row would not fit. */
async function drawTable(doc: Doc, spec: TabularPdf, top: number): Promise<number> {
  const xs = columnXs(spec);
  let y = drawHeaderRow(doc, spec, xs, top);
  let openGroup: string | null = null;
  const newPage = () => {
    doc.addPage();
    y = drawHeaderRow(doc, spec, xs, MARGIN);
    if (openGroup !== null) y = drawGroupRow(doc, `${openGroup} (continued)`, y);
  };
  for (const [i, row] of spec.rows.entries()) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    if ("group" in row) {
      const next = spec.rows[i + 1];
      const firstLine = next && "cells" in next ? rowHeight(doc, spec, next.cells, regular(doc)) : 0;
      // A group heading never stands alone at the foot of a page.
      if (y + cellHeight(doc, row.group, contentWidth(doc), bold(doc)) + 2 + firstLine > bottomOf(doc)) {
        openGroup = null;
        newPage();
      }
      openGroup = row.group;
      y = drawGroupRow(doc, row.group, y);
      continue;
    }
    const height = rowHeight(doc, spec, row.cells, regular(doc));
    if (y + height > bottomOf(doc)) newPage();
    drawCells(doc, spec, xs, y, row.cells, regular(doc));
    y += height;
    drawRule(doc, y);
  }
  return y;
}

function drawTotals(doc: Doc, spec: TabularPdf, top: number): number {
  const lineHeight = 14;
  let y = top;
  if (y + spec.totals.length * lineHeight > bottomOf(doc)) {
    doc.addPage();
    y = MARGIN;
  }
  const valueWidth = 110;
  const labelWidth = 220;
  const valueX = MARGIN + contentWidth(doc) - valueWidth - CELL_PADDING;
  const labelX = valueX - labelWidth - 10;
  for (const total of spec.totals) {
    const font = total.strong ? bold(doc) : regular(doc);
    const size = total.strong ? 10.5 : 9;
    if (total.strong) drawRule(doc, y - 2);
    doc.font(font).fontSize(size).fillColor(INK);
    doc.text(total.label, labelX, y, { width: labelWidth, align: "right" });
    doc.text(total.value, valueX, y, { width: valueWidth, align: "right" });
    y += lineHeight;
  }
  return y;
}

function drawNotes(doc: Doc, spec: TabularPdf, top: number) {
  let y = top;
  doc.font(regular(doc)).fontSize(8).fillColor(MUTED);
  for (const note of spec.notes ?? []) {
    const height = doc.heightOfString(note, { width: contentWidth(doc) });
    if (y + height > bottomOf(doc)) {
      doc.addPage();
      y = MARGIN;
    }
    doc.text(note, MARGIN, y, { width: contentWidth(doc) });
    y = doc.y + 4;
  }
}

function drawFooters(doc: Doc, spec: TabularPdf) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise make pdfkit start another page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    doc.font(regular(doc)).fontSize(7.5).fillColor(MUTED);
    doc.text(spec.reference, MARGIN, y, { width: contentWidth(doc) / 2, lineBreak: false });
    doc.text(`Page ${i - start + 1} of ${count}`, MARGIN + contentWidth(doc) / 2, y, {
      width: contentWidth(doc) / 2,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
