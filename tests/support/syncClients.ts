// Simulated team members for the sync tests and benchmarks: each has its own database (fake-indexeddb), its own
// coder, the app's sync module connected to a test server, and runs commands as the app does
// (write the diff in one transaction, keep it for undo, mirror it to the shared doc).
import "fake-indexeddb/auto";
import WebSocket from "ws";
import type { CommandResult, ProjectDiff } from "../../src/core/commands/diff";
import type { CodingModel } from "../../src/core/commands/model";
import { UndoStack } from "../../src/core/commands/undoStack";
import type { Coder } from "../../src/core/model/types";
import { applyProjectDiff, loadCodingModel } from "../../src/persistence/applyDiff";
import { readProjectContent } from "../../src/persistence/projects";
import { TelaahDatabase } from "../../src/persistence/schema";
import { ProjectSync } from "../../src/sync/projectSync";
import { stepLabel } from "../../src/core/commands/stepLabel";

let counter = 0;

export interface TeamMember {
  db: TelaahDatabase;
  projectId: string;
  coder: Coder;
  sync: ProjectSync;
  undo: UndoStack;
  errors: unknown[];
  /** Told of every change from elsewhere once it is in this member's database. */
  onRemoteDiff?: (diff: ProjectDiff) => void;
  /** Runs a command as the app does; false when the database refused it (a conflict). */
  run(command: (model: CodingModel) => CommandResult): Promise<boolean>;
  /** Undoes the last step: the diff applied, the error when it was refused, null when there was nothing to undo. */
  undoLast(): Promise<ProjectDiff | Error | null>;
  model(): Promise<CodingModel>;
  /**
   * Closes the sync (as closing the tab does) and opens it again from what this browser kept; `saved`
   * are diffs saved before the sync started again (as the app saves them while team sync loads).
   */
  reopen(saved?: ProjectDiff[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * A member with a fresh database set up by `setup` (a project to share, or an empty one to join),
 * taking part in `room`; coding as a new coder, or as the same coder as another member (one person
 * on a second device).
 */
export async function teamMember(server: string, room: string, token: string, setup: (db: TelaahDatabase) => Promise<string>, coderName: string, sameCoderAs?: TeamMember): Promise<TeamMember> {
  const db = new TelaahDatabase(`sync-${process.pid}-${++counter}`);
  const projectId = await setup(db);
  const coder: Coder = { id: sameCoderAs?.coder.id ?? `coder-${coderName}-${counter}`, projectId, name: coderName };
  const errors: unknown[] = [];
  const told: { member?: TeamMember } = {};
  const start = () => ProjectSync.start({ db, projectId, server, room, token, coder: { id: coder.id, name: coderName, color: "#336699" }, WebSocketPolyfill: WebSocket, onError: (e) => errors.push(e), onRemoteDiff: (diff) => told.member?.onRemoteDiff?.(diff) });
  const sync = start();
  await sync.ready;
  const undo = new UndoStack();
  const save = async (diff: ProjectDiff) => {
    await applyProjectDiff(db, projectId, diff);
    member.sync.mirror(diff);
  };
  const member: TeamMember = {
    db,
    projectId,
    coder,
    sync,
    undo,
    errors,
    model: () => loadCodingModel(db, projectId),
    async run(command) {
      const result = command(await member.model());
      try {
        await save(result.diff);
      } catch {
        return false;
      }
      undo.push(result);
      return true;
    },
    async undoLast() {
      const step = undo.undo();
      if (!step) return null;
      try {
        await save(step.diff);
        return step.diff;
      } catch (error) {
        undo.redo();
        return error as Error;
      }
    },
    async reopen(saved = []) {
      await member.sync.close();
      for (const diff of saved) await applyProjectDiff(db, projectId, diff);
      member.sync = start();
      for (const diff of saved) member.sync.mirror(diff);
      await member.sync.ready;
    },
    async close() {
      await member.sync.close(true);
      db.close();
      await db.delete();
    },
  };
  told.member = member;
  if (!sameCoderAs) await member.run(() => ({ label: stepLabel("addCoder", { name: coder.name }), diff: { codes: { added: [], removed: [], updated: [] }, codings: { added: [], removed: [], updated: [] }, coders: { added: [coder], removed: [], updated: [] } } }));
  return member;
}

/** A project's records as comparable data: without the projectId (each browser's own), sorted by id. */
export async function comparableContent(member: TeamMember) {
  const content = await readProjectContent(member.db, member.projectId);
  const strip = <T extends { projectId: string }>(records: T[]) =>
    records.map(({ projectId: _p, ...rest }) => rest).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    coders: strip(content.coders),
    documents: strip(content.documents.map(({ modified: _m, ...d }) => d)),
    codes: strip(content.codes),
    codings: strip(content.codings),
    attributes: strip(content.attributes),
    cases: strip(content.cases),
    caseDocuments: strip(content.caseDocuments),
    mapViews: strip(content.mapViews ?? []),
    memos: strip(content.memos ?? []),
  };
}

/** Waits until every member's project holds the same records; throws after `timeout` ms. */
export async function converged(members: TeamMember[], timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const m of members) await m.sync.whenIdle();
    const contents = (await Promise.all(members.map(comparableContent))).map((c) => JSON.stringify(c));
    if (contents.every((c) => c === contents[0])) return;
    if (Date.now() > until) throw new Error(`The ${members.length} members did not converge within ${timeout} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A project record with no records of its own yet, as a browser joining a shared project makes it. */
export async function emptyProject(db: TelaahDatabase): Promise<string> {
  const id = `joined-${++counter}`;
  await db.projects.add({ id, name: "Joined", modified: new Date().toISOString() });
  return id;
}
