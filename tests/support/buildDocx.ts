// Test helper: builds a minimal .docx (the three parts Word needs) in memory with fflate.
import { strToU8, zipSync } from "fflate";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** One paragraph per entry; "\n" inside an entry becomes a line break (<w:br/>) within the paragraph. */
export function buildDocx(paragraphs: string[]): Uint8Array {
  return buildDocxFromBody(paragraphs.map(paragraphXml).join(""));
}

export function paragraphXml(text: string): string {
  const runs = text.split("\n").map((run) => `<w:r><w:t xml:space="preserve">${escapeXml(run)}</w:t></w:r>`);
  return `<w:p>${runs.join("<w:r><w:br/></w:r>")}</w:p>`;
}

/** A .docx whose <w:body> holds the given WordprocessingML. */
export function buildDocxFromBody(body: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        "</Types>",
    ),
    "_rels/.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        "</Relationships>",
    ),
    "word/document.xml": strToU8(
      `${XML_HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
