import { describe, expect, it } from "vitest";
import { escapeHtml, formatAmount, renderErrorPage, renderReturnPage } from "./payment-page";
import { maskCardNumber, resolveCard } from "./test-cards";

describe("payment page rendering", () => {
  it.each([
    ["25000", "ZAR", "R 250.00"],
    ["1", "ZAR", "R 0.01"],
    ["125005", "ZAR", "R 1 250.05"],
    ["123456789", "ZAR", "R 1 234 567.89"],
    ["1000", "USD", "USD 10.00"],
  ])("formats %s cents in %s as %s", (cents, currency, expected) => {
    expect(formatAmount(cents, currency)).toBe(expected);
  });

  it("escapes markup and both quote kinds", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("escapes the return URL and fields of the return page", () => {
    const html = renderReturnPage({
      returnUrl: 'https://merchant.example/return?a=1&b="2"',
      fields: { REFERENCE: '"><img src=x onerror=alert(1)>', TRANSACTION_STATUS: "1" },
      outcome: "Approved",
    });
    expect(html).toContain('action="https://merchant.example/return?a=1&amp;b=&quot;2&quot;"');
    expect(html).not.toContain("<img");
    expect(html).toContain('<button type="submit" id="continue" class="primary">Continue</button>');
  });

  it("names the error code on the error page", () => {
    expect(renderErrorPage("DATA_CHK", "<bad>")).toContain('data-error="DATA_CHK">&lt;bad&gt; (ERROR=DATA_CHK)');
  });
});

describe("test cards", () => {
  it("declines unlisted numbers and reads the brand from the first digit", () => {
    expect(resolveCard("4000 0000 0000 0002")).toMatchObject({ brand: "Visa", outcome: "approved" });
    expect(resolveCard("4111111111111111")).toMatchObject({ brand: "Visa", outcome: "declined" });
    expect(resolveCard("5555555555554444")).toMatchObject({ brand: "MasterCard", outcome: "declined" });
  });

  it("masks all but the first six and last four digits", () => {
    expect(maskCardNumber("4000000000000002")).toBe("400000******0002");
  });
});
