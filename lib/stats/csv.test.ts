import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes separators, quotes and line breaks, and ends every line with CRLF", () => {
    expect(toCsv(["Name", "Count"], [["Cable, submarine", 3], ['The "AI" centre', 0], ["two\nlines", null]])).toBe(
      'Name,Count\r\n"Cable, submarine",3\r\n"The ""AI"" centre",0\r\n"two\nlines",\r\n',
    );
  });

  it("neutralises text a spreadsheet would evaluate, but not numbers", () => {
    expect(toCsv(["a", "b"], [["=HYPERLINK(1)", -4]])).toBe("a,b\r\n'=HYPERLINK(1),-4\r\n");
  });
});
