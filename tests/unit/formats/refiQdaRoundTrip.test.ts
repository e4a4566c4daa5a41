// REFI-QDA round trips: files shaped like NVivo's, ATLAS.ti's, MAXQDA's and qc's, and generated
// projects, imported, exported for their tool, and imported and exported again. The project.qde is
// compared element by element with the original (tests/support/qdeDiff.ts): every difference is
// listed, and the only ones allowed are those the import report names (and the origin, which
// names Telaah). A second export is the same bytes as the first.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ProjectContent } from "../../../src/core/model/types";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import type { ExportTarget } from "../../../src/formats/refiQda/producers";
import { exportQdpx } from "../../../src/formats/refiQda/qdpx";
import { importQdpx } from "../../../src/formats/refiQda/qdpxImport";
import { qdpxDiff, type Counting } from "../../support/qdeDiff";
import { atlasShaped, generatedProject, maxqdaShaped, nvivoShaped, qcShaped, type VendorFile } from "../../support/vendorShaped";

let counter = 0;
const OPTIONS = { now: "2026-01-02T03:04:05.000Z", newId: () => `00000000-0000-4000-9000-${String(++counter).padStart(12, "0")}` };

const COUNTING: Record<ExportTarget, Counting> = {
  standard: { unit: "codePoint", crlfAsOne: false },
  nvivo: { unit: "utf16", crlfAsOne: false },
  atlas: { unit: "codePoint", crlfAsOne: true },
  maxqda: { unit: "codePoint", crlfAsOne: true },
};

async function roundTrip(file: VendorFile, target: ExportTarget) {
  const first = importQdpx(file.name, file.bytes, OPTIONS);
  const exported = await exportQdpx(first.content, { target });
  const second = importQdpx(`again-${file.name}`, exported, OPTIONS);
  const again = await exportQdpx(second.content, { target });
  return { first, exported, second, again, diff: qdpxDiff(file, { bytes: exported, counting: COUNTING[target] }) };
}

/** Everything about the records the two imports hold, the project's own id left out. */
function records(content: ProjectContent) {
  const { id: _id, ...project } = content.project;
  const strip = <T extends { projectId: string }>(list: T[]) => list.map(({ projectId: _p, ...rest }) => rest);
  return { project, coders: strip(content.coders), documents: strip(content.documents), codes: strip(content.codes), codings: strip(content.codings).sort((a, b) => (a.id < b.id ? -1 : 1)), cases: strip(content.cases) };
}

const ORIGIN = (from: string, to: string) => `Project@origin: ${JSON.stringify(from)} became ${JSON.stringify(to)}`;

describe.each([
  { make: nvivoShaped, target: "nvivo" as const, origin: "NVivo for Windows 12.6", to: "Telaah (positions in UTF-16 units, for NVivo)" },
  { make: atlasShaped, target: "atlas" as const, origin: "ATLAS.ti 23.2.1", to: "Telaah (for ATLAS.ti)" },
  { make: maxqdaShaped, target: "maxqda" as const, origin: "MAXQDA 2022 (Release 22.4.1)", to: "Telaah (for MAXQDA: Windows line breaks, each counted as one position)" },
  // qc gives the project no modification time: Telaah's is the project's last change, its import.
  { make: qcShaped, target: "standard" as const, origin: "qc", to: "Telaah", more: [`Project@modifiedDateTime: absent became "${OPTIONS.now}"`] },
])("a file shaped like $origin's, exported for $target", ({ make, target, origin, to, more }) => {
  it("comes back the same, element by element, selections' GUIDs, names and codings included", async () => {
    const { first, diff } = await roundTrip(make(), target);
    expect(first.report.items).toEqual([]);
    expect(diff).toEqual([...(more ?? []), ORIGIN(origin, to)]);
  });

  it("is read back from its own export as the same project, and exported again to the same bytes", async () => {
    const { first, second, exported, again } = await roundTrip(make(), target);
    expect(second.report.items).toEqual([]);
    expect(records(second.content)).toEqual(records(first.content));
    expect(again).toEqual(exported);
  });

  it("keeps every record through the project file", async () => {
    const { first } = await roundTrip(make(), target);
    const back = await parseProjectFile("x.telaah.json", await serializeProjectFile(first.content));
    expect(back).toEqual(first.content);
    expect(await exportQdpx(back, { target })).toEqual(await exportQdpx(first.content, { target }));
  });
});

