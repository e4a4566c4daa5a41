// One shared project's live sync: its Y.Doc, kept in this browser's IndexedDB between visits
// (y-indexeddb) so that work done offline is sent on reconnecting, and connected to the team's
// Hocuspocus server. Local diffs are mirrored into the doc as they are saved; changes from
// elsewhere come back as diffs written to the database in one transaction. The connection state and
// who else is online (Yjs awareness: name, open document, the text being edited) are told to
// listeners.
import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { emptyChanges, emptyDiff, isEmptyDiff, type ProjectDiff } from "../core/commands/diff";
import { codingsOnEditedText } from "../core/commands/textCommands";
import { sliceCodePoints } from "../core/text/offsets";
import { applyProjectDiff } from "../persistence/applyDiff";
import type { Id, ProjectContent } from "../core/model/types";
import type { TelaahDatabase } from "../persistence/schema";
import { deletionsMap, lastWriter, LOCAL_ORIGIN, mirrorDiff, projectInfo, type CodeDeletion } from "./docLayout";
import { addIds, allIds, applyDocChanges, changedIds, type ChangedIds } from "./remoteChanges";
import { peersOf, type Peer, type Presence } from "./presence";

/** offline: not connected; syncing: connected, changes on their way; synced: up to date with the server; refused: the token was not accepted. */
export type SyncStatus = "offline" | "syncing" | "synced" | "refused";

export interface ProjectSyncOptions {
  db: TelaahDatabase;
  projectId: Id;
  /** The server's WebSocket address (ws:// or wss://). */
  server: string;
  room: string;
  token: string;
  /** Who this browser codes as: shown to colleagues and written with every change. */
  coder: { id: Id; name: string; color: string };
  /** Keep the doc in this browser's IndexedDB between visits (default true). */
  keepLocally?: boolean;
  /** A WebSocket implementation where the platform has none (Node). */
  WebSocketPolyfill?: unknown;
  /** Told of every change from elsewhere, once it is in the database. */
  onRemoteDiff?: (diff: ProjectDiff) => void;
  onError?: (error: unknown) => void;
}

/** Reconnecting: first at once, then every half second growing to at most 3 s (the default grows to 30 s). */
const RECONNECT = { delay: 500, minDelay: 300, factor: 1.5, maxDelay: 3000, initialDelay: 0 };

export class ProjectSync {
  readonly doc = new Y.Doc();
  status: SyncStatus = "offline";
  private readonly provider: HocuspocusProvider;
  private readonly persistence: IndexeddbPersistence | null;
  private pending: ChangedIds = new Map();
  private flushing: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  private refused = false;
  private presence: Presence;
  /** Diffs mirrored before this browser's saved copy of the doc was loaded, written once it is. */
  private early: ProjectDiff[] | null = [];
  /** Resolves once the saved doc is loaded, its records written to the database, and the connection begun. */
  readonly ready: Promise<void>;

