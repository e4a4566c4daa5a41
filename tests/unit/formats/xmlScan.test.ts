// The fast XML scanner against saxes, the reference: on the vendor-shaped and generated projects,
// and the Banten study exported for each tool, it reads the whole file to saxes's tree; on thousands of randomly spoiled documents, whatever it
// reads saxes reads to the same tree, and what it refuses (the limits) saxes refuses the same way;
// the rest it leaves to saxes. And the import, which uses it, gives saxes's errors on broken XML.
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { FileProblem } from "../../../src/formats/importTypes";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { exportQdpx } from "../../../src/formats/refiQda/qdpx";
import { parseXmlDocument, saxesTree } from "../../../src/formats/refiQda/xmlRead";
import { scanXml } from "../../../src/formats/refiQda/xmlScan";
import { XmlTreeBuilder } from "../../../src/formats/refiQda/xmlTree";
import { withSampleMemos } from "../../support/memoSamples";
import { seededRandom } from "../../support/random";
import { atlasShaped, generatedProject, maxqdaShaped, nvivoShaped, qcShaped, type VendorFile } from "../../support/vendorShaped";

function qdeOf(file: VendorFile): string {
  const entries = unzipSync(file.bytes);
  const name = Object.keys(entries).find((entry) => entry.toLowerCase().endsWith(".qde"))!;
  const text = new TextDecoder().decode(entries[name]);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

type Outcome = { read: boolean; tree?: unknown } | { read?: undefined; refused: string };

function scanned(source: string): Outcome {
  const tree = new XmlTreeBuilder("f.qde");
  try {
    return scanXml(source, tree) ? { read: true, tree: tree.root } : { read: false };
  } catch (error) {
    if (error instanceof FileProblem) return { refused: error.reason };
    throw error;
  }
}

function bySaxes(source: string): Outcome {
  try {
    const { root, failure } = saxesTree("f.qde", source, false);
    return failure === undefined ? { read: true, tree: root } : { read: false };
  } catch (error) {
    if (error instanceof FileProblem) return { refused: error.reason };
    throw error;
  }
}

/** A small document with a little of everything the scanner reads, and a few things it leaves to saxes. */
const SAMPLE = [
  '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<!-- made by hand -->\n',
  '<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" name="P &amp; Q" origin=\'x\ty\'>\r\n',
  '  <Users><User guid="u1" name="Ana&#x9;B&#xA;C"/></Users>\n',
  '  <Description>one &lt;two&gt; &#128512; 😀\r\nthree\rfour<![CDATA[ <five> & ]]>six</Description>\n',
  '  <Sources><TextSource guid="t" name="T"><PlainTextContent>  abc\r\n</PlainTextContent>',
  '<PlainTextSelection guid="s" name="line:6" startPosition="0" endPosition="3"><Coding guid="c"><CodeRef targetGUID="a"/></Coding></PlainTextSelection>',
  "</TextSource></Sources>\n  <Notes/>\n</qda:Project>\n<!-- after -->\n",
].join("");

const SPOILERS = ["<", ">", "&", ";", '"', "'", "=", "/", "!", "?", "-", "]", "\r", "\n", "\t", " ", "é", "\u0000", "\uD800", "\uDC00", "\uFFFF", "&amp;", "&#0;", "&#x41;", "&#X41;", "&bogus;", "]]>", "<!--", "-->", "<![CDATA[", "<?pi x?>", "<!DOCTYPE P>", "<a>", "</a>", "<a/>", ' b="1"', "\u00B7", "😀"];

function spoil(source: string, random: () => number): string {
  const at = Math.floor(random() * source.length);
  const choice = random();
  if (choice < 0.5) return source.slice(0, at) + SPOILERS[Math.floor(random() * SPOILERS.length)] + source.slice(at);
  if (choice < 0.8) return source.slice(0, at) + source.slice(at + 1 + Math.floor(random() * 4));
  const to = at + Math.floor(random() * 40);
  return source.slice(0, at) + source.slice(to, to + 20) + source.slice(at);
}

describe("the fast XML scanner", () => {
  it("reads the vendor-shaped and generated projects whole, to saxes's tree", () => {
    for (const file of [nvivoShaped(), atlasShaped(), maxqdaShaped(), qcShaped(), generatedProject(7, 6)]) {
      const source = qdeOf(file);
      const fast = scanned(source);
      expect(fast.read, file.name).toBe(true);
      expect(fast).toEqual(bySaxes(source));
    }
  });

  it("reads the Banten study exported with memos, for each tool, to saxes's tree", async () => {
    const study = withSampleMemos(await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8")));
    for (const target of ["standard", "nvivo", "atlas"] as const) {
      const source = strFromU8(unzipSync(await exportQdpx(study, { target }))["project.qde"]!);
      const fast = scanned(source);
      expect(fast.read, target).toBe(true);
      expect(fast).toEqual(bySaxes(source));
    }
  });

  it("reads the sample, with references, CDATA, comments and line ends, to saxes's tree", () => {
    const fast = scanned(SAMPLE);
    expect(fast.read).toBe(true);
    expect(fast).toEqual(bySaxes(SAMPLE));
  });

  it("on spoiled documents reads only what saxes reads, to the same tree, and refuses as saxes refuses", () => {
    const random = seededRandom(16);
    const counts = { read: 0, left: 0, refused: 0 };
    for (let i = 0; i < 4000; i++) {
      let source = SAMPLE;
      for (let n = 1 + Math.floor(random() * 2); n > 0; n--) source = spoil(source, random);
      const fast = scanned(source);
      if ("refused" in fast) {
        counts.refused++;
        expect(bySaxes(source), JSON.stringify(source)).toEqual(fast);
      } else if (fast.read) {
        counts.read++;
        expect(bySaxes(source), JSON.stringify(source)).toEqual(fast);
      } else counts.left++;
    }
    // Both kinds are many: the comparison is not empty.
    expect(counts.read).toBeGreaterThan(400);
    expect(counts.left).toBeGreaterThan(400);
  });

  it("refuses past the limits as saxes does", () => {
    const deep = `<Project>${"<Notes>".repeat(1001)}${"</Notes>".repeat(1001)}</Project>`;
    const long = `<Project name="${"x".repeat(10_000_001)}"/>`;
    for (const source of [deep, long]) {
      const fast = scanned(source);
      expect("refused" in fast).toBe(true);
      expect(bySaxes(source)).toEqual(fast);
    }
  });

  it("leaves broken XML to saxes, whose message the import gives", () => {
    for (const source of ["<Project><A></B></Project>", '<Project a="1" a="2"/>', "<Project>&nbsp;</Project>", "<Project>]]></Project>", "<Project/>x", "<Project>\uD800</Project>", '<?xml version="1.1"?><Project/>']) {
      expect(scanned(source).read).toBe(false);
      const problem = (() => {
        try {
          parseXmlDocument("f.qde", source, ["Project"]);
        } catch (error) {
          return error as FileProblem;
        }
      })();
      const failure = saxesTree("f.qde", source, true).failure;
      if (failure === undefined) expect(problem).toBeUndefined();
      else expect(problem?.reason).toBe(`is not well-formed XML (${failure})`);
    }
  });
});
