// The backup reminder's decision: due from exactly seven days of unbacked work, not when a backup
// was made after the work began, and quiet while snoozed. Times are fixed ISO strings.
import { describe, expect, it } from "vitest";
import { backupReminderDue, backupReminderSnoozeEnd } from "../../../src/core/model/backupReminder";

const began = "2024-11-03T10:00:00.000Z";
const at = (iso: string) => new Date(iso);

describe("backupReminderDue", () => {
  it("is not due without unbacked work", () => {
    expect(backupReminderDue({}, at("2025-01-01T00:00:00.000Z"))).toBe(false);
    expect(backupReminderDue({ lastBackup: "2024-10-01T00:00:00.000Z" }, at("2025-01-01T00:00:00.000Z"))).toBe(false);
  });

  it("is due from seven days after the work began, not at six days and 23 hours", () => {
    expect(backupReminderDue({ unbackedSince: began }, at("2024-11-10T09:00:00.000Z"))).toBe(false);
    expect(backupReminderDue({ unbackedSince: began }, at("2024-11-10T09:59:59.999Z"))).toBe(false);
    expect(backupReminderDue({ unbackedSince: began }, at("2024-11-10T10:00:00.000Z"))).toBe(true);
    expect(backupReminderDue({ unbackedSince: began }, at("2024-12-25T00:00:00.000Z"))).toBe(true);
  });

  it("is not due when a backup was made after the work began, and is when the last backup was before it", () => {
    const now = at("2024-11-20T00:00:00.000Z");
    expect(backupReminderDue({ unbackedSince: began, lastBackup: "2024-11-04T08:00:00.000Z" }, now)).toBe(false);
    expect(backupReminderDue({ unbackedSince: began, lastBackup: "2024-11-01T08:00:00.000Z" }, now)).toBe(true);
  });

  it("stays quiet while snoozed and is due again when the snooze ends", () => {
    const snoozed = { unbackedSince: began, backupReminderSnoozedUntil: "2024-11-12T08:00:00.000Z" };
    expect(backupReminderDue(snoozed, at("2024-11-11T08:00:00.000Z"))).toBe(false);
    expect(backupReminderDue(snoozed, at("2024-11-12T07:59:59.000Z"))).toBe(false);
    expect(backupReminderDue(snoozed, at("2024-11-12T08:00:00.000Z"))).toBe(true);
  });

  it("snoozes for one day", () => {
    expect(backupReminderSnoozeEnd(at("2024-11-11T08:00:00.000Z"))).toBe("2024-11-12T08:00:00.000Z");
    expect(backupReminderSnoozeEnd(at("2024-12-31T23:30:00.000Z"))).toBe("2025-01-01T23:30:00.000Z");
  });

  it("is due after two days when the browser has not made storage persistent", () => {
    const began = "2024-11-03T10:00:00.000Z";
    expect(backupReminderDue({ unbackedSince: began }, at("2024-11-05T09:59:59.999Z"), false)).toBe(false);
    expect(backupReminderDue({ unbackedSince: began }, at("2024-11-05T10:00:00.000Z"), false)).toBe(true);
    // Persistent, or not known yet: a week.
    expect(backupReminderDue({ unbackedSince: began }, at("2024-11-05T10:00:00.000Z"), true)).toBe(false);
    expect(backupReminderDue({ unbackedSince: began }, at("2024-11-05T10:00:00.000Z"), null)).toBe(false);
  });
});
