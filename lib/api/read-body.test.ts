import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { jsonDepth, readFormBody, readJsonBody, readTextBody, withBoundedBody } from "./read-body";

const post = (body: BodyInit | null, type = "application/json", headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers: { "content-type": type, ...headers } });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof AppError ? `${error.status}` : `threw ${String(error)}`;
  }
}

describe("readJsonBody", () => {
  it("parses JSON within the limits", async () => {
    expect(await readJsonBody(post('{"a":[1,{"b":"[[[["}]}'))).toEqual({ a: [1, { b: "[[[[" }] });
    expect(await readJsonBody(post('"x"', "application/merge-patch+json"))).toBe("x");
  });

  it("refuses a wrong content type (415), too many bytes (413), malformed JSON, bad UTF-8 and deep nesting (400)", async () => {
    expect(await codeOf(readJsonBody(post("{}", "text/plain")))).toBe("415");
    expect(await codeOf(readJsonBody(post(JSON.stringify({ s: "x".repeat(2000) })), { maxBytes: 1024 }))).toBe("413");
    expect(await codeOf(readJsonBody(post("{}", "application/json", { "content-length": "99999999" }), { maxBytes: 1024 }))).toBe("413");
    expect(await codeOf(readJsonBody(post("{")))).toBe("400");
    expect(await codeOf(readJsonBody(post(new Uint8Array([0x22, 0xff, 0x22]))))).toBe("400");
    expect(await codeOf(readJsonBody(post("[".repeat(33) + "]".repeat(33))))).toBe("400");
    expect(await codeOf(readJsonBody(post("[".repeat(32) + "]".repeat(32))))).toBe("ok");
    expect(await codeOf(readJsonBody(post("[".repeat(200_000))))).toBe("400");
  });

  it("counts a streamed body without trusting Content-Length", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(4096).fill(0x20));
      },
    });
    const request = new Request("http://localhost/x", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(await codeOf(readJsonBody(request, { maxBytes: 100_000 }))).toBe("413");
  });
});

describe("jsonDepth", () => {
  it("ignores brackets inside strings, including escaped quotes", () => {
    expect(jsonDepth('{"a":"\\"[[[","b":[[]]}')).toBe(3);
    expect(jsonDepth("1")).toBe(0);
  });
});

describe("other bodies", () => {
  it("reads text and forms within limits", async () => {
    expect(await readTextBody(post("hello", "text/plain"))).toBe("hello");
    const fd = new FormData();
    fd.set("file", new Blob(["x".repeat(5000)]), "a.txt");
    expect(await codeOf(readFormBody(new Request("http://localhost/x", { method: "POST", body: fd }), { maxBytes: 1024 }))).toBe("413");
    const ok = await readFormBody(new Request("http://localhost/x", { method: "POST", body: fd }));
    expect((ok.get("file") as File).size).toBe(5000);
  });

  it("rebuilds a request with a bounded, buffered body", async () => {
    const bounded = await withBoundedBody(post('{"a":1}'), 1024);
    expect(await bounded.json()).toEqual({ a: 1 });
    expect(await codeOf(withBoundedBody(post("x".repeat(2048)), 1024))).toBe("413");
  });
});

describe("NUL characters", () => {
  it("refuses JSON strings holding U+0000 (PostgreSQL text cannot store them)", async () => {
    expect(await codeOf(readJsonBody(post(JSON.stringify({ name: "a\u0000b" }))))).toBe("400");
    expect(await codeOf(readJsonBody(post(JSON.stringify({ name: "a\\u0000b" }))))).toBe("ok");
  });
});
