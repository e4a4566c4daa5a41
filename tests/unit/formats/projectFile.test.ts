import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ProjectContent } from "../../../src/core/model/types";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { problemOfAsync } from "../../support/fileProblem";

const demoText = readFileSync(BANTEN_FIXTURE, "utf8");

async function withContent(mutate: (content: ProjectContent) => void): Promise<string> {
  // Re-serialize through the exporter so the checksum matches the damaged content.
  const content = await parseProjectFile("demo.json", demoText);
  mutate(content);
  return serializeProjectFile(content);
}

const problemOf = async (text: string) => (await problemOfAsync(() => parseProjectFile("study.telaah.json", text))).message;

describe("project file", () => {
  it("round-trips a project exactly", async () => {
    const content = await parseProjectFile("demo.json", demoText);
    const again = await parseProjectFile("again.json", await serializeProjectFile(content));
    expect(again).toEqual(content);
  });

  it("carries the project's description as an optional field, and writes none when there is none", async () => {
    const content = await parseProjectFile("demo.json", demoText);
    expect(JSON.parse(await serializeProjectFile(content)).content.project).not.toHaveProperty("description");
    const described = { ...content, project: { ...content.project, description: "Six informants in Banten.\nCoded twice." } };
    const text = await serializeProjectFile(described);
    expect(JSON.parse(text).content.project.description).toBe("Six informants in Banten.\nCoded twice.");
    expect(await parseProjectFile("again.json", text)).toEqual(described);
    // An empty one in a hand-edited file is no description.
    const empty = await serializeProjectFile({ ...content, project: { ...content.project, description: "" } });
    expect((await parseProjectFile("empty.json", empty)).project).not.toHaveProperty("description");
  });

  it("refuses what is not JSON or not a project file, naming the file", async () => {
    expect(await problemOf("{not json")).toBe("study.telaah.json: is not a Telaah project file (not valid JSON)");
    expect(await problemOf('{"format":"other"}')).toBe("study.telaah.json: is not a Telaah project file");
  });

  it("refuses a file from a newer version", async () => {
    const file = JSON.parse(demoText);
    file.version = 99;
    expect(await problemOf(JSON.stringify(file))).toMatch(/newer Telaah \(project file version 99/);
  });

  it("detects an edited file through its checksum", async () => {
    const file = JSON.parse(demoText);
    file.content.documents[0].text += "edited";
    expect(await problemOf(JSON.stringify(file))).toMatch(/checksum does not match/);
  });

  it("refuses broken references and impossible offsets", async () => {
    const missingCode = await withContent((c) => {
      c.codings[0]!.codeId = "nope";
    });
    expect(await problemOf(missingCode)).toMatch(/refers to a missing code/);
    const outside = await withContent((c) => {
      c.codings[0]!.end = 10_000_000;
    });
    expect(await problemOf(outside)).toMatch(/lies outside its document/);
    const cycle = await withContent((c) => {
      c.codes[0]!.parentId = c.codes[1]!.id;
      c.codes[1]!.parentId = c.codes[0]!.id;
    });
    expect(await problemOf(cycle)).toMatch(/its own ancestor/);
  });

  it("refuses a record of the wrong shape, saying where", async () => {
    const file = JSON.parse(demoText);
    file.content.codings[2].start = -4;
    expect(await problemOf(JSON.stringify(file))).toMatch(/is damaged: codings\.2\.start/);
  });
});
