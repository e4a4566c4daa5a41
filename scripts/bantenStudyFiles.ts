// The Banten study's plain files as read from fixtures/banten/, with the study's fixed facts
// (name, date, coder). Shared by the fixture script and its test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { StudyFiles } from "../src/formats/studyFiles";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");
export const BANTEN_FIXTURE = join(FIXTURES, "banten-study.json");

export function readBantenStudyFiles(): StudyFiles {
  const folder = join(FIXTURES, "banten");
  const transcripts = readdirSync(join(folder, "transcripts"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((fileName) => ({ fileName, text: readFileSync(join(folder, "transcripts", fileName), "utf8") }));
  return {
    name: "Pelayanan publik berbasis media sosial",
    created: "2021-06-01T00:00:00.000Z",
    transcripts,
    codebookCsv: readFileSync(join(folder, "codebook.csv"), "utf8"),
    codingsCsv: readFileSync(join(folder, "codings.csv"), "utf8"),
    attributesCsv: readFileSync(join(folder, "attributes.csv"), "utf8"),
    coderName: "me",
  };
}
