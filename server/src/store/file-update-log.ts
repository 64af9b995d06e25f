import { createHash } from "node:crypto";
import {
  closeSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { logOf } from "../observability/log.ts";
import { PRIVATE_FILE_MODE, privateFolder } from "./private-files.ts";
import type { LoggedUpdate, UpdateLog } from "./update-log.ts";

const journalLog = logOf("journal");

/** Each entry: update length, id, then a CRC-32 of those and the update (unsigned 32-bit little-endian each). */
const HEADER_BYTES = 12;
/** Journals kept open for appending at most; the least recently used is closed first. */
const OPEN_JOURNALS = 64;

interface OpenJournal {
  file: number;
  /** Where the last whole entry ends: a failed write is cut back to it. */
  size: number;
}

function checksum(header: Uint8Array, update: Uint8Array): number {
  return crc32(update, crc32(header.subarray(0, 8)));
}

function encodeEntries(entries: LoggedUpdate[]): Buffer {
  const bytes = Buffer.allocUnsafe(entries.reduce((sum, entry) => sum + HEADER_BYTES + entry.update.byteLength, 0));
  let at = 0;
  for (const { id, update } of entries) {
    bytes.writeUInt32LE(update.byteLength, at);
    bytes.writeUInt32LE(id, at + 4);
    bytes.writeUInt32LE(checksum(bytes.subarray(at), update), at + 8);
    bytes.set(update, at + HEADER_BYTES);
    at += HEADER_BYTES + update.byteLength;
  }
  return bytes;
}

/**
 * The entries of a journal, and where the last whole one ends. Only the last entry may be incomplete or fail its
 * checksum (a write cut short by a crash); a damaged entry with more after it is corruption, and refused.
 */
function decodeEntries(name: string, bytes: Buffer): { entries: LoggedUpdate[]; validBytes: number } {
  const entries: LoggedUpdate[] = [];
  let at = 0;
  while (at + HEADER_BYTES <= bytes.length) {
    const end = at + HEADER_BYTES + bytes.readUInt32LE(at);
    if (end > bytes.length) break;
    const update = bytes.subarray(at + HEADER_BYTES, end);
    if (checksum(bytes.subarray(at), update) !== bytes.readUInt32LE(at + 8)) {
      if (end === bytes.length) break;
      throw new Error(`update log of ${name} is damaged at byte ${at}: left as it is`);
    }
    entries.push({ id: bytes.readUInt32LE(at + 4), update });
    at = end;
  }
  return { entries, validBytes: at };
}

/**
 * The log as one append-only file per document, for the embedded SQLite store: an SQLite commit writes whole pages
 * and costs far more than the update it holds, while a write() to an open file is one system call. The data is in
 * the kernel once the call returns, so a killed process loses nothing it had appended (like SQLite's WAL with
 * synchronous = NORMAL, a power cut may lose the last seconds). One process owns a data directory: SQLite serves
 * one instance.
 */
export class FileUpdateLog implements UpdateLog {
  private readonly dir: string;
  /** By document, least recently used first. */
  private readonly open = new Map<string, OpenJournal>();
  /** The last id given in each document's journal, so that ids keep growing in this process once it is emptied. */
  private readonly lastIds = new Map<string, number>();

  constructor(dir: string) {
    this.dir = dir;
    privateFolder(dir);
  }

  /** Named by a hash: short whatever the document's name holds, and distinct where names differ only by case. */
  private path(name: string): string {
    return join(this.dir, `${createHash("sha256").update(name).digest("hex")}.log`);
  }

  private read(name: string) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], validBytes: 0, size: 0 };
      throw error;
    }
    return { ...decodeEntries(name, bytes), size: bytes.length };
  }

  async loggedUpdates(name: string): Promise<LoggedUpdate[]> {
    return this.read(name).entries;
  }

  async loggedUpdateIds(name: string): Promise<number[]> {
    return this.read(name).entries.map((entry) => entry.id);
  }

  async appendUpdates(name: string, updates: Uint8Array[]): Promise<number[]> {
    const journal = this.journal(name);
    let id = this.lastIds.get(name) ?? 0;
    const entries = updates.map((update) => ({ id: ++id, update }));
    const bytes = encodeEntries(entries);
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(journal.file, bytes, written);
    } catch (error) {
      // Part of an entry left behind would hide every later one: cut it off, and read the journal again next time.
      this.closeJournal(name, journal.size);
      throw error;
    }
    journal.size += bytes.length;
    this.lastIds.set(name, id);
    return entries.map((entry) => entry.id);
  }

  /** The journal open for appending, first cut back to its last whole entry (a write cut short by a crash). */
  private journal(name: string): OpenJournal {
    const open = this.open.get(name);
    if (open) {
      this.open.delete(name);
      this.open.set(name, open);
      return open;
    }
    const { entries, validBytes, size } = this.read(name);
    const journal = { file: openSync(this.path(name), "a", PRIVATE_FILE_MODE), size };
    this.open.set(name, journal);
    if (validBytes < size) {
      journalLog.warn({ document: name, bytes: size - validBytes }, "journal repaired: a write cut short removed");
      this.closeJournal(name, validBytes);
      return this.journal(name);
    }
    this.noteLastId(name, entries);
    const [leastRecent] = this.open.keys();
    if (this.open.size > OPEN_JOURNALS && leastRecent !== undefined) this.closeJournal(leastRecent);
    return journal;
  }

  /** Ids go on from the highest this process gave or found in the journal. */
  private noteLastId(name: string, entries: LoggedUpdate[]): void {
    this.lastIds.set(name, Math.max(this.lastIds.get(name) ?? 0, entries.at(-1)?.id ?? 0));
  }

  /** Rewrites the journal without those entries; one that would be empty is removed. */
  async dropThrough(name: string, throughId: number): Promise<void> {
    const { entries } = this.read(name);
    this.noteLastId(name, entries);
    const kept = entries.filter((entry) => entry.id > throughId);
    if (kept.length === entries.length) return;
    this.closeJournal(name);
    const path = this.path(name);
    if (kept.length === 0) {
      rmSync(path, { force: true });
      return;
    }
    // Written aside and renamed over: a process killed meanwhile leaves one journal or the other, both whole.
    writeFileSync(`${path}.tmp`, encodeEntries(kept), { flush: true, mode: PRIVATE_FILE_MODE });
    renameSync(`${path}.tmp`, path);
  }

  /** Closes a journal, first cutting it to `size` bytes when given. */
  private closeJournal(name: string, size?: number): void {
    const journal = this.open.get(name);
    if (!journal) return;
    this.open.delete(name);
    try {
      if (size !== undefined) ftruncateSync(journal.file, size);
    } finally {
      closeSync(journal.file);
    }
  }

  async close(): Promise<void> {
    for (const name of [...this.open.keys()]) this.closeJournal(name);
  }
}
