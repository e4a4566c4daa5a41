// Every user-facing string of the workbench, in English, in one place so that a Bahasa
// Indonesia table can follow. `t("key", { name })` fills {name} placeholders.

const en = {
  appName: "Telaah",
  appTagline: "Qualitative interview coding",
  projects: "Projects",
  project: "Project",
  newProject: "New project",
  newProjectName: "Name of the new project",
  create: "Create",
  cancel: "Cancel",
  close: "Close",
  open: "Open",
  rename: "Rename",
  save: "Save",
  delete: "Delete",
  renameProject: "Rename project {name}",
  deleteProject: "Delete project {name}",
  openProject: "Open project {name}",
  deleteProjectTitle: "Delete “{name}”?",
  deleteProjectBody: "This deletes {documents}, {codes}, {codings} and {cases} from this browser. It cannot be undone; export a project file first if you may need it.",
  loadDemo: "Load the Banten study as a new project",
  demoLoaded: "The Banten study was loaded as “{name}”.",
  noProjects: "No project yet. Create one, or load the Banten study to look around.",
  importFiles: "Import transcripts",
  importFilesHint: ".txt, .docx, .md, .vtt or .srt; several at once",
  pasteText: "Paste text",
  pasteTitle: "Paste a transcript",
  documentName: "Document name",
  transcriptText: "Transcript text",
  addDocument: "Add document",
  documents: "Documents",
  noDocuments: "No documents yet. Import transcripts or paste text.",
  transcript: "Transcript",
  cases: "Cases",
  selectDocument: "Select a document to read it.",
  characters: "{count} characters",
  words: "{count} words",
  codingsCount: "{count} codings",
  linkedCase: "Case: {name}",
  noCase: "Not linked to a case",
  source: "Source: {name}",
  importTitle: "Import",
  importProgress: "Importing {done} of {total} files",
  importDone: "{imported} imported, {failed} not imported, in {seconds} s",
  statusWaiting: "Waiting",
  statusReading: "Reading…",
  statusImported: "Imported",
  statusFailed: "Not imported",
  statusSkipped: "Skipped",
  linkToCase: "Link to case “{name}”",
  linkAllSuggested: "Link all to their suggested cases",
  linkedTo: "Linked to case “{name}”",
  suggestedFromSpeakers: "interviewee found in the speaker turns",
  suggestedFromFileName: "named after the file",
  largeFileTitle: "Import a large file?",
  largeFileBody: "{file} is {size}. Files over 20 MB are slow to read and code. Import it anyway?",
  importAnyway: "Import anyway",
  skippedLarge: "Skipped: larger than 20 MB",
  deleteDocument: "Delete document {name}",
  deleteDocumentTitle: "Delete “{name}”?",
  deleteDocumentBody: "This deletes the document and its {codings}. It cannot be undone.",
  storageUsed: "{used} used",
  storagePersistent: "persistent storage",
  storageNotPersistent: "storage may be cleared by the browser",
  storageUnknown: "storage size unknown",
  addCase: "Add case",
  newCaseName: "Name of the new case",
  caseName: "Case",
  addAttribute: "Add attribute",
  attributeName: "Attribute name",
  attributeType: "Type",
  attributeChoices: "Choices (comma-separated)",
  typeText: "Text",
  typeNumber: "Number",
  typeDate: "Date",
  typeChoice: "Choice",
  importAttributes: "Import attribute table (CSV)",
  exportAttributes: "Export attribute table (CSV)",
  linkedDocuments: "Documents",
  deleteCase: "Delete case {name}",
  deleteCaseTitle: "Delete case “{name}”?",
  deleteCaseBody: "The case and its attribute values are deleted; its documents and their codings stay.",
  deleteAttribute: "Delete attribute {name}",
  deleteAttributeTitle: "Delete attribute “{name}”?",
  deleteAttributeBody: "Its value is removed from every case. It cannot be undone.",
  noCases: "No cases yet. Add one, link documents when importing, or import an attribute table.",
  attributeValue: "{attribute} of {case}",
  linkDocumentToCase: "Documents of {name}",
  attributeImportTitle: "Import attribute table",
  attributeImportSummary: "{updates} to update, {newAttributes}.",
  unknownCasesPrompt: "These cases are not in the project: {names}. Create them?",
  createUnknownCases: "Create the missing cases",
  applyImport: "Apply",
  rowsSkipped: "Rows left out:",
  invalidValue: "“{value}” is not a valid {type}",
  exportProject: "Export project file",
  importProject: "Import project file",
  projectImported: "Imported project “{name}”.",
  skipToContent: "Skip to transcript",
  dismiss: "Dismiss",
  view: "View",
  storage: "Storage",
  problemLine: "Line {line}: {message}",
  pastedTranscript: "Pasted transcript",
  documentNameExample: "Interview 1",
  databaseUnavailable: "Telaah could not open its database in this browser: {reason}",
  loading: "Loading…",
  coder: "Coding as",
  renameCoder: "Rename the coder {name}",
  coderName: "Your name as coder",
} as const;

export type StringKey = keyof typeof en;

/** Singular and plural of the nouns that are counted in messages. */
const nouns = {
  document: ["document", "documents"],
  code: ["code", "codes"],
  coding: ["coding", "codings"],
  case: ["case", "cases"],
  newAttribute: ["new attribute", "new attributes"],
} as const;

/** "1 document", "3 documents". */
export function countNoun(count: number, noun: keyof typeof nouns): string {
  return `${formatCount(count)} ${nouns[noun][count === 1 ? 0 : 1]}`;
}

export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Byte sizes for people: 1.2 MB, 830 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

const countFormat = new Intl.NumberFormat("en");

export function formatCount(n: number): string {
  return countFormat.format(n);
}
