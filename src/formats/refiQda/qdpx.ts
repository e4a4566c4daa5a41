// REFI-QDA project exchange file (.qdpx): a zip of `project.qde` and one `sources/<guid>.txt` per
// document (UTF-8 without BOM, LF line endings, as the canonical text already is).

import { zipSync, strToU8, type Zippable } from "fflate";
import type { ProjectContent } from "../../core/model/types";
import { projectQde, refiSourceFileName, type RefiExportOptions } from "./projectXml";

export const QDPX_EXTENSION = ".qdpx";

/** A fixed entry time, so that exporting the same project twice gives the same bytes. */
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1));

export function exportQdpx(content: ProjectContent, options: RefiExportOptions): Uint8Array {
  const files: Zippable = {
    "project.qde": [strToU8(projectQde(content, options)), { mtime: ENTRY_TIME }],
  };
  for (const document of content.documents) {
    const text = document.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    files[`sources/${refiSourceFileName(document)}`] = [strToU8(text), { mtime: ENTRY_TIME }];
  }
  return zipSync(files, { level: 6 });
}
