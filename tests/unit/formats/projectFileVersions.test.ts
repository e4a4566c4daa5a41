// Project files across versions: genuine version-1 files (fixtures/project-files/) read and
// migrated, checked against a plain JSON read of the same files; damaged and unknown versions
// refused; version 2 keeping descriptions. Checksums made here use node:crypto, not the app.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codingMatrix } from "../../../src/core/analysis/matrix";
import type { ProjectContent } from "../../../src/core/model/types";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { migrateContent } from "../../../src/formats/projectFileMigrations";
import { BANTEN_FIXTURE, FIXTURES } from "../../../scripts/bantenStudyFiles";
import { problemOfAsync } from "../../support/fileProblem";

type Json = Record<string, unknown> & { id?: string };
interface RawFile {
  format: string;
  version: number;
  checksum: string;
  content: Record<string, Json[]> & { project: Json };
}

const readRaw = (name: string) => readFileSync(join(FIXTURES, "project-files", name), "utf8");
const bantenV1 = readRaw("banten-study-v1.telaah.json");
const edgeV1 = readRaw("edge-cases-v1.telaah.json");
const bantenV2 = readRaw("banten-study-v2.telaah.json");
const TABLES = ["coders", "documents", "codes", "codings", "attributes", "cases", "caseDocuments"] as const;

const byKey = <T extends object>(records: T[]) => [...records].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** A file with the given version and content, its checksum computed with node:crypto. */
function fileOf(version: number, content: unknown): string {
  const checksum = `sha256:${createHash("sha256").update(JSON.stringify(content), "utf8").digest("hex")}`;
  return JSON.stringify({ format: "telaah-project", version, checksum, content });
}

const problemOf = async (text: string) => (await problemOfAsync(() => parseProjectFile("old.telaah.json", text))).message;

/** Every record of the file as plain JSON, each given the project's id; documents also their place in the file's list. */
function expectedRecords(raw: RawFile): Record<string, Json[]> {
  const projectId = raw.content.project.id;
  return Object.fromEntries(TABLES.map((table) => [table, byKey(raw.content[table]!.map((r, i) => ({ ...r, projectId, ...(table === "documents" ? { position: i } : {}) })))]));
}

function expectSameRecords(content: ProjectContent, raw: RawFile): void {
  expect(content.project).toEqual(raw.content.project);
  const expected = expectedRecords(raw);
  for (const table of TABLES) expect(byKey(content[table] as object[]), table).toEqual(expected[table]);
}

describe("version-1 project files", () => {
  it("reads the Banten study as version 1 wrote it: the same records, without descriptions", async () => {
    const raw = JSON.parse(bantenV1) as RawFile;
    expect(raw.version).toBe(1);
    const content = await parseProjectFile("banten-study-v1.telaah.json", bantenV1);
    expect(content.documents.map((d) => d.id).sort()).toEqual(raw.content.documents!.map((d) => d.id).sort());
    expect(content.codings.map((c) => c.id).sort()).toEqual(raw.content.codings!.map((c) => c.id).sort());
    expect([content.documents.length, content.codes.length, content.codings.length, content.cases.length]).toEqual([6, 18, 30, 6]);
    expectSameRecords(content, raw);
    for (const record of [...content.documents, ...content.cases]) expect("description" in record).toBe(false);
  });

  it("reads the version-1 Banten study as the same study as the current demo file: documents, code tree, matrix", async () => {
    // The demo has since had its study files refreshed (Indonesian descriptions, attributes.csv, palette
    // colours, Informan B without literal asterisks); its coding, and so its matrix, is unchanged.
    const old = await parseProjectFile("v1", bantenV1);
    const current = await parseProjectFile("current", readFileSync(BANTEN_FIXTURE, "utf8"));
    expect(old.documents.map((d) => d.id)).toEqual(current.documents.map((d) => d.id));
    expect(old.codes.map((c) => [c.id, c.name, c.parentId, c.order])).toEqual(current.codes.map((c) => [c.id, c.name, c.parentId, c.order]));
    const matrix = (content: ProjectContent) => codingMatrix(content, { columns: { kind: "cases" }, measure: "references" }).rows.map((r) => [r.path, r.values]);
    expect(matrix(old)).toEqual(matrix(current));
  });

  it("migrates version-1 content by giving every document and case an empty description, and nothing else", () => {
    const raw = JSON.parse(edgeV1) as RawFile;
    const migrated = migrateContent(raw.content, 1) as RawFile["content"];
    expect(migrated.documents).toEqual(raw.content.documents!.map((d) => ({ ...d, description: "" })));
    expect(migrated.cases).toEqual(raw.content.cases!.map((c) => ({ ...c, description: "" })));
    for (const table of ["coders", "codes", "codings", "attributes", "caseDocuments"]) expect(migrated[table]).toEqual(raw.content[table]);
    expect(migrated.project).toEqual(raw.content.project);
    // A pure step: the content it was given is left as it was.
    expect(raw.content).toEqual((JSON.parse(edgeV1) as RawFile).content);
  });

  it("reads the hand-written edge cases: emoji offsets in code points, an orphaned coding, two coders", async () => {
    const raw = JSON.parse(edgeV1) as RawFile;
    const content = await parseProjectFile("edge-cases-v1.telaah.json", edgeV1);
    expectSameRecords(content, raw);
    const placed = content.codings.filter((c) => !c.orphaned);
    expect(placed).toHaveLength(3);
    for (const coding of placed) {
      const text = content.documents.find((d) => d.id === coding.documentId)!.text;
      expect(Array.from(text).slice(coding.start, coding.end).join("")).toBe(coding.quote);
    }
    expect(content.codings.find((c) => c.id === "coding-4")).toMatchObject({ orphaned: true, start: 40, end: 51 });
    expect(content.cases.find((c) => c.id === "case-budi")!.attributes).toEqual({ "attr-age": null });
  });

  it("refuses a version-1 file whose content no longer matches its checksum", async () => {
    const edited = JSON.parse(bantenV1) as RawFile;
    (edited.content.documents![0] as { text: string }).text += " (edited)";
    expect(await problemOf(JSON.stringify(edited))).toBe("old.telaah.json: is damaged: its checksum does not match its content");
    // Its checksum is over the content as version 1 wrote it, not as migrated.
    const migratedInPlace = JSON.parse(bantenV1) as RawFile;
    migratedInPlace.content = migrateContent(migratedInPlace.content, 1) as RawFile["content"];
    expect(await problemOf(JSON.stringify(migratedInPlace))).toMatch(/checksum does not match/);
  });

  it("refuses version-1 content labelled as version 2, where descriptions are required", async () => {
    const raw = JSON.parse(edgeV1) as RawFile;
    expect(await problemOf(fileOf(2, raw.content))).toMatch(/^old\.telaah\.json: is damaged: documents\.0\.description: /);
  });
});

