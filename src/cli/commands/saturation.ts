// telaah saturation: for the documents in the project's order (a REFI-QDA project's: the order of
// its <Sources>) or by name, the codes each brings first (own codings, not roll-ups) and the total.
import { codebookRows } from "../../core/analysis/codebookRows";
import { orderDocuments, saturationCurve } from "../../core/analysis/saturation";
import { writeCsv } from "../../formats/csvWrite";
import { readProjectAny } from "../readProject";
import { CLI_CSV_OPTIONS, FORMAT_OPTION, writeResult, type Command } from "./command";

export const saturationCommand: Command = {
  name: "saturation",
  usage: "telaah saturation FILE [--order project|name] [--format csv|json]",
  summary: "the saturation curve: new codes per document",
  help: `A code is new in the first document, in the chosen order, that is coded at it (at the code
itself: a theme is not new because one of its codes is).

Options:
  --order      project (default): the order of the project's documents (for REFI-QDA, of its
               <Sources>); name: by document name
  --format     csv (default): document, new_codes (paths joined by "; "), total;
               json: {"points": [{"document", "newCodes": [paths], "total"}]}`,
  arguments: ["FILE"],
  options: { order: { type: "string", values: ["project", "name"], default: "project" }, format: FORMAT_OPTION },
  async run({ positionals: [file], options }, io) {
    const content = await readProjectAny(file!, io);
    const documents = orderDocuments(content.documents, { by: options.order === "name" ? "name" : "project" });
    const paths = new Map(codebookRows(content.codes).map((r) => [r.code.id, r.path.join("/")]));
    const points = saturationCurve(documents.map((d) => d.id), content.codings).map((p, i) => ({
      document: documents[i]!.name,
      newCodes: p.newCodeIds.map((id) => paths.get(id) ?? id).sort(),
      total: p.total,
    }));
    writeResult(io, options.format, {
      json: { points },
      csv: () => writeCsv(["document", "new_codes", "total"], points.map((p) => [p.document, p.newCodes.join("; "), p.total]), CLI_CSV_OPTIONS),
    });
    return 0;
  },
};
