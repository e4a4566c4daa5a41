// REFI-QDA project exchange file (.qdpx): a zip of `project.qde` and one `sources/<guid>.txt` per
// document (UTF-8 without BOM; LF line endings, as the canonical text already is, or CRLF for a
// target that wants them), and the rich-text original (.docx) of each imported source that had one,
// under the path it had, and a .docx of each memo with formatting (memoDocx.ts). Entries are
// compressed by the platform's own DEFLATE (CompressionStream, in browsers and in Node), several
// times faster than a JavaScript one, and put in the archive by fflate. project.qde is compressed
// piece by piece while it is written, so a large project never exists as one long string.

import { strToU8, Zip, ZipPassThrough } from "fflate";
import type { ProjectContent } from "../../core/model/types";
import { base64ToBytes } from "../base64";
import { exportTargetSpec } from "./producers";
import { memoDocx } from "./memoDocx";
import { noteRichTextEntry } from "./notesXml";
import { projectQdeChunks, refiGuid, refiRichTextEntry, refiSourceFileName, type RefiExportOptions } from "./projectXml";

/** A fixed entry time, so that exporting the same project twice gives the same bytes. */
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1));

export async function exportQdpx(content: ProjectContent, options: RefiExportOptions = {}): Promise<Uint8Array> {
  const { lineBreak } = exportTargetSpec(options.target ?? "standard");
  const chunks: Uint8Array[] = [];
  let failed: unknown;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failed ??= error;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  const qde = new PreDeflatedEntry("project.qde");
  zip.add(qde);
  const file = (name: string, bytes: Uint8Array) => {
    const entry = new PreDeflatedEntry(name);
    zip.add(entry);
    entry.push(bytes, false);
    return { entry, deflated: deflateRaw([bytes]) };
  };
  const written = new Set(["project.qde"]);
  const sources = content.documents.flatMap((document) => {
    const text = document.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    const name = `sources/${refiSourceFileName(document)}`;
    written.add(name.toLowerCase());
    const entries = [file(name, strToU8(lineBreak === "\n" ? text : text.replace(/\n/g, lineBreak)))];
    const richText = refiRichTextEntry(document);
    if (richText !== null && !written.has(richText.toLowerCase())) {
      written.add(richText.toLowerCase());
      entries.push(file(richText, base64ToBytes(document.richText!.docx!)));
    }
    return entries;
  });
  for (const memo of content.memos ?? []) {
    const name = noteRichTextEntry(memo, refiGuid(memo.id));
    if (name !== null && !written.has(name.toLowerCase())) {
      written.add(name.toLowerCase());
      sources.push(file(name, memoDocx(memo.text)));
    }
  }

  await qde.finish(deflateRaw(qdeBytes(content, options, qde)));
  for (const { entry, deflated } of sources) await entry.finish(deflated);
  zip.end();
  if (failed !== undefined) throw failed;
  if (!finished) throw new Error("the .qdpx archive was not completed");
  return concat(chunks);
}

/** The bytes of project.qde as they are written, each piece also counted into the entry's size and CRC-32. */
function* qdeBytes(content: ProjectContent, options: RefiExportOptions, entry: PreDeflatedEntry): Generator<Uint8Array> {
  for (const chunk of projectQdeChunks(content, options)) {
    const bytes = strToU8(chunk);
    entry.push(bytes, false);
    yield bytes;
  }
}

/** A zip entry whose original bytes are pushed for their size and CRC-32, and whose DEFLATE data comes apart. */
class PreDeflatedEntry extends ZipPassThrough {
  private deflated: Uint8Array | undefined;

  constructor(name: string) {
    super(name);
    this.compression = 8;
    this.mtime = ENTRY_TIME;
  }

  async finish(deflated: Promise<Uint8Array>): Promise<void> {
    this.deflated = await deflated;
    this.push(new Uint8Array(0), true);
  }

  protected override process(_chunk: Uint8Array, final: boolean): void {
    if (final) this.ondata(null, this.deflated! as Uint8Array<ArrayBuffer>, true);
  }
}

/** Raw DEFLATE of the pieces; the next piece is made while the platform compresses the last one. */
async function deflateRaw(pieces: Iterable<Uint8Array>): Promise<Uint8Array> {
  const compressor = new CompressionStream("deflate-raw");
  const output = new Response(compressor.readable).arrayBuffer();
  const writer = compressor.writable.getWriter();
  let previous: Promise<void> = Promise.resolve();
  for (const piece of pieces) {
    await previous;
    previous = writer.write(piece as Uint8Array<ArrayBuffer>);
  }
  await previous;
  await writer.close();
  return new Uint8Array(await output);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
