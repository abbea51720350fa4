import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes fields holding a comma, a quote or a line break, doubling quotes, and ends records with CRLF", () => {
    expect(
      toCsv([
        ["a", "b,c"],
        ['say "hi"', "two\nlines", "cr\rhere"],
      ]),
    ).toBe('a,"b,c"\r\n"say ""hi""","two\nlines","cr\rhere"\r\n');
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("")).toBe("");
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\tcmd", "'\tcmd"],
    ["\r=1", `"'\r=1"`],
    ["=1,2", `"'=1,2"`],
  ])("defuses a field that would start a formula: %j", (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it("leaves plain numbers, negative ones included, as numbers", () => {
    expect(toCsv([["-12.50", "1234.56", "0", "-3"]])).toBe("-12.50,1234.56,0,-3\r\n");
    // Not a plain number: a leading minus before anything else is defused.
    expect(csvField("-1e3")).toBe("'-1e3");
  });
});
