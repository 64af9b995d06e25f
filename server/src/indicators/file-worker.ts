/**
 * One import file read in a worker thread (see file-in-worker.ts), then the thread ends: whatever the file makes it do,
 * the server's own thread keeps answering. Only the figures go back, never the file's rows.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type FileToRead, readImportFile } from "./import-reading.ts";

parentPort?.postMessage(await readImportFile(workerData as FileToRead));
