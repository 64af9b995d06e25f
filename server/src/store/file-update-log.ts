import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import type { LoggedUpdate } from "./store.ts";
import type { UpdateLog } from "./update-log.ts";

/** Each entry: update length, id, then a CRC-32 of those and the update (unsigned 32-bit little-endian each). */
const HEADER_BYTES = 12;

interface Journal {
  entries: LoggedUpdate[];
  /** Where the last whole entry ends: anything after it is a write cut short. */
  validBytes: number;
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

function decodeEntries(bytes: Buffer): Journal {
  const entries: LoggedUpdate[] = [];
  let at = 0;
  while (at + HEADER_BYTES <= bytes.length) {
    const end = at + HEADER_BYTES + bytes.readUInt32LE(at);
    if (end > bytes.length) break;
    const update = bytes.subarray(at + HEADER_BYTES, end);
    if (checksum(bytes.subarray(at), update) !== bytes.readUInt32LE(at + 8)) break;
    entries.push({ id: bytes.readUInt32LE(at + 4), update });
    at = end;
  }
  return { entries, validBytes: at, size: bytes.length };
}

/**
 * The log as one append-only file per document, for the embedded SQLite store: an SQLite commit writes whole pages
 * and costs far more than the update it holds, while a write() to an open file is one system call. The data is in
 * the kernel once the call returns, so a killed process loses nothing it had appended (the same guarantee as
 * SQLite's WAL with synchronous = NORMAL). One process owns a data directory: SQLite serves one instance.
 */
export class FileUpdateLog implements UpdateLog {
  private readonly dir: string;
  /** Journals open for appending, by document: kept open while they hold entries. */
  private readonly files = new Map<string, number>();
  /** The last id given in each document's journal, so that ids keep growing once it has been emptied. */
  private readonly lastIds = new Map<string, number>();

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  private path(name: string): string {
    return join(this.dir, `${encodeURIComponent(name)}.log`);
  }

  private read(name: string): Journal {
    try {
      return decodeEntries(readFileSync(this.path(name)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], validBytes: 0, size: 0 };
      throw error;
    }
  }

  async loggedUpdates(name: string): Promise<LoggedUpdate[]> {
    return this.read(name).entries;
  }

  async loggedUpdateIds(name: string): Promise<number[]> {
    return this.read(name).entries.map((entry) => entry.id);
  }

  async appendUpdates(name: string, updates: Uint8Array[]): Promise<number[]> {
    const file = this.open(name);
    let id = this.lastIds.get(name) ?? 0;
    const entries = updates.map((update) => ({ id: ++id, update }));
    const bytes = encodeEntries(entries);
    for (let written = 0; written < bytes.length; ) written += writeSync(file, bytes, written);
    this.lastIds.set(name, id);
    return entries.map((entry) => entry.id);
  }

  /** Opens a journal for appending, first cutting off a tail left by a write cut short, which would hide what follows. */
  private open(name: string): number {
    const open = this.files.get(name);
    if (open !== undefined) return open;
    const { entries, validBytes, size } = this.read(name);
    const file = openSync(this.path(name), "a");
    if (validBytes < size) {
      console.warn(`[journal] ${name}: ${size - validBytes} octet(s) d'une écriture interrompue retirés.`);
      ftruncateSync(file, validBytes);
    }
    this.files.set(name, file);
    this.lastIds.set(name, Math.max(this.lastIds.get(name) ?? 0, entries.at(-1)?.id ?? 0));
    return file;
  }

  /** Rewrites the journal without those entries; one that would be empty is removed. */
  async dropThrough(name: string, throughId: number): Promise<void> {
    const { entries } = this.read(name);
    const kept = entries.filter((entry) => entry.id > throughId);
    if (kept.length === entries.length) return;
    this.closeFile(name);
    const path = this.path(name);
    if (kept.length === 0) {
      rmSync(path, { force: true });
      return;
    }
    // Written aside and renamed over: a process killed meanwhile leaves one journal or the other, both whole.
    writeFileSync(`${path}.tmp`, encodeEntries(kept), { flush: true });
    renameSync(`${path}.tmp`, path);
  }

  private closeFile(name: string): void {
    const file = this.files.get(name);
    if (file === undefined) return;
    closeSync(file);
    this.files.delete(name);
  }

  async close(): Promise<void> {
    for (const name of [...this.files.keys()]) this.closeFile(name);
  }
}
