// REFI-QDA project exchange file (.qdpx): a zip of `project.qde` and one `sources/<guid>.txt` per
// document (UTF-8 without BOM, LF line endings, as the canonical text already is). Entries are
// compressed by the platform's own DEFLATE (CompressionStream, in browsers and in Node), several
// times faster than a JavaScript one on large projects, and put in the archive by fflate.

import { strToU8, Zip, ZipPassThrough } from "fflate";
import type { ProjectContent } from "../../core/model/types";
import { projectQde, refiSourceFileName, type RefiExportOptions } from "./projectXml";

export const QDPX_EXTENSION = ".qdpx";

/** A fixed entry time, so that exporting the same project twice gives the same bytes. */
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1));

export async function exportQdpx(content: ProjectContent, options: RefiExportOptions): Promise<Uint8Array> {
  const sources: [string, Uint8Array][] = content.documents.map((document) => {
    const text = document.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    return [`sources/${refiSourceFileName(document)}`, strToU8(text)];
  });
  // The sources compress on the platform's threads while project.qde is written here.
  const compressedSources = Promise.all(sources.map(([, bytes]) => deflateRaw(bytes)));
  const qde = strToU8(projectQde(content, options));
  const entries: [string, Uint8Array][] = [["project.qde", qde], ...sources];
  const compressed = [await deflateRaw(qde), ...(await compressedSources)];
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk);
      if (final) resolve(concat(chunks));
    });
    entries.forEach(([name, bytes], i) => {
      const file = new PreDeflatedEntry(name, compressed[i]!);
      file.mtime = ENTRY_TIME;
      zip.add(file);
      // fflate counts the size and CRC-32 of the original bytes; the entry writes the deflated ones.
      file.push(bytes, true);
    });
    zip.end();
  });
}

/** A zip entry whose DEFLATE data was made beforehand. */
class PreDeflatedEntry extends ZipPassThrough {
  constructor(
    name: string,
    private readonly deflated: Uint8Array,
  ) {
    super(name);
    this.compression = 8;
  }

  protected override process(_chunk: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflated as Uint8Array<ArrayBuffer>, final);
  }
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
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
