// REFI-QDA codebook export: a project's code tree as a .qdc file (namespace urn:QDA-XML:codebook:1.0),
// valid against fixtures/refi-qda/Codebook-mrt2019.xsd, with the same GUIDs as the project export.
import type { Code } from "../../core/model/types";
import { codeNodes } from "./projectXml";
import { xmlDocument } from "./xmlWrite";

export const REFI_CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";

export function codebookQdc(codes: readonly Code[]): string {
  if (codes.length === 0) throw new Error("the codebook is empty: a .qdc file needs at least one code");
  return xmlDocument({ CodeBook: { "@_xmlns": REFI_CODEBOOK_NAMESPACE, "@_origin": "Telaah", Codes: { Code: codeNodes(codes) } } });
}
