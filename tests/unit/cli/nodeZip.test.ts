// The command line's zlib codec against fflate's: the same project from a good archive, and the
// same refusal, word for word, from archives whose entries lie about their size or are damaged.
import { describe, expect, it } from "vitest";
import { NODE_ZIP_CODEC } from "../../../src/cli/nodeZip";
import { importQdpx } from "../../../src/formats/refiQda/qdpxImport";
import { FFLATE_CODEC } from "../../../src/formats/refiQda/safeZip";
import { problemOf } from "../../support/fileProblem";
import { craftZip, deflatedZeros } from "../../support/hostileZip";
import { selection } from "../../support/refiFiles";
import { generatedProject } from "../../support/vendorShaped";

const NS = 'xmlns="urn:QDA-XML:project:1.0"';
const GOOD = `<Project ${NS} name="P"><CodeBook><Codes><Code guid="a" name="A" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="t" name="T" plainTextPath="internal://t.txt">${selection("s", 0, 3, ["a"])}</TextSource></Sources></Project>`;
const TEXT = "abcdef".repeat(100);

function read(bytes: Uint8Array, codec: typeof FFLATE_CODEC) {
  let id = 0;
  return importQdpx("study.qdpx", bytes, { now: "2026-01-02T03:04:05.000Z", newId: () => `id${++id}`, codec });
}

/** The archive with the bytes of its text entry's data (found by its content) changed. */
function withDamagedData(spoil: (data: Uint8Array) => void): Uint8Array {
  const zip = craftZip([{ name: "project.qde", content: GOOD }, { name: "sources/t.txt", content: TEXT }]);
  const header = zip.findLastIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 3 && zip[i + 3] === 4);
  const view = new DataView(zip.buffer, zip.byteOffset);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  spoil(zip.subarray(start, start + view.getUint32(header + 18, true)));
  return zip;
}

describe("the zlib codec", () => {
  it("reads a project as fflate does", () => {
    const { bytes } = generatedProject(3, 3);
    expect(read(bytes, NODE_ZIP_CODEC)).toEqual(read(bytes, FFLATE_CODEC));
  });

  it("refuses lying and damaged entries as fflate does", () => {
    const archives = [
      craftZip([{ name: "project.qde", content: GOOD }, { name: "sources/t.txt", content: TEXT, declaredSize: 5 }]),
      craftZip([{ name: "project.qde", content: GOOD }, { name: "sources/t.txt", content: TEXT, declaredSize: 700 }]),
      craftZip([{ name: "project.qde", content: GOOD }, { name: "sources/t.txt", content: "", deflated: deflatedZeros(64 * 1024 ** 2), declaredSize: 100 }]),
      withDamagedData((data) => data.fill(0xff, 0, 4)),
      withDamagedData((data) => data.fill(0, Math.floor(data.length / 2))),
      withDamagedData((data) => data.fill(0x55, data.length - 1)),
    ];
    const reasons = archives.map((bytes) => {
      const fflate = problemOf(() => read(bytes, FFLATE_CODEC)).reason;
      expect(problemOf(() => read(bytes, NODE_ZIP_CODEC)).reason).toBe(fflate);
      return fflate;
    });
    // Each kind of refusal is among them.
    expect(reasons.some((reason) => /inflates to more than its declared size of 5 bytes/.test(reason))).toBe(true);
    expect(reasons.some((reason) => /does not match its recorded size and checksum/.test(reason))).toBe(true);
    expect(reasons.some((reason) => /cannot be inflated/.test(reason))).toBe(true);
  });
});
