import { describe, expect, it } from "vitest";
import { fetchDocument, fileNameOf } from "./document-download";

/** A session whose token is `token-<n>`, n counting refreshes. */
function fakeSession(expiring = false) {
  let refreshes = 0;
  return {
    get refreshes() {
      return refreshes;
    },
    accessToken: () => `token-${refreshes}`,
    accessTokenExpiresWithin: () => expiring && refreshes === 0,
    refresh: async () => {
      refreshes += 1;
    },
  };
}

/** A gateway stand-in that answers `answers` in turn and records each request's credentials. */
function fakeGateway(answers: Response[]) {
  const seen: (string | null)[] = [];
  const fetchImpl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Headers(init?.headers).get("authorization"));
    return answers.shift()!;
  }) as typeof fetch;
  return { seen, fetchImpl };
}

const pdf = () =>
  new Response("%PDF-1.7", {
    headers: { "content-type": "application/pdf", "content-disposition": 'attachment; filename="DCX-2026-000001.pdf"' },
  });

describe("fetchDocument", () => {
  it("sends the session's token and names the file as the server does", async () => {
    const session = fakeSession();
    const gateway = fakeGateway([pdf()]);
    const document = await fetchDocument("/documents/invoices/1.pdf", "invoice.pdf", session, gateway.fetchImpl);
    expect(gateway.seen).toEqual(["Bearer token-0"]);
    expect(document.fileName).toBe("DCX-2026-000001.pdf");
    expect(await document.blob.text()).toBe("%PDF-1.7");
  });

  it("refreshes a token about to expire before asking", async () => {
    const session = fakeSession(true);
    const gateway = fakeGateway([pdf()]);
    await fetchDocument("/documents/invoices/1.pdf", "invoice.pdf", session, gateway.fetchImpl);
    expect(gateway.seen).toEqual(["Bearer token-1"]);
  });

  it("refreshes once and tries again when the token is refused", async () => {
    const session = fakeSession();
    const gateway = fakeGateway([new Response("{}", { status: 401 }), pdf()]);
    await fetchDocument("/documents/invoices/1.pdf", "invoice.pdf", session, gateway.fetchImpl);
    expect(gateway.seen).toEqual(["Bearer token-0", "Bearer token-1"]);
    expect(session.refreshes).toBe(1);
  });

  it("gives the gateway's reason for a refusal", async () => {
    const body = JSON.stringify({ errors: [{ message: "No such document", extensions: { code: "NOT_FOUND" } }] });
    const gateway = fakeGateway([new Response(body, { status: 404 })]);
    await expect(
      fetchDocument("/documents/invoices/x.pdf", "invoice.pdf", fakeSession(), gateway.fetchImpl),
    ).rejects.toThrow("No such document");
    const proxy = fakeGateway([new Response("<html>Bad gateway</html>", { status: 502 })]);
    await expect(
      fetchDocument("/documents/invoices/x.pdf", "invoice.pdf", fakeSession(), proxy.fetchImpl),
    ).rejects.toThrow("The download failed (HTTP 502)");
  });

  it("fetches nothing but the platform's documents", async () => {
    const gateway = fakeGateway([]);
    await expect(
      fetchDocument("https://evil.example/x.pdf", "x.pdf", fakeSession(), gateway.fetchImpl),
    ).rejects.toThrow("Not a document of this platform");
    expect(gateway.seen).toEqual([]);
  });
});

describe("fileNameOf", () => {
  it("prefers the encoded name, then the plain one, then the fallback", () => {
    expect(fileNameOf(`attachment; filename="a.pdf"; filename*=UTF-8''Rand%20%C3%A9.pdf`, "x")).toBe("Rand é.pdf");
    expect(fileNameOf('attachment; filename="a.csv"', "x")).toBe("a.csv");
    expect(fileNameOf(null, "fallback.pdf")).toBe("fallback.pdf");
  });
});
