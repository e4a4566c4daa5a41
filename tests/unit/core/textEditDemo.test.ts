// Text edits at the start, middle and end of every demo transcript, with an emoji before the
// edit: every coding is found again on its own passage (cut here from the new text by code points
// with Array.from, apart from the app's offset code), and the text stays as written.
import { describe, expect, it } from "vitest";
import { createModel } from "../../../src/core/commands/model";
import { editDocumentText } from "../../../src/core/commands/textCommands";
import { buildStudyFromFiles } from "../../../src/formats/studyFiles";
import { readBantenStudyFiles } from "../../../scripts/bantenStudyFiles";

const study = buildStudyFromFiles(readBantenStudyFiles());
const EDITS: [string, (text: string) => string][] = [
  ["start", (text) => `Catatan 😀. ${text}`],
  ["middle", (text) => {
    const at = text.indexOf("\n\n", Math.floor(text.length / 2)) + 2;
    return `${text.slice(0, at)}Catatan 👩🏽 di tengah. ${text.slice(at)}`;
  }],
  ["end", (text) => `${text}Catatan akhir 🎉.`],
];

describe("editing every demo transcript", () => {
  for (const document of study.documents) {
    for (const [where, edit] of EDITS) {
      it(`${document.name}, an edit at the ${where}, after an emoji`, () => {
        // The emoji comes first, so that every later offset differs between code points and UTF-16.
        const withEmoji = `😀 ${document.text}`;
        let model = createModel(study.codes, study.codings, new Map([[document.id, document.text]]));
        const first = editDocumentText(model, study.project.id, document.id, withEmoji, document.name);
        model = createModel(study.codes, first.diff.codings.updated.map((u) => u.after), new Map([[document.id, withEmoji]]));
        const edited = edit(withEmoji);
        const result = editDocumentText(model, study.project.id, document.id, edited, document.name);
        const codings = study.codings.filter((c) => c.documentId === document.id);
        expect([result.placed, result.orphaned]).toEqual([codings.length, 0]);
        const points = Array.from(edited);
        for (const { after } of result.diff.codings.updated) {
          const original = codings.find((c) => c.id === after.id)!;
          expect(points.slice(after.start, after.end).join("")).toBe(original.quote);
        }
        expect(result.diff.texts!.updated[0]!.after.text).toBe(edited);
      });
    }
  }
});
