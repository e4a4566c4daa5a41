// The records of a Telaah project. Every offset here counts Unicode code points of the
// document's canonical text, half-open [start, end). Derived data (counts, matrices) is not stored.
import type { MapView } from "./mapView";
import type { Memo } from "./memo";
import type { SavedQuery } from "./savedQuery";

export type Id = string;

export interface Project {
  id: Id;
  /** The study's name; also its central topic, in the middle of the concept map. */
  name: string;
  /** What the study is about, in the researcher's words (the report opens with it); absent when none. */
  description?: string;
  /** When the project was made; absent when an imported file did not say. */
  created?: string;
  /** When the project last changed: every write sets it; a REFI-QDA export gives it as the project's modifiedDateTime. */
  modified: string;
  /** The user (a coder's id, or a GUID the project's file named) who created the project, as an imported file named it. */
  creatingUser?: Id;
  /** The user who last modified the project, as an imported file named it. */
  modifyingUser?: Id;
  /** Where an imported REFI-QDA project's external (relative) sources were, kept to be written back. */
  basePath?: string;
  /** When the project was last exported (project file or REFI-QDA); absent when never. */
  lastBackup?: string;
  /** When the first change after the last backup was made; absent when everything is backed up. */
  unbackedSince?: string;
  /** The backup reminder stays quiet until this time ("Not now"). */
  backupReminderSnoozedUntil?: string;
}

export type SourceType = "paste" | "txt" | "md" | "docx" | "vtt" | "srt" | "project";

export interface TextDocument {
  id: Id;
  projectId: Id;
  name: string;
  /** Canonical text: BOM stripped, LF line endings, otherwise exactly as written. */
  text: string;
  sourceName: string;
  sourceType: SourceType;
  /** Absent when an imported file did not say. */
  created?: string;
  /** Absent when an imported file did not say. */
  modified?: string;
  /** Free text about the document; absent when there is none. */
  description?: string;
  /** The users who added and last changed the source, as an imported file named them. */
  creatingUser?: Id;
  modifyingUser?: Id;
  /** The rich-text original of an imported source, kept to be written back beside its text. */
  richText?: RichText;
  /** Its place in the project's order of documents (documentOrder.ts); absent for one not yet placed. */
  position?: number;
}

export interface RichText {
  /** The source's richTextPath as the file gave it (`internal://….docx`, or a path outside the archive). */
  path: string;
  /** The .docx bytes, base64, when the archive held them. */
  docx?: string;
  /** A fingerprint (textFingerprint) of the plain text the original goes with: once the text is edited, it no longer does. */
  text?: string;
}

/**
 * The REFI-QDA PlainTextSelection a coding belongs to, as an imported file had it: codings that
 * share one keep sharing it, and it is written back with the same GUID, name, users and dates.
 */
export interface SelectionInfo {
  guid: string;
  name?: string;
  description?: string;
  creatingUser?: Id;
  created?: string;
  modifyingUser?: Id;
  modified?: string;
}

export interface Code {
  id: Id;
  projectId: Id;
  name: string;
  /** Parent code (a theme is a code with children); null at the top level. */
  parentId: Id | null;
  /** `#rrggbb`, or null to show the neutral theme colour. */
  color: string | null;
  description: string;
  order: number;
}

export interface Coding {
  id: Id;
  projectId: Id;
  documentId: Id;
  codeId: Id;
  start: number;
  end: number;
  coderId: Id;
  /** Absent when an imported file did not say. */
  created?: string;
  /** The imported selection this coding is part of; absent for codings made in Telaah. */
  selection?: SelectionInfo;
  /** The coded text and a little context on each side, to find the passage again if the text changes. */
  quote: string;
  before: string;
  after: string;
  /**
   * Set when an edit of the document's text left the passage nowhere to be found: the coding keeps
   * its last offsets and quote, is left out of counts and drawings, and waits in the "Orphaned
   * codings" list to be placed again or deleted by the user.
   */
  orphaned?: true;
}

export type AttributeType = "text" | "number" | "date" | "choice";
export type AttributeValue = string | number | null;

export interface AttributeDefinition {
  id: Id;
  projectId: Id;
  name: string;
  type: AttributeType;
  /** Allowed values of a choice attribute. */
  choices: string[];
  order: number;
}

export interface Case {
  id: Id;
  projectId: Id;
  name: string;
  /** Values keyed by attribute definition id. */
  attributes: Record<Id, AttributeValue>;
  /** Free text about the case; absent when there is none. */
  description?: string;
}

export interface CaseDocument {
  projectId: Id;
  caseId: Id;
  documentId: Id;
}

export interface Coder {
  id: Id;
  projectId: Id;
  name: string;
}

/** Everything that belongs to one project, as held in memory, in the project file or in a test. */
export interface ProjectContent {
  project: Project;
  coders: Coder[];
  documents: TextDocument[];
  codes: Code[];
  codings: Coding[];
  attributes: AttributeDefinition[];
  cases: Case[];
  caseDocuments: CaseDocument[];
  /** Saved concept-map views; absent in older files and content built elsewhere. */
  mapViews?: MapView[];
  /** Memos; absent in older files and content built elsewhere. */
  memos?: Memo[];
  /** Saved coding queries; absent in older files and content built elsewhere. */
  savedQueries?: SavedQuery[];
}
