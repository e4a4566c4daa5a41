// The shape of the project file's content (the current version, 3), checked with zod on import
// after older content has been migrated. Records carry no projectId in the file: every record
// belongs to the one project the file holds. A description is always written, "" for none (the
// project's own is optional: it came later and needs no new version).
// Version 3 adds what a REFI-QDA round trip keeps (selections, users, rich-text originals, the
// base path), all optional, and lets the dates an imported file did not give stay absent.
import { z } from "zod";
import type { MemoBlock } from "../core/model/memo";

const id = z.string().min(1);
const timestamp = z.string().min(1);
const offset = z.number().int().nonnegative();

export const fileProjectSchema = z.object({
  id,
  name: z.string().min(1),
  description: z.string().optional(),
  created: timestamp.optional(),
  modified: timestamp,
  creatingUser: id.optional(),
  modifyingUser: id.optional(),
  basePath: z.string().optional(),
});
export const fileCoderSchema = z.object({ id, name: z.string().min(1) });
export const fileDocumentSchema = z.object({
  id,
  name: z.string().min(1),
  text: z.string(),
  sourceName: z.string(),
  sourceType: z.enum(["paste", "txt", "md", "docx", "vtt", "srt", "project"]),
  created: timestamp.optional(),
  modified: timestamp.optional(),
  description: z.string(),
  creatingUser: id.optional(),
  modifyingUser: id.optional(),
  richText: z.object({ path: z.string().min(1), docx: z.string().base64().optional(), text: z.string().optional() }).optional(),
  position: z.number().int().nonnegative().optional(),
});
export const fileCodeSchema = z.object({
  id,
  name: z.string().min(1),
  parentId: id.nullable(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i).nullable(),
  description: z.string(),
  order: z.number(),
});
export const fileCodingSchema = z.object({
  id,
  documentId: id,
  codeId: id,
  start: offset,
  end: offset,
  coderId: id,
  created: timestamp.optional(),
  selection: z
    .object({
      guid: id,
      name: z.string().optional(),
      description: z.string().optional(),
      creatingUser: id.optional(),
      created: timestamp.optional(),
      modifyingUser: id.optional(),
      modified: timestamp.optional(),
    })
    .optional(),
  quote: z.string(),
  before: z.string(),
  after: z.string(),
  orphaned: z.literal(true).optional(),
});
export const fileAttributeSchema = z.object({
  id,
  name: z.string().min(1),
  type: z.enum(["text", "number", "date", "choice"]),
  choices: z.array(z.string()),
  order: z.number(),
});
export const fileCaseSchema = z.object({
  id,
  name: z.string().min(1),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  description: z.string(),
});
export const fileCaseDocumentSchema = z.object({ caseId: id, documentId: id });
const point = z.object({ x: z.number(), y: z.number() });
export const fileMapViewSchema = z.object({
  id,
  name: z.string().min(1),
  layout: z.enum(["force", "radial", "hierarchy", "bipartite"]),
  includeCases: z.boolean(),
  includeCooccurrence: z.boolean(),
  minWeight: z.number(),
  topic: z.string(),
  themes: z.array(id).nullable(),
  hidden: z.array(id),
  pins: z.record(z.string(), point),
  hierarchyMeasure: z.enum(["references", "characters", "coverage"]),
});
const fileScopeSchema = z.object({
  documentIds: z.array(id).optional(),
  caseIds: z.array(id).optional(),
  attribute: z.object({ attributeId: id, values: z.array(z.string()) }).optional(),
  coderIds: z.array(id).optional(),
});
export const fileSavedQuerySchema = z.object({ id, name: z.string().min(1), expression: z.string(), scope: fileScopeSchema });

// A memo's text is the editor's JSON, restricted to paragraphs, text with bold and italic, and lists.
const memoTextNodeSchema = z.object({ type: z.literal("text"), text: z.string().min(1), marks: z.array(z.object({ type: z.enum(["bold", "italic"]) })).optional() });
const memoParagraphSchema = z.object({ type: z.literal("paragraph"), content: z.array(memoTextNodeSchema).optional() });
const memoBlockSchema: z.ZodType<MemoBlock> = z.lazy(() => z.union([memoParagraphSchema, memoListSchema]));
const memoListSchema = z.object({
  type: z.enum(["bulletList", "orderedList"]),
  content: z.array(z.object({ type: z.literal("listItem"), content: z.array(memoBlockSchema) })),
});
export const fileMemoSchema = z.object({
  id,
  title: z.string().min(1),
  text: z.object({ type: z.literal("doc"), content: z.array(memoBlockSchema) }),
  author: id,
  created: timestamp.optional(),
  modified: timestamp.optional(),
  links: z.array(z.object({ kind: z.enum(["project", "document", "case", "code", "coding"]), id })),
});

export const fileContentSchema = z.object({
  project: fileProjectSchema,
  coders: z.array(fileCoderSchema),
  documents: z.array(fileDocumentSchema),
  codes: z.array(fileCodeSchema),
  codings: z.array(fileCodingSchema),
  attributes: z.array(fileAttributeSchema),
  cases: z.array(fileCaseSchema),
  caseDocuments: z.array(fileCaseDocumentSchema),
  /** Saved concept-map views (optional: files without them are as valid). */
  mapViews: z.array(fileMapViewSchema).optional(),
  /** Memos (optional, as map views). */
  memos: z.array(fileMemoSchema).optional(),
  /** Saved coding queries (optional, like the map views). */
  savedQueries: z.array(fileSavedQuerySchema).optional(),
});

export type FileContent = z.infer<typeof fileContentSchema>;

export const projectFileEnvelopeSchema = z.object({
  format: z.literal("telaah-project"),
  version: z.number(),
  checksum: z.string(),
  content: z.unknown(),
});