describe("project file versions", () => {
  it("refuses a file of a future version", async () => {
    const raw = JSON.parse(readFileSync(BANTEN_FIXTURE, "utf8")) as RawFile;
    expect(await problemOf(fileOf(4, raw.content))).toBe(
      "old.telaah.json: was written by a newer Telaah (project file version 4; this one reads up to 3)",
    );
  });

  it("refuses version numbers below 1 and fractional ones as unknown", async () => {
    const raw = JSON.parse(edgeV1) as RawFile;
    for (const version of [0, -1, 1.5]) {
      expect(await problemOf(fileOf(version, raw.content))).toBe(
        `old.telaah.json: has an unknown project file version (${version}); Telaah project files start at version 1`,
      );
    }
  });

  it("keeps descriptions of documents and cases, tricky characters included, through version 3", async () => {
    const content = await parseProjectFile("edge", edgeV1);
    const tricky = [
      'Kutipan "langsung" dan \\ garis miring',
      "Dua baris\nkedua\r\nketiga\ttab",
      "Emoji 🙂🏽 dan gabungan e\u0301, U+2028 \u2028 dan NUL \u0000",
      "עברית و العربية </script>",
    ];
    content.documents[0]!.description = tricky[0]!;
    content.documents[1]!.description = tricky[1]!;
    content.cases[0]!.description = tricky[2]!;
    content.cases[1]!.description = tricky[3]!;
    const text = await serializeProjectFile(content);
    const written = JSON.parse(text) as RawFile;
    expect(written.version).toBe(3);
    expect(written.content.documents!.map((d) => d.description)).toEqual([tricky[0], tricky[1]]);
    expect(written.content.cases!.map((c) => c.description)).toEqual([tricky[2], tricky[3], ""]);
    const again = await parseProjectFile("again.telaah.json", text);
    expect(again).toEqual(content);
    expect("description" in again.cases[2]!).toBe(false);
  });

  it("migrates nothing for content already of the current version", () => {
    const raw = JSON.parse(readFileSync(BANTEN_FIXTURE, "utf8")) as RawFile;
    expect(migrateContent(raw.content, 3)).toEqual(raw.content);
    expect(() => migrateContent(raw.content, 0)).toThrow(RangeError);
    expect(() => migrateContent(raw.content, 4)).toThrow(RangeError);
  });
});

describe("version-2 project files", () => {
  it("reads the Banten study as version 2 wrote it: the same records, nothing added", async () => {
    const raw = JSON.parse(bantenV2) as RawFile;
    expect(raw.version).toBe(2);
    const content = await parseProjectFile("banten-study-v2.telaah.json", bantenV2);
    const described = (records: Json[]) => records.map(({ description, ...rest }) => (description ? { ...rest, description } : rest));
    const expected = JSON.parse(bantenV2) as RawFile;
    expected.content.documents = described(raw.content.documents!);
    expected.content.cases = described(raw.content.cases!);
    expectSameRecords(content, expected);
  });

  it("migrates version-2 content to version 3 unchanged, and leaves what it was given as it was", () => {
    const raw = JSON.parse(bantenV2) as RawFile;
    expect(migrateContent(raw.content, 2)).toEqual(raw.content);
    expect(raw.content).toEqual((JSON.parse(bantenV2) as RawFile).content);
  });

  it("refuses version-3 fields that break their shape (a selection without a GUID, rich text that is not base64)", async () => {
    const raw = JSON.parse(bantenV2) as RawFile;
    const codings = raw.content.codings!.map((c, i) => (i === 0 ? { ...c, selection: { name: "line:6" } } : c));
    expect(await problemOf(fileOf(3, { ...raw.content, codings }))).toMatch(/^old\.telaah\.json: is damaged: codings\.0\.selection\.guid: /);
    const documents = raw.content.documents!.map((d, i) => (i === 0 ? { ...d, richText: { path: "internal://a.docx", docx: "not base64!" } } : d));
    expect(await problemOf(fileOf(3, { ...raw.content, documents }))).toMatch(/^old\.telaah\.json: is damaged: documents\.0\.richText\.docx: /);
  });
});
