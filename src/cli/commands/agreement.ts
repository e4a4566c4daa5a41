// telaah agreement: the coding comparison (percent agreement, Cohen's κ, Fleiss' κ, Krippendorff's
// α and the counts of units coded by A only, B only, both and neither) between the project's coders,
// counted by the same core as the app's comparison view.
import { compareCoders, type AgreementUnit } from "../../core/analysis/agreement";
import { nameKey } from "../../core/model/attributeTable";
import type { Coder, ProjectContent } from "../../core/model/types";
import { nameCollator } from "../../core/text/names";
import { agreementCsv, type CsvAgreementRow } from "../../formats/analysisCsv";
import { readProjectAny } from "../readProject";
import { cliCsvOptions, FORMAT_OPTION, InputError, LANG_HELP, LANG_OPTION, UsageError, writeResult, type Command } from "./command";

const UNITS: readonly AgreementUnit[] = ["character", "sentence", "paragraph"];

export const agreementCommand: Command = {
  name: "agreement",
  usage: 'telaah agreement FILE [--coders "A,B"] [--unit character|sentence|paragraph] [--format csv|json] [--lang en|id]',
  summary: "inter-coder agreement per code and document: percent, Cohen's and Fleiss' kappa, Krippendorff's alpha",
  help: `One row per theme and per code (a theme rolls up its codes, per coder) for each document, then
one row per theme and code pooled over all documents (document empty, or null in JSON). A unit is
coded by a coder when any of its characters lies in the coder's codings at the row's code or its
codes. Statistics that cannot be computed (no variation: every unit got the same value from
every coder) are empty (null in JSON); Cohen's kappa only for exactly two coders.

Options:
  --coders     the coders to compare, by name, separated by commas (default: every coder)
  --unit       character (default): every character of the text; sentence; paragraph: every
               non-empty line
  --format     csv (default): columns theme, code, document, units, agreement (percent), kappa,
               fleiss, alpha, a_only, b_only, both, neither (with more than two coders: a_only
               and b_only count units coded by some but not all, with and without the first);
               json: {"unit", "coders": [names], "rows": [{"path", "document", "units",
               "agreement", "kappa", "fleiss", "alpha", "aOnly", "bOnly", "both", "neither"}]}
${LANG_HELP}`,
  arguments: ["FILE"],
  options: {
    coders: { type: "string" },
    unit: { type: "string", values: UNITS, default: "character" },
    format: FORMAT_OPTION,
    lang: LANG_OPTION,
  },
  async run({ positionals: [file], options }, io) {
    const asked = options.coders === undefined ? undefined : parseCoderNames(options.coders);
    const csvOptions = await cliCsvOptions(options.lang);
    const content = await readProjectAny(file!, io);
    const coders = chooseCoders(content, asked, file!);
    const unit = options.unit as AgreementUnit;
    const documents = [...content.documents].sort((a, b) => nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
    const nameOf = new Map(documents.map((d) => [d.id, d.name]));
    const rows: CsvAgreementRow[] = compareCoders({ ...content, documents }, { groups: coders.map((c) => [c.id]), unit }).map((row) => ({
      path: row.path,
      document: row.documentId === null ? null : nameOf.get(row.documentId)!,
      units: row.units,
      agreement: row.agreement,
      kappa: row.kappa,
      fleiss: row.fleiss,
      alpha: row.alpha,
      aOnly: row.aOnly,
      bOnly: row.bOnly,
      both: row.both,
      neither: row.neither,
    }));
    writeResult(io, options.format, { json: { unit, coders: coders.map((c) => c.name), rows }, csv: () => agreementCsv(rows, csvOptions) });
    return 0;
  },
};

function parseCoderNames(value: string): string[] {
  const names = value.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) throw new UsageError(`--coders takes coder names separated by commas, not "${value}"`, agreementCommand);
  if (names.length < 2) throw new UsageError("--coders needs at least two coders to compare", agreementCommand);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(nameKey(name))) throw new UsageError(`--coders names "${name}" twice`, agreementCommand);
    seen.add(nameKey(name));
  }
  return names;
}

/** The asked coders in the order asked (matched ignoring case), or every coder of the project by name. */
function chooseCoders(content: ProjectContent, asked: string[] | undefined, file: string): Coder[] {
  const coders = [...content.coders].sort((a, b) => nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const list = coders.length ? `its coders are ${coders.map((c) => c.name).join(", ")}` : "it has no coders";
  if (!asked) {
    if (coders.length < 2) throw new InputError(file, `has fewer than two coders (${list}): there is no one to compare`);
    return coders;
  }
  return asked.map((name) => {
    const coder = coders.find((c) => nameKey(c.name) === nameKey(name));
    if (!coder) throw new InputError(file, `has no coder named "${name}" (${list})`);
    return coder;
  });
}
