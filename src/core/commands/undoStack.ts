// Undo and redo of commands. The stack holds each command's diff; undo hands back the inverse
// diff to apply, redo the diff itself. The oldest steps are dropped beyond the limit.
import { invertDiff, isEmptyDiff, type CommandResult } from "./diff";
import type { StepLabel } from "./stepLabel";

export class UndoStack {
  private readonly done: CommandResult[] = [];
  private undone: CommandResult[] = [];

  constructor(private readonly limit = 500) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`The undo limit must be a positive whole number (got ${limit}).`);
  }

  /** Records a command that was just applied; forgets what was undone. A command that changed nothing is not recorded. */
  push(entry: CommandResult): void {
    if (isEmptyDiff(entry.diff)) return;
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /**
   * Keeps a command that could not be saved (the storage was full) as the next step to redo, so
   * that Redo tries it again once there is room; the history before it stays as it was.
   */
  keepToRetry(entry: CommandResult): void {
    if (!isEmptyDiff(entry.diff)) this.undone.push(entry);
  }

  /** The last command's label and the diff that undoes it (to apply), or null when there is nothing to undo. */
  undo(): CommandResult | null {
    const entry = this.done.pop();
    if (!entry) return null;
    this.undone.push(entry);
    return { label: entry.label, diff: invertDiff(entry.diff) };
  }

  /** The last undone command's label and diff (to apply again), or null when there is nothing to redo. */
  redo(): CommandResult | null {
    const entry = this.undone.pop();
    if (!entry) return null;
    this.done.push(entry);
    return entry;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  get undoLabel(): StepLabel | null {
    return this.done.at(-1)?.label ?? null;
  }

  get redoLabel(): StepLabel | null {
    return this.undone.at(-1)?.label ?? null;
  }

  clear(): void {
    this.done.length = 0;
    this.undone = [];
  }

  /** The history as plain data, to be kept (e.g. for the tab's lifetime) and restored. */
  snapshot(): UndoSnapshot {
    return { done: [...this.done], undone: [...this.undone] };
  }

  /** A stack holding a saved history; steps beyond the limit are dropped, oldest first. */
  static restore(snapshot: UndoSnapshot, limit = 500): UndoStack {
    const stack = new UndoStack(limit);
    stack.done.push(...snapshot.done.slice(-limit));
    stack.undone = snapshot.undone.slice(-limit);
    return stack;
  }

  /** Forgets the oldest half of the history (to fit it into limited storage). */
  dropOldestHalf(): void {
    this.done.splice(0, Math.ceil(this.done.length / 2));
  }
}

export interface UndoSnapshot {
  done: CommandResult[];
  undone: CommandResult[];
}
