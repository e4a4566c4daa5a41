// Reading a REFI-QDA codebook (.qdc, root <CodeBook>) into codes, leniently (see codeTreeRead.ts).
import type { Id } from "../../core/model/types";
import { FileProblem } from "../importTypes";
import { codesOf, readCodeTree, type CodeTreeResult } from "./codeTreeRead";
import { parseXmlDocument } from "./xmlRead";

export const QDC_EXTENSION = ".qdc";

/** The codebook's codes, ids taken from their GUIDs; a FileProblem when the file is not a codebook. */
export function readQdc(fileName: string, text: string, projectId: Id): Pick<CodeTreeResult, "codes" | "droppedColors"> {
  const { element } = parseXmlDocument(fileName, text, ["CodeBook"]);
  const { codes, droppedColors } = readCodeTree(fileName, codesOf(element), projectId);
  if (codes.length === 0) throw new FileProblem(fileName, "noCodes");
  return { codes, droppedColors };
}
