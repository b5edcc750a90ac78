/**
 * Finds and reads a gold set by its path, whatever the format: a `.json` file (our JSON), a
 * `.jsonl` file (doccano), a brat `.ann` file (with the `.txt` beside it) or a folder of brat
 * pairs. File access comes from the caller (Node's fs in the CLI, the workspace file system in
 * the editor), so this stays pure.
 */
import { GoldDoc, GoldRead, parseBrat, parseDoccano, parseGoldJson } from './gold';

/** What loading needs from a file system; paths are the caller's own (file paths or URI strings). */
export interface GoldIo {
  isDirectory(path: string): Promise<boolean>;
  /** Names of the entries of a folder. */
  list(path: string): Promise<string[]>;
  readText(path: string): Promise<string>;
  join(folder: string, name: string): string;
}

/** A loaded gold set: its documents and, per document, the file its offsets point into when there is one (brat). */
export type GoldSet = { ok: true; docs: GoldDoc[]; files: Array<string | undefined>; format: 'json' | 'doccano' | 'brat' } | { ok: false; error: string };

function lower(path: string): string {
  return path.toLowerCase();
}

async function bratPair(io: GoldIo, ann: string): Promise<GoldRead & { txt: string }> {
  const txt = ann.replace(/\.ann$/i, '.txt');
  let text: string;
  try {
    text = await io.readText(txt);
  } catch {
    return { ok: false, error: `${txt} is missing: a brat .ann file needs its .txt beside it.`, txt };
  }
  const id = txt.slice(Math.max(txt.lastIndexOf('/'), txt.lastIndexOf('\\')) + 1).replace(/\.txt$/i, '');
  return { ...parseBrat(id, text, await io.readText(ann)), txt };
}

/** Reads the gold set at `path`, or says why it cannot be read. Never throws on bad content. */
export async function loadGold(path: string, io: GoldIo): Promise<GoldSet> {
  try {
    if (await io.isDirectory(path)) {
      const anns = (await io.list(path)).filter((n) => lower(n).endsWith('.ann')).sort();
      if (!anns.length) return { ok: false, error: `${path} holds no brat .ann files.` };
      const docs: GoldDoc[] = [];
      const files: string[] = [];
      for (const name of anns) {
        const read = await bratPair(io, io.join(path, name));
        if (!read.ok) return read;
        docs.push(...read.docs);
        files.push(read.txt);
      }
      return { ok: true, docs, files, format: 'brat' };
    }
    if (lower(path).endsWith('.ann')) {
      const read = await bratPair(io, path);
      return read.ok ? { ok: true, docs: read.docs, files: [read.txt], format: 'brat' } : read;
    }
    const content = await io.readText(path);
    const jsonl = lower(path).endsWith('.jsonl') || (!content.trimStart().startsWith('[') && content.trimStart().startsWith('{'));
    const read = jsonl ? parseDoccano(content) : parseGoldJson(content);
    if (!read.ok) return { ok: false, error: `${path}: ${read.error}` };
    if (!read.docs.length) return { ok: false, error: `${path} holds no gold documents.` };
    return { ok: true, docs: read.docs, files: read.docs.map(() => undefined), format: jsonl ? 'doccano' : 'json' };
  } catch (err) {
    return { ok: false, error: `${path} cannot be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}
