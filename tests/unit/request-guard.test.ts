import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, mustCountBody, refusal } from "@/lib/request-guard";

const request = (method: string, pathname: string, headers: Record<string, string> = {}) => ({ method, pathname, headers: new Headers(headers) });
const HOST = { host: "sccp.customs.example" };

describe("requests refused before the app sees them", () => {
  it("lets ordinary reads and same-site writes through", () => {
    expect(refusal(request("GET", "/items/3"))).toBeNull();
    expect(refusal(request("GET", "/items/%E9%9B%BB"))).toBeNull();
    expect(refusal(request("POST", "/items/3/edit", { ...HOST, origin: "https://sccp.customs.example", "content-length": "2048" }))).toBeNull();
    // Behind a reverse proxy the browser's host arrives as X-Forwarded-Host.
    expect(
      refusal(request("POST", "/items/3/edit", { host: "127.0.0.1:3000", "x-forwarded-host": "sccp.customs.example", origin: "https://sccp.customs.example" })),
    ).toBeNull();
  });

  it.each(["/items/%", "/items/%zz", "/meetings/%E0%A4%A", "/api/calendar/%"])("refuses the broken percent-encoding of %s", (path) => {
    expect(refusal(request("GET", path))).toBe("malformed-path");
  });

  it.each(["https://evil.example", "https://sccp.customs.example.evil.example", "null", "not a url", "file:///etc/passwd"])(
    "refuses a write from the origin %j",
    (origin) => {
      expect(refusal(request("POST", "/items/3/edit", { ...HOST, origin }))).toBe("cross-origin");
    },
  );

  it("refuses a declared body over the limit, whoever sends it", () => {
    expect(refusal(request("POST", "/items/3/edit", { ...HOST, "content-length": String(MAX_BODY_BYTES + 1) }))).toBe("body-too-large");
    expect(refusal(request("POST", "/api/auth/callback/credentials", { ...HOST, "content-length": "abc" }))).toBe("body-too-large");
    expect(refusal(request("POST", "/items/3/edit", { ...HOST, "content-length": String(MAX_BODY_BYTES) }))).toBeNull();
  });
});

describe("which bodies the proxy counts", () => {
  it("counts a write that declares no length, and nothing else", () => {
    expect(mustCountBody(request("POST", "/items/3/edit", { "transfer-encoding": "chunked" }))).toBe(true);
    expect(mustCountBody(request("POST", "/items/3/edit", { "content-length": "10" }))).toBe(false);
    expect(mustCountBody(request("GET", "/items/3"))).toBe(false);
  });
});
