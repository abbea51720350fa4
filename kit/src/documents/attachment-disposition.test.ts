import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./attachment-disposition";

describe("attachment disposition", () => {
  it("names the file plainly and exactly", () => {
    expect(attachmentDisposition("INV-2024-05-0001.pdf")).toBe(
      `attachment; filename="INV-2024-05-0001.pdf"; filename*=UTF-8''INV-2024-05-0001.pdf`,
    );
  });

  it("keeps quotes, semicolons and line breaks out of the header", () => {
    const header = attachmentDisposition('a";\r\nSet-Cookie: x=1 é.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(
      `attachment; filename="a____Set-Cookie__x_1__.csv"; filename*=UTF-8''a%22%3B%0D%0ASet-Cookie%3A%20x%3D1%20%C3%A9.csv`,
    );
  });
});
