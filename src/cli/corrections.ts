/**
 * The corrections the command line applies: `<article>.annotations.json` beside each article
 * file and the first `.news-annotator/lexicon.json` found in its folder or a folder above it,
 * as the editor keeps them (with the default location setting). A missing file means no
 * corrections; one that cannot be used is skipped with a warning, and the machine's result is
 * written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Corrections, parseAnnotations, parseLexicon } from '../analysis/annotations';
import { messages } from './messages';

/** Reads a small JSON file; undefined when there is none. */
async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/** Finds and reads corrections per article; the lexicon of each folder is looked up once. */
export class CorrectionFiles {
  private readonly lexicons = new Map<string, Promise<{ records: Corrections['lexicon']; warning?: string }>>();

  /** The corrections of an article file, and a warning for a file that could not be used. */
  async forArticle(file: string): Promise<{ corrections?: Corrections; warnings: string[] }> {
    const warnings: string[] = [];
    const lexicon = await this.lexiconFor(path.dirname(path.resolve(file)));
    if (lexicon.warning) warnings.push(lexicon.warning);
    const name = `${file}.annotations.json`;
    let text: string | undefined;
    try {
      text = await readIfThere(name);
    } catch (err) {
      warnings.push(messages.correctionsSkipped(name, err instanceof Error ? err.message : String(err)));
    }
    const parsed = text === undefined ? undefined : parseAnnotations(text);
    if (parsed && !parsed.ok) warnings.push(messages.correctionsSkipped(name, parsed.error));
    const records = parsed?.ok ? parsed.value.records : [];
    if (!records.length && !lexicon.records?.length) return { warnings };
    return { corrections: { records, lexicon: lexicon.records }, warnings };
  }

  private lexiconFor(dir: string): Promise<{ records: Corrections['lexicon']; warning?: string }> {
    let found = this.lexicons.get(dir);
    if (!found) {
      found = (async () => {
        const file = path.join(dir, '.news-annotator', 'lexicon.json');
        const text = await readIfThere(file).catch(() => undefined);
        if (text === undefined) {
          const parent = path.dirname(dir);
          return parent === dir ? { records: undefined } : this.lexiconFor(parent);
        }
        const parsed = parseLexicon(text);
        return parsed.ok ? { records: parsed.value.records } : { records: undefined, warning: messages.correctionsSkipped(file, parsed.error) };
      })();
      this.lexicons.set(dir, found);
    }
    return found;
  }
}
