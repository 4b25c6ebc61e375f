import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { htmlToArticle } from "./html";
import { parseImportFile } from "./import/parse";
import { markdownToText } from "./markdown";
import { readArticleFile } from "./upload";

const PAGE = `<!doctype html><html lang="de-DE"><head><title>Seekabel | Nachrichten</title><script>document.write("evil")</script><style>p{color:red}</style></head>
<body><header><nav><a href="/">Start</a> | <a href="/politik">Politik</a></nav></header>
<div class="cookie" aria-hidden="true">Wir verwenden Cookies. Akzeptieren</div>
<main><article><h1>China und Vietnam verlegen Seekabel</h1>
<p>HANOI, 3. März 2025 – China und Vietnam haben am Montag den Bau eines neuen Unterseekabels vereinbart. Das Kabel soll bis Ende 2026 in Betrieb gehen, teilte das Ministerium mit.</p>
<p>Die Strecke verbindet Hongkong mit Da Nang und wird von einem Konsortium asiatischer Netzbetreiber gebaut. Weitere Anlandungen in Thailand und Malaysia sind geplant.</p>
<ul><li>Erster Punkt</li><li>Zweiter Punkt</li></ul></article></main>
<footer>© 2025 Beispiel-Zeitung · Impressum · Teilen: Facebook Twitter</footer><script>track()</script></body></html>`;

describe("HTML pages", () => {
  it("keeps the main text with its paragraphs, drops scripts, navigation, banners and footer", () => {
    const article = htmlToArticle(PAGE);
    expect(article.language).toBe("de");
    expect(article.title).toMatch(/Seekabel/);
    expect(article.text).toContain("China und Vietnam haben am Montag den Bau eines neuen Unterseekabels vereinbart.");
    expect(article.text).toMatch(/teilte das Ministerium mit\.\n\nDie Strecke/);
    expect(article.text).toMatch(/Erster Punkt\n+Zweiter Punkt/);
    for (const chrome of ["evil", "track()", "Politik", "Cookies", "Impressum", "color:red"]) expect(article.text).not.toContain(chrome);
  });

  it("falls back to the body without page chrome when Readability finds no article", () => {
    const article = htmlToArticle("<html><body><nav>Menu</nav><p>Laos and China opened a centre.</p><footer>Footer</footer></body></html>");
    expect(article.text).toBe("Laos and China opened a centre.");
  });
});

describe("uploaded files", () => {
  const file = (content: BlobPart, name: string, type = "") => new File([content], name, { type });

  it("reads text, Markdown (without its markup) and HTML", async () => {
    expect((await readArticleFile(file("Line one\r\nLine two\r\n", "a.txt", "text/plain"))).text).toBe("Line one\nLine two");
    const md = await readArticleFile(file("# Title\n\nSome **bold** and [a link](https://x.org).\n\n- item", "a.md"));
    expect(md.text).toBe("Title\n\nSome bold and a link.\n\nitem");
    expect((await readArticleFile(file(PAGE, "page.html", "text/html"))).format).toBe("html");
  });

  it("reads an HTML page in the character set it declares", async () => {
    const gbk = new Uint8Array([0x3c, 0x6d, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3d, 0x67, 0x62, 0x6b, 0x3e, 0x3c, 0x70, 0x3e, 0xd6, 0xd0, 0xb9, 0xfa, 0x3c, 0x2f, 0x70, 0x3e]);
    expect((await readArticleFile(file(gbk, "zh.html"))).text).toBe("中国");
  });

  it("refuses other types, empty, binary, non-UTF-8 and oversized files with a clear message", async () => {
    const code = async (f: File) => readArticleFile(f).then(() => "ok", (e: AppError) => e.code);
    expect(await code(file("x", "a.pdf"))).toBe("unsupported_media_type");
    expect(await code(file("x", "a.txt", "application/pdf"))).toBe("unsupported_media_type");
    expect(await code(file("", "a.txt"))).toBe("bad_request");
    expect(await code(file("a\u0000b", "a.txt"))).toBe("unsupported_media_type");
    expect(await code(file(new Uint8Array([0xc3, 0x28]), "a.txt"))).toBe("unsupported_media_type");
    expect(await code(file("x".repeat(900_001), "a.txt"))).toBe("payload_too_large");
  });
});

describe("Markdown", () => {
  it("keeps the reader's text", () => {
    expect(markdownToText("---\ntitle: x\n---\n## Heading ##\n> quoted *word*\n\n1. first\n\n`code` and ![img](x.png)")).toBe("Heading\nquoted word\n\nfirst\n\ncode and");
  });
});

describe("import files", () => {
  it("numbers JSONL rows by line and CSV rows by record", () => {
    const jsonl = parseImportFile('\n{"title":"A title","publisher":"P1","text":"A text long enough to be an article."}\n', "jsonl", "other");
    expect(jsonl.rows).toEqual([expect.objectContaining({ rowNumber: 2, ok: true })]);
    const csv = parseImportFile('Title,Publisher,Text\r\n"A, title",P1,"Line 1\r\nLine 2 is long enough"\r\n', "csv", "company");
    expect(csv.rows[0]).toMatchObject({ rowNumber: 1, ok: true, article: { title: "A, title", sourceType: "company", text: "Line 1\nLine 2 is long enough" } });
  });

  it("refuses more than 5,000 articles in one file", () => {
    const line = '{"title":"A title","publisher":"P1","text":"x"}\n';
    expect(() => parseImportFile(line.repeat(5001), "jsonl", "other")).toThrow(/at most 5000/);
  });
});
