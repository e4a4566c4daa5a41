// Reading REFI-QDA codebooks (.qdc) shaped as other tools write them: namespace prefixes, ids that
// are not GUIDs, colours in several spellings (one not understood: dropped and reported), missing
// descriptions; refusing files that hold no codes, define entities or are not well-formed; and the
// study's codebook written by codebookQdc and read back unchanged.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Code } from "../../../src/core/model/types";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { readQdc } from "../../../src/formats/refiQda/codebookRead";
import { codebookQdc } from "../../../src/formats/refiQda/codebookXml";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { problemOf } from "../../support/fileProblem";

const code = (id: string, name: string, parentId: string | null, order: number, color: string | null, description = ""): Code => ({
  id, projectId: "p", name, parentId, color, description, order,
});

describe("readQdc", () => {
  it("reads a prefixed codebook with other ids, colour spellings and missing descriptions", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" origin="Another QDA tool 3.1">
  <qda:Codes>
    <qda:Code guid="1" name="Trust" isCodable="true" color="FF0000">
      <qda:Description>Trust in the administration</qda:Description>
      <qda:Code guid="1.1" name="In officials" isCodable="true" color="#f00"/>
      <qda:Code guid="1.2" name="In the system" isCodable="true" color="#F00">
        <qda:Code guid="1.2.1" name="Complaints answered" isCodable="true" color="red"/>
      </qda:Code>
    </qda:Code>
    <qda:Code guid="code-two" name="Access" isCodable="false"/>
  </qda:Codes>
</qda:CodeBook>`;
    const { codes, droppedColors } = readQdc("other.qdc", xml, "p");
    expect(codes).toEqual([
      code("1", "Trust", null, 0, "#ff0000", "Trust in the administration"),
      code("1.1", "In officials", "1", 0, "#ff0000"),
      code("1.2", "In the system", "1", 1, "#ff0000"),
      code("1.2.1", "Complaints answered", "1.2", 0, null),
      code("code-two", "Access", null, 1, null),
    ]);
    expect(droppedColors).toEqual(['"red" on code "Complaints answered"']);
  });

  it("reads a codebook with a default namespace and a byte order mark, keeping GUIDs as ids", () => {
    const xml = `\ufeff<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="{3F2504E0-4F89-11D3-9A0C-0305E82C3301}" name=" Layanan " isCodable="true"><Description></Description></Code>
    </Codes></CodeBook>`;
    expect(readQdc("guids.qdc", xml, "p")).toEqual({ codes: [code("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}", "Layanan", null, 0, null)], droppedColors: [] });
  });

  it("refuses a codebook without codes, a DOCTYPE with an entity, XML that is not well-formed, another root, a repeated guid", () => {
    const empty = problemOf(() => readQdc("empty.qdc", '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', "p"));
    expect(empty.message).toBe("empty.qdc: holds no codes");
    const entity = `<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY lol "lol">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a" name="&lol;"/></Codes></CodeBook>`;
    expect(problemOf(() => readQdc("entity.qdc", entity, "p")).message).toMatch(/^entity\.qdc: is refused: its DOCTYPE defines entities/);
    // The <Code> opened on line 3 is closed by </Codes> on line 4.
    const malformed = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n  <Codes>\n    <Code guid="a" name="A">\n  </Codes>\n</CodeBook>';
    expect(problemOf(() => readQdc("broken.qdc", malformed, "p")).message).toMatch(/^broken\.qdc: is not well-formed XML \(line 4, column \d+: /);
    expect(problemOf(() => readQdc("project.qdc", "<Project><CodeBook/></Project>", "p")).message).toMatch(/^project\.qdc: is not a REFI-QDA file \(its root element is <Project>/);
    const twice = '<CodeBook><Codes><Code guid="a" name="A"/><Code guid="a" name="B"/></Codes></CodeBook>';
    expect(problemOf(() => readQdc("twice.qdc", twice, "p")).message).toBe("twice.qdc: has two codes with the guid a");
  });

  it("reads the study's codebook, written by codebookQdc, back with the same names, tree, colours and descriptions", async () => {
    const study = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
    const { codes, droppedColors } = readQdc("banten.qdc", codebookQdc(study.codes), "p");
    expect(droppedColors).toEqual([]);
    /** Each code as its path of names, colour and description, siblings in their order. */
    const outline = (list: Code[]) => {
      const rows: string[][] = [];
      const visit = (parentId: string | null, path: string[]) => {
        for (const c of list.filter((x) => x.parentId === parentId).sort((x, y) => x.order - y.order)) {
          rows.push([...path, c.name].concat(String(c.color), c.description));
          visit(c.id, [...path, c.name]);
        }
      };
      visit(null, []);
      return rows;
    };
    expect(codes).toHaveLength(study.codes.length);
    expect(outline(codes)).toEqual(outline(study.codes));
    expect(study.codes.some((c) => c.description !== "") && study.codes.some((c) => c.color !== null)).toBe(true);
  });
});
