// What a step of undo did, in no language: a kind of step and the names and counts it mentions.
// The UI puts it in words in its language (src/lang/stepLabels.ts); the core has no UI strings.

/** Every kind of step a command (or a change of a map view) can be. */
export const STEP_KINDS = [
  "newMemo",
  "editMemo",
  "linkMemo",
  "unlinkMemo",
  "deleteMemo",
  "applyCode",
  "createAndApplyCode",
  "removeCoding",
  "removeCodingOfDeletedCode",
  "removeCodeFromPassage",
  "adjustCoding",
  "adjustCodingOfDeletedCode",
  "placeOrphanedCoding",
  "addCoder",
  "renameCoder",
  "createCode",
  "renameCode",
  "recolourCode",
  "describeCode",
  "moveCode",
  "mergeCodes",
  "deleteCode",
  "deleteCodeAndSubcodes",
  "importCodebook",
  "reassignCodings",
  "deleteCodings",
  "codePassages",
  "mergeCoding",
  "takeCodingA",
  "takeCodingB",
  "takeCodingBoth",
  "saveQuery",
  "renameQuery",
  "changeQuery",
  "deleteQuery",
  "newMapView",
  "deleteMapView",
  "renameMapView",
  "renameMapTopic",
  "changeMapLayout",
  "changeHierarchyMeasure",
  "showCasesOnMap",
  "hideCasesOnMap",
  "toggleCooccurrence",
  "changeMinWeight",
  "showThemeOnMap",
  "hideThemeOnMap",
  "pinNode",
  "unpinNode",
  "hideNode",
  "showHiddenNodes",
  "deleteDocument",
  "renameDocument",
  "describeDocument",
  "editText",
  "newCase",
  "renameCase",
  "describeCase",
  "deleteCase",
  "setAttributeValue",
  "newAttribute",
  "deleteAttribute",
  "linkDocument",
  "unlinkDocument",
  "importAttributeTable",
] as const;

export type StepKind = (typeof STEP_KINDS)[number];

/**
 * A step's description: its kind and the values its words name (names as they are; `count`
 * chooses a plural form, `codings` and `subcodes` are counted nouns).
 */
export interface StepLabel {
  step: StepKind;
  values?: Record<string, string | number>;
}

export const stepLabel = (step: StepKind, values?: Record<string, string | number>): StepLabel => (values ? { step, values } : { step });
