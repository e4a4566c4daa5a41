// The language the workbench starts in: a choice kept from an earlier visit wins; else the first
// browser language Telaah speaks (Bahasa Indonesia also under its old tag "in"); else English.
import { describe, expect, it } from "vitest";
import { preferredLanguage } from "../../../src/app/languageChoice";

describe("preferredLanguage", () => {
  it("keeps the choice made before, whatever the browser says", () => {
    expect(preferredLanguage("en", ["id-ID"])).toBe("en");
    expect(preferredLanguage("id", ["en-GB"])).toBe("id");
  });

  it("takes the first of the browser's languages that Telaah speaks", () => {
    expect(preferredLanguage(null, ["id-ID", "en-US"])).toBe("id");
    expect(preferredLanguage(null, ["fr-FR", "ID", "en"])).toBe("id");
    expect(preferredLanguage(null, ["in"])).toBe("id");
    expect(preferredLanguage(null, ["de-DE", "en-AU", "id"])).toBe("en");
  });

  it("speaks English when nothing fits, and ignores a kept value it does not know", () => {
    expect(preferredLanguage(null, ["fr-FR", "de"])).toBe("en");
    expect(preferredLanguage(null, [])).toBe("en");
    expect(preferredLanguage("jv", ["fr"])).toBe("en");
    expect(preferredLanguage("jv", ["id-ID"])).toBe("id");
  });
});
