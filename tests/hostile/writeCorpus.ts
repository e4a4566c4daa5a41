// Writes the hostile corpus (tests/hostile/corpus.ts) into a folder, to try the files by hand:
// `npx tsx tests/hostile/writeCorpus.ts DIR` (the bombs included, about 30 MB in all).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HOSTILE_CORPUS } from "./corpus";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: npx tsx tests/hostile/writeCorpus.ts DIR");
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
for (const file of HOSTILE_CORPUS) {
  writeFileSync(join(folder, file.name), await file.make());
  console.log(`${file.name}\t${file.about}`);
}
