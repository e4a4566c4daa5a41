// Writes fixtures/banten-study.json (the demo project) from the plain study files in
// fixtures/banten/. Run with `npm run build:fixture` after changing those files.
import { writeFileSync } from "node:fs";
import { buildStudyFromFiles } from "../src/formats/studyFiles";
import { serializeProjectFile } from "../src/formats/projectFile";
import { BANTEN_FIXTURE, readBantenStudyFiles } from "./bantenStudyFiles";

const content = buildStudyFromFiles(readBantenStudyFiles());
writeFileSync(BANTEN_FIXTURE, await serializeProjectFile(content));
console.log(`wrote ${BANTEN_FIXTURE}: ${content.documents.length} documents, ${content.codes.length} codes, ${content.codings.length} codings`);
