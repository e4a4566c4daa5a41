// Checking REFI-QDA XML against its published XML Schema with libxml2 (compiled to WebAssembly, so
// no system tool is needed): one line per schema error, with its line number.
import { validateXML } from "xmllint-wasm";
import codebookSchema from "../../fixtures/refi-qda/Codebook-mrt2019.xsd?raw";
import projectSchema from "../../fixtures/refi-qda/Project-mrt2019.xsd?raw";

export type RefiSchema = "project" | "codebook";

const SCHEMAS: Record<RefiSchema, { fileName: string; contents: string }> = {
  project: { fileName: "Project-mrt2019.xsd", contents: projectSchema },
  codebook: { fileName: "Codebook-mrt2019.xsd", contents: codebookSchema },
};

/** "line 12: Element 'Code': The attribute 'guid' is required but missing.", one per error. */
export async function schemaProblems(xml: string, schema: RefiSchema, entryName: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "document.xml", contents: xml }],
    schema: [SCHEMAS[schema]],
  });
  return result.errors.map((error) => {
    const message = error.message.replace(/^Schemas validity error : /, "").replace(/\{urn:QDA-XML:(?:project|codebook):1\.0\}/g, "").trim();
    return `${entryName}${error.loc ? ` line ${error.loc.lineNumber}` : ""}: ${message}`;
  });
}
