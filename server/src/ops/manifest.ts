import { createHash } from "node:crypto";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod/mini";

/** Written last into a backup: a folder without it is a backup cut short, and restore refuses it. */
export const MANIFEST_FILE = "manifest.json";
export const DATABASE_FILE = "atelier.sqlite";
export const JOURNAL_FOLDER = "journal";

/** The only paths a backup holds: the database and journals named as the store names them (no "..", no folders). */
const BACKED_UP_PATH = /^(atelier\.sqlite|journal\/[0-9a-f]{64}\.log)$/;

const ManifestSchema = z.object({
  format: z.literal("atelier-ctg-backup"),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  /** The database's schema version (its migrations applied), and the Node version that wrote it. */
  schemaVersion: z.number().check(z.int(), z.nonnegative()),
  node: z.string(),
  files: z.array(
    z.object({ path: z.string().check(z.regex(BACKED_UP_PATH)), bytes: z.number().check(z.int()), sha256: z.string() }),
  ),
});
export type Manifest = z.infer<typeof ManifestSchema>;
export type BackedUpFile = Manifest["files"][number];

export async function describeFile(dir: string, path: string): Promise<BackedUpFile> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(join(dir, path)), hash);
  return { path, bytes: statSync(join(dir, path)).size, sha256: hash.digest("hex") };
}

/** The manifest of a backup folder, and every file it lists found there whole. */
export async function checkedManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), "utf8");
  } catch {
    throw new Error(`${dir} n'est pas une sauvegarde complète : ${MANIFEST_FILE} manque.`);
  }
  const parsed = ManifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`${join(dir, MANIFEST_FILE)} n'est pas un manifeste de sauvegarde d'Atelier CTG.`);
  const manifest = parsed.data;
  if (!manifest.files.some((file) => file.path === DATABASE_FILE)) {
    throw new Error(`La sauvegarde ${dir} ne contient pas de base ${DATABASE_FILE}.`);
  }
  for (const file of manifest.files) {
    let found: BackedUpFile;
    try {
      found = await describeFile(dir, file.path);
    } catch {
      throw new Error(`La sauvegarde ${dir} est incomplète : ${file.path} manque.`);
    }
    if (found.bytes !== file.bytes || found.sha256 !== file.sha256) {
      throw new Error(`La sauvegarde ${dir} est altérée : ${file.path} ne correspond plus au manifeste.`);
    }
  }
  return manifest;
}
