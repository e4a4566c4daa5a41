// telaah query: the passages of a coding query (codes as quoted name paths with AND, OR, NOT,
// NEAR n and PRECEDES), the ranges of every coder united before the operators apply.
import { parseQuery, QueryError } from "../../core/analysis/query/queryParser";
import { runQuery } from "../../core/analysis/query/runQuery";
import { readProjectAny } from "../readProject";
import { FORMAT_OPTION, InputError, passagesCsv, writeResult, type Command } from "./command";

export const queryCommand: Command = {
  name: "query",
  usage: 'telaah query FILE "EXPRESSION" [--format csv|json]',
  summary: "the passages of a coding query",
  help: `Codes are quoted name paths, "Theme/Code" (a / inside a name is written \\/), each with its
sub-codes unless written ONLY "Code"; the end of a path is enough when it names one code.
Operators: A AND B (text coded at both), A OR B, A NOT B (A's text not coded at B), A NEAR 5 B
(A's passages within 5 words of B's), A PRECEDES B (A's passages followed by B's in the same
paragraph); NOT, NEAR and PRECEDES bind tighter than AND, AND tighter than OR; parentheses group.
Passages are in document order, then by start; offsets count code points, half-open.

Options:
  --format     csv (default): document, start, end, text;
               json: {"passages": [{"document", "start", "end", "text"}]}`,
  arguments: ["FILE", "EXPRESSION"],
  options: { format: FORMAT_OPTION },
  async run({ positionals: [file, expression], options }, io) {
    let query;
    try {
      query = parseQuery(expression!);
    } catch (error) {
      if (error instanceof QueryError) throw new InputError("the query", error.message);
      throw error;
    }
    const content = await readProjectAny(file!, io);
    let passages;
    try {
      passages = runQuery(content, query);
    } catch (error) {
      if (error instanceof QueryError) throw new InputError("the query", `${error.message}, in ${file}`);
      throw error;
    }
    const rows = passages.map((p) => ({ document: p.document, start: p.start, end: p.end, text: p.text }));
    writeResult(io, options.format, { json: { passages: rows }, csv: () => passagesCsv(rows) });
    return 0;
  },
};
