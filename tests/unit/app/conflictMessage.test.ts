// A change refused because a record was changed meanwhile is told in the UI's language, naming the
// record as the user knows it (a code by its name, a coding by its first 40 characters); the
// persistence layer's own message stays English.
import { afterAll, describe, expect, it } from "vitest";
import { conflictMessage } from "../../../src/app/conflictMessage";
import type { Code, Coding } from "../../../src/core/model/types";
import { setLanguage } from "../../../src/lang";
import { ConflictError } from "../../../src/persistence/applyDiff";

const code: Code = { id: "k", projectId: "p", name: "Gratifikasi", parentId: null, color: null, description: "", order: 0 };
const quote = "Paling kita titipkan saja uang transport sebagai uang jasa";
const coding: Coding = { id: "c", projectId: "p", documentId: "d", codeId: "k", start: 0, end: 59, coderId: "r", created: "", quote, before: "", after: "" };

describe("the message of a refused change", () => {
  afterAll(() => setLanguage("en"));

  it("names the record in English, and in Indonesian once the UI speaks it", async () => {
    const codeError = new ConflictError(code);
    const codingError = new ConflictError(coding);
    expect(codeError.message).toBe("The code “Gratifikasi” was changed elsewhere (another tab?); nothing was saved.");
    expect(conflictMessage(codeError)).toBe(codeError.message);
    expect(conflictMessage(codingError)).toBe("The coding “Paling kita titipkan saja uang transport…” was changed elsewhere (another tab?); nothing was saved.");

    await setLanguage("id");
    expect(conflictMessage(codeError)).toBe("Kode “Gratifikasi” telah diubah di tempat lain (di tab lain?); tidak ada yang disimpan.");
    expect(conflictMessage(codingError)).toBe("Pengodean “Paling kita titipkan saja uang transport…” telah diubah di tempat lain (di tab lain?); tidak ada yang disimpan.");
    // The persistence layer's message does not follow the UI.
    expect(codeError.message).toMatch(/^The code “Gratifikasi” was changed elsewhere/);
  });
});