describe("the NVivo-shaped file in detail", () => {
  it("exported for the standard instead, is read by NVivo's counting with passages moved, and the comparison says which", async () => {
    const file = nvivoShaped();
    const { content } = importQdpx(file.name, file.bytes, OPTIONS);
    const diff = qdpxDiff(file, { bytes: await exportQdpx(content, { target: "standard" }), counting: COUNTING.nvivo });
    // The three passages each follow an emoji or more; written in code points, each lands earlier.
    expect(diff.filter((line) => /PlainTextSelection\[[^\]]+\]: selects /.test(line))).toHaveLength(3);
  });

  it("keeps the selection's own user apart from its codings', and the users and dates of sources and the project", async () => {
    const { content } = importQdpx("nvivo.qdpx", nvivoShaped().bytes, OPTIONS);
    const shared = content.codings.filter((c) => c.selection?.guid === "00000000-0000-4000-8000-000000000200");
    expect(shared.map((c) => c.coderId).sort()).toEqual(["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"]);
    expect(shared.every((c) => c.selection?.creatingUser === "00000000-0000-4000-8000-000000000002")).toBe(true);
    expect(content.project).toMatchObject({ creatingUser: "00000000-0000-4000-8000-000000000009", basePath: "", created: "2025-02-21T15:09:07Z" });
    expect(content.coders.map((c) => c.name)).toEqual(["Ayu", "Budi"]);
    expect(content.documents[0]).toMatchObject({ creatingUser: "00000000-0000-4000-8000-000000000001", modifyingUser: "00000000-0000-4000-8000-000000000002" });
    expect(content.documents[0]!.richText?.path).toMatch(/\.docx$/);
  });
});

describe("a rich-text original", () => {
  it("is written back beside its source with the same bytes, and left out once its text has been edited", async () => {
    const file = nvivoShaped();
    const { content } = importQdpx(file.name, file.bytes, OPTIONS);
    const docx = (bytes: Uint8Array) => Object.entries(unzipSync(bytes)).filter(([name]) => name.endsWith(".docx"));
    const [[originalName, original]] = docx(file.bytes) as [[string, Uint8Array]];
    const [[name, bytes]] = docx(await exportQdpx(content, { target: "nvivo" })) as [[string, Uint8Array]];
    expect(name.toLowerCase()).toBe(originalName.toLowerCase());
    expect(bytes).toEqual(original);
    const edited = { ...content, documents: content.documents.map((d) => ({ ...d, text: `${d.text}Tambahan.\n` })) };
    const exported = await exportQdpx(edited, { target: "nvivo" });
    expect(docx(exported)).toEqual([]);
    expect(strFromU8(unzipSync(exported)["project.qde"]!)).not.toContain("richTextPath");
  });
});

describe("a generated project with emoji, three coders, shared selections, notes and rich text", () => {
  for (const seed of [1, 2, 3]) {
    it(`(seed ${seed}) comes back the same, its notes on selections and on the project included`, async () => {
      const file = generatedProject(seed);
      const { first, second, exported, again, diff } = await roundTrip(file, "standard");
      expect(first.report.items).toEqual([]);
      expect(diff.filter((line) => !line.startsWith("Project@origin"))).toEqual([]);
      // One note, on the first selection of each of the 4 sources and on the project.
      expect(first.content.memos).toHaveLength(1);
      expect(new Set(first.content.memos![0]!.links.map((l) => l.kind))).toEqual(new Set(["coding", "project"]));
      expect(second.content.memos).toEqual(first.content.memos!.map((m) => ({ ...m, projectId: second.content.project.id, links: m.links.map((l) => (l.kind === "project" ? { ...l, id: second.content.project.id } : l)) })));
      expect(records(second.content)).toEqual(records(first.content));
      expect(again).toEqual(exported);
      const shared = new Map<string, Set<string>>();
      for (const coding of first.content.codings) shared.set(coding.selection!.guid, (shared.get(coding.selection!.guid) ?? new Set()).add(coding.coderId));
      expect([...shared.values()].some((coders) => coders.size > 1)).toBe(true);
    });
  }
});

const [N1, N2, N3, N4] = ["1", "2", "3", "4"].map((n) => `00000000-0000-4000-a000-00000000000${n}`) as [string, string, string, string];

describe("selections made in Telaah", () => {
  it("group two codings of one passage by one coder, get GUIDs of their own, and keep apart another coder's", async () => {
    const { content } = importQdpx("qc.qdpx", qcShaped().bytes, OPTIONS);
    const model = content.codings[0]!;
    const { selection: _s, ...made } = model;
    const added: ProjectContent = {
      ...content,
      coders: [...content.coders, { id: "coder-2", projectId: content.project.id, name: "Dian" }],
      codings: [
        ...content.codings,
        { ...made, id: N1, start: 2, end: 9, codeId: "00000000-0000-4000-8000-000000000010" },
        { ...made, id: N2, start: 2, end: 9, codeId: "00000000-0000-4000-8000-000000000011" },
        { ...made, id: N3, start: 2, end: 9, coderId: "coder-2" },
        { ...made, id: N4, codeId: "00000000-0000-4000-8000-000000000012" },
      ],
    };
    const back = importQdpx("added.qdpx", await exportQdpx(added), OPTIONS).content;
    const groupOf = (id: string) => back.codings.find((c) => c.id === id)!.selection!.guid;
    expect(groupOf(N1)).toBe(groupOf(N2));
    expect(groupOf(N3)).not.toBe(groupOf(N1));
    // A coding made on an imported passage by its coder joins that selection.
    expect(groupOf(N4)).toBe(model.selection!.guid);
    const imported = new Set(content.codings.map((c) => c.selection!.guid));
    for (const id of [N1, N3]) expect(imported.has(groupOf(id))).toBe(false);
  });
});