  private constructor(private readonly options: ProjectSyncOptions) {
    this.persistence = options.keepLocally === false ? null : new IndexeddbPersistence(localName(options), this.doc);
    this.presence = { coderId: options.coder.id, name: options.coder.name, color: options.coder.color, documentId: null, editing: null };
    this.doc.on("afterTransaction", (transaction: Y.Transaction) => {
      // The saved copy's records are written once it has loaded, after the diffs saved meanwhile (load).
      if (transaction.origin === LOCAL_ORIGIN || (this.persistence && transaction.origin === this.persistence)) return;
      const ids = changedIds(this.doc, transaction);
      if (ids.size > 0) this.enqueue(ids);
    });
    this.provider = new HocuspocusProvider({
      url: options.server,
      name: options.room,
      document: this.doc,
      token: options.token,
      WebSocketPolyfill: options.WebSocketPolyfill,
      ...RECONNECT,
      onStatus: () => this.update(),
      onSynced: () => this.update(),
      onUnsyncedChanges: () => this.update(),
      onAuthenticated: () => {
        this.refused = false;
        this.update();
      },
      onAuthenticationFailed: () => {
        this.refused = true;
        this.update();
      },
      onAwarenessChange: () => this.tell(),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    this.provider.setAwarenessField("user", this.presence);
    this.ready = this.load();
  }

  /**
   * Starts a shared project's sync: its saved doc is loaded, the diffs saved meanwhile are written to
   * it, and what it holds is written to the database (see `ready`).
   */
  static start(options: ProjectSyncOptions): ProjectSync {
    return new ProjectSync(options);
  }

  /** Starts a shared project's sync and waits until it is ready. */
  static async open(options: ProjectSyncOptions): Promise<ProjectSync> {
    const sync = ProjectSync.start(options);
    await sync.ready;
    return sync;
  }

  private async load(): Promise<void> {
    if (this.persistence) await this.persistence.whenSynced;
    const early = this.early ?? [];
    this.early = null;
    for (const diff of early) this.mirror(diff);
    this.enqueue(allIds(this.doc));
    await this.whenIdle();
  }

  /** Puts a whole project into the doc (when sharing starts): every record, as one change. */
  seed(content: ProjectContent): void {
    const added = <T>(records: T[]) => ({ ...emptyChanges<T>(), added: records });
    projectInfo(this.doc).set("name", content.project.name);
    this.mirror({
      codes: added(content.codes),
      codings: added(content.codings),
      documents: added(content.documents),
      cases: added(content.cases),
      attributes: added(content.attributes),
      caseLinks: added(content.caseDocuments.map((l) => ({ ...l, id: `${l.caseId}\u001f${l.documentId}` }))),
      coders: added(content.coders),
      mapViews: added(content.mapViews ?? []),
      memos: added(content.memos ?? []),
      savedQueries: added(content.savedQueries ?? []),
    });
  }

  /** Carries a diff saved in this browser to the doc (and from there to the team). */
  mirror(diff: ProjectDiff): void {
    if (this.early) this.early.push(diff);
    else if (!isEmptyDiff(diff)) mirrorDiff(this.doc, diff, this.presence.name);
  }

  /** The shared project's name, once the doc has it. */
  get projectName(): string | undefined {
    return projectInfo(this.doc).get("name");
  }

  /** Codes deleted in the shared project, by id, with who deleted them. */
  deletions(): Map<Id, CodeDeletion> {
    return new Map(deletionsMap(this.doc).entries());
  }

  /** Who last changed a record (a coder's name), as far as the doc knows. */
  lastChangedBy(id: Id): string | undefined {
    return lastWriter(this.doc, id);
  }

  /** The colleagues online now (this browser left out). */
  peers(): Peer[] {
    return peersOf(this.provider.awareness, this.doc.clientID);
  }

  /** Tells colleagues who codes here, which document is open, and which text (if any) is being edited. */
  setPresence(change: Partial<Presence>): void {
    this.presence = { ...this.presence, ...change };
    this.provider.setAwarenessField("user", this.presence);
  }

  /** The colleague editing a document's text now, if any: a text has one editor at a time. */
  textEditor(documentId: Id): Peer | undefined {
    return this.peers().find((peer) => peer.editing === documentId);
  }

  /** Stops sending and receiving (the work goes on locally); `connect` takes it up again. */
  disconnect(): void {
    this.provider.configuration.websocketProvider.disconnect();
    this.update();
  }

  async connect(): Promise<void> {
    await this.provider.configuration.websocketProvider.connect();
  }

  /** Listens for changes of status and of who is online; returns the way to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every change received so far is in the database. */
  async whenIdle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Ends the sync; with `forget`, this browser's saved copy of the doc is deleted too (the project itself stays). */
  async close(forget = false): Promise<void> {
    this.provider.destroy();
    await this.whenIdle();
    if (this.persistence) {
      if (forget) await this.persistence.clearData();
      else await this.persistence.destroy();
    }
    this.doc.destroy();
    this.listeners.clear();
  }

  private enqueue(ids: ChangedIds): void {
    addIds(this.pending, ids);
    this.flushing ??= this.flush().finally(() => {
      this.flushing = null;
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.size > 0) {
      const ids = this.pending;
      this.pending = new Map();
      try {
        const diff = await applyDocChanges(this.options.db, this.options.projectId, this.doc, ids);
        if (isEmptyDiff(diff)) continue;
        this.options.onRemoteDiff?.(diff);
        await this.placeOwnCodingsOnNewTexts(diff);
      } catch (error) {
        this.options.onError?.(error);
      }
    }
  }

  /**
   * After a colleague's text edit: this browser's own codings of that document that the editor could
   * not know of (made here on the old text meanwhile) are found again in the new text, as a local
   * text edit would, and the result is shared.
   */
  private async placeOwnCodingsOnNewTexts(diff: ProjectDiff): Promise<void> {
    const { db, projectId } = this.options;
    const edits = [...(diff.texts?.updated ?? []), ...(diff.documents?.updated ?? [])].filter(({ before, after }) => before.text !== after.text);
    for (const { before, after } of edits) {
      const codings = await db.codings.where("[projectId+documentId]").equals([projectId, after.id]).toArray();
      const stale = codings.filter((c) => c.coderId === this.presence.coderId && !c.orphaned && sliceCodePoints(after.text, c.start, c.end) !== c.quote);
      if (stale.length === 0) continue;
      const repair = emptyDiff();
      repair.codings = codingsOnEditedText(before.text, after.text, stale).changes;
      await applyProjectDiff(db, projectId, repair);
      this.mirror(repair);
      this.options.onRemoteDiff?.(repair);
    }
  }

  private update(): void {
    if (!this.provider) return; // told of a status while the provider is being made
    const socket = this.provider.configuration.websocketProvider;
    const connected = socket.status === WebSocketStatus.Connected;
    const next: SyncStatus = this.refused ? "refused" : !connected ? "offline" : this.provider.isSynced && !this.provider.hasUnsyncedChanges ? "synced" : "syncing";
    if (next !== this.status) {
      this.status = next;
      this.tell();
    }
  }

  private tell(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The IndexedDB name of a shared project's saved doc: one per database and room. */
function localName(options: ProjectSyncOptions): string {
  return `telaah-sync:${options.db.name}:${options.room}`;
}
