// telaah matrix: the coding matrix (codes and themes × cases, documents, coders or the values of a
// case attribute) counted by the same core as the app's Matrix view.
import { codingMatrix, type ColumnSpec, type Measure } from "../../core/analysis/matrix";
import { nameKey } from "../../core/model/attributeTable";
import type { ProjectContent } from "../../core/model/types";
import { matrixCsv } from "../../formats/analysisCsv";
import { readProjectAny } from "../readProject";
import { cliCsvOptions, FORMAT_OPTION, LANG_HELP, LANG_OPTION, InputError, MERGE_CODERS_HELP, MERGE_CODERS_OPTION, UsageError, writeResult, type Command } from "./command";

const MEASURES: readonly Measure[] = ["references", "coded", "characters", "words", "coverage"];

export const matrixCommand: Command = {
  name: "matrix",
  usage: "telaah matrix FILE [--cols cases|documents|coders|attribute:NAME] [--measure references|coded|characters|words|coverage] [--merge-coders] [--format csv|json] [--lang en|id]",
  summary: "the coding matrix: codes and themes × cases, documents, coders or attribute values",
  help: `One row per theme and per code, in codebook order; a theme's row counts its own and its codes'
coded text together (a passage coded at two of its codes counts once). References are counted per
coder: two coders' codings of one passage are two references; characters, words and coverage
count coded text once whoever coded it.

Options:
  --cols       cases (default), documents, coders, or attribute:NAME (one column per value of
               the case attribute NAME, matched ignoring case)
  --measure    references (default): coded passages; coded: 1 when there is any; characters and
               words: of the coded text; coverage: percent of the column's text that is coded
${MERGE_CODERS_HELP}
  --format     csv (default): columns theme, code, one per column, total;
               json: {"columns": [names], "rows": [{"path": [names], "values": [numbers]}]}
${LANG_HELP}`,
  arguments: ["FILE"],
  options: {
    cols: { type: "string", default: "cases" },
    measure: { type: "string", values: MEASURES, default: "references" },
    "merge-coders": MERGE_CODERS_OPTION,
    format: FORMAT_OPTION,
    lang: LANG_OPTION,
  },
  async run({ positionals: [file], options }, io) {
    const columns = parseCols(options.cols!);
    const csvOptions = await cliCsvOptions(options.lang);
    const content = await readProjectAny(file!, io, "counting");
    const matrix = codingMatrix(content, {
      columns: resolveColumns(columns, content, file!),
      measure: options.measure as Measure,
      mergeCoders: options["merge-coders"] === "true",
    });
    writeResult(io, options.format, {
      json: { columns: matrix.columns.map((column) => column.name), rows: matrix.rows.map((row) => ({ path: row.path, values: row.values })) },
      csv: () => matrixCsv(matrix, csvOptions),
    });
    return 0;
  },
};

/** The --cols value: a kind of column, or the name of a case attribute. */
type Cols = { kind: "cases" | "documents" | "coders" } | { attributeName: string };

function parseCols(cols: string): Cols {
  if (cols === "cases" || cols === "documents" || cols === "coders") return { kind: cols };
  const match = /^attribute:(.*)$/s.exec(cols);
  if (!match) throw new UsageError(`--cols must be cases, documents, coders or attribute:NAME, not "${cols}"`, matrixCommand);
  if (match[1]!.trim() === "") throw new UsageError("--cols attribute:NAME needs the name of a case attribute", matrixCommand);
  return { attributeName: match[1]! };
}

function resolveColumns(cols: Cols, content: ProjectContent, file: string): ColumnSpec {
  if ("kind" in cols) return cols;
  const attribute = content.attributes.find((a) => nameKey(a.name) === nameKey(cols.attributeName));
  if (!attribute) {
    const names = [...content.attributes].sort((a, b) => a.order - b.order).map((a) => a.name);
    const known = names.length ? `its attributes are ${names.join(", ")}` : "it has no case attributes";
    throw new InputError(file, `has no case attribute named "${cols.attributeName}" (${known})`);
  }
  return { kind: "attribute", attributeId: attribute.id };
}
