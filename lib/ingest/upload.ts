// An uploaded article file → its text. Only .txt, .md and .html (.htm) files, at most MAX_ARTICLE_FILE_BYTES,
// decoded as UTF-8 (or the charset an HTML page declares); anything else is refused with a message that says why.
import { AppError } from "@/lib/errors";
import { htmlToArticle } from "./html";
import { MAX_ARTICLE_FILE_BYTES } from "./limits";
import { markdownToText } from "./markdown";


export type FileArticle = { text: string; title: string | null; language: string | null; format: "text" | "markdown" | "html" };

const ACCEPTED_TYPES = /^(text\/(plain|markdown|x-markdown|html)|application\/(xhtml\+xml|octet-stream)|)$/i;

const formatOf = (name: string): FileArticle["format"] | null => {
  const ext = /\.[a-z0-9]+$/i.exec(name)?.[0]?.toLowerCase();
  if (ext === ".txt") return "text";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === ".html" || ext === ".htm") return "html";
  return null;
};

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decode(bytes: Uint8Array, format: FileArticle["format"]): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  const charset = format === "html" ? declaredCharset(bytes) : null;
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      throw new AppError("unsupported_media_type", `This page declares the character set “${charset}”, which we cannot read. Save it as UTF-8.`);
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("unsupported_media_type", "This file is not UTF-8 text. Save it as UTF-8 and upload it again.");
  }
}

export async function readArticleFile(file: File): Promise<FileArticle> {
  const format = formatOf(file.name);
  if (!format) throw new AppError("unsupported_media_type", `“${file.name.slice(0, 100)}” is not a .txt, .md or .html file: upload one of those, or paste the text.`);
  if (!ACCEPTED_TYPES.test(file.type)) throw new AppError("unsupported_media_type", `The file's type (${file.type.slice(0, 60)}) is not text or HTML.`);
  if (file.size === 0) throw new AppError("bad_request", "The file is empty.");
  if (file.size > MAX_ARTICLE_FILE_BYTES) {
    throw new AppError("payload_too_large", `The file is ${Math.ceil(file.size / 1000).toLocaleString("en")} kB; the limit is ${MAX_ARTICLE_FILE_BYTES / 1000} kB. Save the article as text, or paste it.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const raw = decode(bytes, format).replace(/^\uFEFF/, "");
  if (raw.includes("\u0000")) throw new AppError("unsupported_media_type", "This file contains binary data, not text.");
  if (format === "html") {
    let article;
    try {
      article = htmlToArticle(raw);
    } catch {
      throw new AppError("bad_request", "We could not read this HTML page. Paste its text instead.");
    }
    if (!article.text.trim()) throw new AppError("bad_request", "We found no article text in this HTML page. Paste its text instead.");
    return { ...article, format };
  }
  const text = raw.replace(/\r\n?/g, "\n");
  return { text: format === "markdown" ? markdownToText(text) : text.trim(), title: null, language: null, format };
}
