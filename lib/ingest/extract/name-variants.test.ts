import { describe, expect, it } from "vitest";
import { abbreviates, nameVariants } from "./name-variants";

describe("name variants", () => {
  it("takes a bracketed acronym as a spelling only when it abbreviates the words before it", () => {
    expect(nameVariants("Asia-Pacific Gateway (APG) submarine cable", [])).toContain("APG");
    expect(nameVariants("ASEAN Digital Ministers' Meeting (ADGMIN)", [])).toContain("ADGMIN");
    // A ministry after a party, or a kind of thing, is not the initiative's name.
    const mou = nameVariants("China (MIIT)-Philippines (DICT) MoUs on ICT and digital cooperation", []);
    expect(mou).not.toContain("MIIT");
    expect(mou).not.toContain("DICT");
    expect(nameVariants("Thailand BeiDou reference stations (CORS) in Chonburi", [])).not.toContain("CORS");
    expect(abbreviates("AAE-1", "Asia-Africa-Europe 1")).toBe(true);
    expect(abbreviates("IKN", "Huawei participation in Nusantara")).toBe(false);
  });

  it("spells an acronym's hyphens as optional", () => {
    expect(nameVariants("SEA-H2X submarine cable", [])).toContain("SEAH2X submarine cable");
    expect(nameVariants("Asia-Africa-Europe 1 (AAE-1) submarine cable", [])).toContain("AAE1");
    // Words joined by a hyphen are not an acronym.
    expect(nameVariants("China-ASEAN Information Harbor", [])).not.toContain("ChinaASEAN Information Harbor");
  });

  it("ends a descriptive name at its head noun before an ' and …' tail, whatever its case", () => {
    expect(nameVariants("Hainan–Southeast Asia submarine cable plan and Wenchang–Hong Kong cable", [])).toContain(
      "Hainan–Southeast Asia submarine cable plan",
    );
  });
});
