import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("makes URL slugs from names", () => {
    expect(slugify("China–ASEAN AI Centre (Nanning)")).toBe("china-asean-ai-centre-nanning");
    expect(slugify("Café Número 5G")).toBe("cafe-numero-5g");
  });
  it("never returns an empty or too-short slug", () => {
    expect(slugify("中国—东盟信息港")).toMatch(/^initiative-[a-z0-9]+$/);
  });
});
