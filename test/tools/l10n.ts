/**
 * `npm run l10n`: keeps the extension's text localisable.
 *
 * 1. Every user-facing string of package.json (command titles and categories, setting
 *    descriptions, views, welcome texts, colours, walkthroughs...) that is still written out is
 *    moved to package.nls.json under a key named after where it is, and replaced by `%key%`.
 * 2. l10n/bundle.l10n.json is exported from the `vscode.l10n.t(...)` and `l10n.t(...)` calls in
 *    src/ by @vscode/l10n-dev.
 * 3. The pseudo-locale `qps-ploc` (package.nls.qps-ploc.json, l10n/bundle.l10n.qps-ploc.json)
 *    wraps every string in `[!! … !!]` (Markdown link labels in `!! … !!`, so links still parse),
 *    keeping `{0}` placeholders, `$(icon)` names and link targets intact: a workbench started
 *    with `--locale qps-ploc` shows at a glance any text of ours that skipped the mechanism.
 *
 * test/unit/l10n.test.ts fails when any of these files is not what this script would write.
 */
import { getL10nJson, l10nJsonFormat } from '@vscode/l10n-dev';
import * as fs from 'fs';
import * as path from 'path';

export const projectRoot = path.resolve(__dirname, '..', '..', '..');
export const PSEUDO_LOCALE = 'qps-ploc';
export const FIX = 'run `npm run l10n` (it moves the text to package.nls.json, re-exports l10n/ and the pseudo-locale files) and commit package.json, package.nls*.json and l10n/';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Fields whose string values a person reads, wherever they appear under `contributes`. */
const USER_FACING = new Set([
  'title',
  'shortTitle',
  'category',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'enumItemLabels',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'errorMessage',
  'patternErrorMessage',
  'contextualTitle',
  'contents',
  'label',
  'altText',
]);

/** `name` is read only where it names a view (elsewhere it is an identifier). */
function isUserFacing(field: string, pathParts: string[]): boolean {
  return USER_FACING.has(field) || (field === 'name' && pathParts[0] === 'views');
}

const PREFIX = 'newsAnnotator.';
const short = (id: string) => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : id);

/** An array element's name in a key: its id (command, view, ...) when it has one, else its index. */
function elementName(element: Json, index: number): string {
  if (element && typeof element === 'object' && !Array.isArray(element)) {
    for (const field of ['id', 'command', 'view']) {
      const value = element[field];
      if (typeof value === 'string') {
        return short(value);
      }
    }
  }
  return String(index);
}

export interface Slot {
  /** Where the string is, for messages: contributes.commands[3].title. */
  where: string;
  /** The package.nls.json key it gets. */
  key: string;
  value: string;
  set(value: string): void;
}

/** The nls key of a slot, named after where it is: commands.removeDuplicates.title. */
function keyOf(parts: string[], field: string): string {
  if (parts[0] === 'commands' && field === 'category') {
    return 'commands.category';
  }
  return [...parts, field].join('.');
}

/** Every user-facing string of the manifest: displayName, description and those under contributes. */
export function userFacingSlots(manifest: JsonObject): Slot[] {
  const slots: Slot[] = [];
  for (const field of ['displayName', 'description']) {
    if (typeof manifest[field] === 'string') {
      slots.push({ where: field, key: field, value: manifest[field] as string, set: (v) => (manifest[field] = v) });
    }
  }
  const walk = (node: Json, parts: string[], where: string) => {
    if (!node || typeof node !== 'object') {
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((element, i) => walk(element, [...parts, elementName(element, i)], `${where}[${i}]`));
      return;
    }
    for (const [field, value] of Object.entries(node)) {
      const at = `${where}.${field}`;
      if (typeof value === 'string' && isUserFacing(field, parts)) {
        slots.push({ where: at, key: keyOf(parts, field), value, set: (v) => (node[field] = v) });
      } else if (Array.isArray(value) && isUserFacing(field, parts) && value.every((v) => typeof v === 'string')) {
        const names = Array.isArray(node.enum) && node.enum.length === value.length ? node.enum.map(String) : undefined;
        value.forEach((v, i) =>
          slots.push({ where: `${at}[${i}]`, key: keyOf(parts, `${field}.${names?.[i] ?? i}`), value: v as string, set: (s) => (value[i] = s) }),
        );
      } else if (value && typeof value === 'object') {
        // A setting's own name is the key of its schema: config keys read configuration.<setting>.
        walk(value, field === 'properties' && parts.length === 1 ? parts : [...parts, short(field)], at);
      }
    }
  };
  const contributes = manifest.contributes;
  if (contributes && typeof contributes === 'object' && !Array.isArray(contributes)) {
    for (const [field, value] of Object.entries(contributes)) {
      walk(value, [field], `contributes.${field}`);
    }
  }
  return slots;
}

const PLACEHOLDER = /^%([^%\s]+)%$/;

/** What is wrong with the manifest's localisation, one line per problem, each saying what to do. */
export function manifestProblems(manifest: JsonObject, nls: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const slot of userFacingSlots(manifest)) {
    const key = PLACEHOLDER.exec(slot.value)?.[1];
    if (key === undefined) {
      problems.push(`package.json ${slot.where} is the plain text ${JSON.stringify(slot.value)}, not a %key% of package.nls.json: ${FIX}.`);
    } else if (!(key in nls)) {
      problems.push(`package.json ${slot.where} is %${key}%, which package.nls.json does not have: ${FIX}.`);
    }
  }
  return problems;
}

/**
 * Moves every plain user-facing string of the manifest into the nls table (a key already used for
 * another text gets a numbered one) and returns the table in manifest order, unused keys dropped.
 */
export function localiseManifest(manifest: JsonObject, nls: Record<string, string>): Record<string, string> {
  const next: Record<string, string> = {};
  for (const slot of userFacingSlots(manifest)) {
    const existing = PLACEHOLDER.exec(slot.value)?.[1];
    if (existing !== undefined && existing in nls) {
      next[existing] = nls[existing];
      continue;
    }
    let key = slot.key;
    for (let n = 2; key in next && next[key] !== slot.value; n++) {
      key = `${slot.key}.${n}`;
    }
    next[key] = slot.value;
    slot.set(`%${key}%`);
  }
  return next;
}

// ---------------------------------------------------------------------------------------------
// Plain text in the UI code.

/** The UI code, whose every text goes through `vscode.l10n.t` (src/analysis, src/eval and the CLI do not). */
export const UI_SOURCES = ['src/extension.ts', 'src/host', 'src/editor', 'src/panel', 'src/corpus'];

/**
 * Where VS Code shows a string: a message, a tree row, or a title, label, description, tooltip,
 * placeholder, prompt or progress message. A literal that starts with a word there is plain text.
 * Each pattern reads a character one way (no backtracking).
 */
const UI_TEXT = [
  /show(?:Information|Warning|Error)Message\(\s*['"`]\s*[A-Za-z]/g,
  /new vscode\.(?:TreeItem|CodeAction)\(\s*['"`]\s*[A-Za-z]/g,
  /\b(?:title|placeHolder|prompt|openLabel|tooltip|label|description|message|name|text|source)\s*[:=]\s*(?:'[A-Za-z][^'\n]* |"[A-Za-z][^"\n]* |`[A-Za-z][^`\n]* )/g,
];

/** Plain (unlocalised) text in the UI code, as `file:line: code`, each saying what to do. */
export function plainTextProblems(root = projectRoot, sources = UI_SOURCES): string[] {
  const problems: string[] = [];
  for (const source of sources) {
    const full = path.join(root, source);
    const files = fs.statSync(full).isDirectory() ? sourceFiles(full) : [full];
    for (const file of files) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return;
        if (UI_TEXT.some((pattern) => new RegExp(pattern.source).test(line))) {
          problems.push(
            `${path.relative(root, file)}:${i + 1}: plain text where VS Code shows it: ${line.trim()}\n  put it through vscode.l10n.t('…', args) (l10n.t from @vscode/l10n in modules without vscode), with {0} for values instead of concatenation, then ${FIX}.`,
          );
        }
      });
    }
  }
  return problems;
}

/**
 * `l10n.t` messages with a `\\u` escape, which @vscode/l10n-dev 0.0.35 exports wrongly (the
 * bundle's key then never matches): the character is written as itself instead.
 */
export function escapeProblems(root = projectRoot): string[] {
  const escaped = /l10n\.t\(\s*(?:'[^'\n]*\\u|"[^"\n]*\\u)/;
  const problems: string[] = [];
  for (const file of sourceFiles(path.join(root, 'src'))) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (escaped.test(line)) {
          problems.push(`${path.relative(root, file)}:${i + 1}: a \\u escape in an l10n.t message (the exporter misreads it): write the character itself, then ${FIX}.`);
        }
      });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Pseudo-localisation.

export const PSEUDO_OPEN = '[!! ';
export const PSEUDO_CLOSE = ' !!]';

/** Wraps the text around its leading and trailing white space; white space alone stays as it is. */
function wrap(text: string, open: string, close: string): string {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end <= start ? text : `${text.slice(0, start)}${open}${text.slice(start, end)}${close}${text.slice(end)}`;
}

/** A Markdown or welcome-view link `[label](target)`: each character has one way to match. */
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/**
 * The pseudo-localised form of one message: each line's text wrapped in `[!! … !!]`, a link's
 * label in `!! … !!` (brackets inside a label would break the link), the link target untouched.
 */
export function pseudoLocalise(message: string): string {
  return message
    .split('\n')
    .map((line) => {
      let out = '';
      let last = 0;
      for (const match of line.matchAll(LINK)) {
        out += wrap(line.slice(last, match.index), PSEUDO_OPEN, PSEUDO_CLOSE);
        out += `[${wrap(match[1], '!! ', ' !!')}](${match[2]})`;
        last = match.index + match[0].length;
      }
      return out + wrap(line.slice(last), PSEUDO_OPEN, PSEUDO_CLOSE);
    })
    .join('\n');
}

export function pseudoTable(table: l10nJsonFormat): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(table)) {
    out[key] = pseudoLocalise(typeof value === 'string' ? value : value.message);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Files.

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      files.push(full);
    }
  }
  return files.sort();
}

/** The bundle of every `vscode.l10n.t` / `l10n.t` message in src/, as @vscode/l10n-dev exports it. */
export async function exportBundle(root = projectRoot): Promise<l10nJsonFormat> {
  const files = sourceFiles(path.join(root, 'src')).map((file) => ({
    contents: fs.readFileSync(file, 'utf8'),
    extension: path.extname(file),
  }));
  const bundle = await getL10nJson(files);
  // Sorted, so the file does not change with the order the exporter meets the calls in.
  return Object.fromEntries(Object.keys(bundle).sort().map((key) => [key, bundle[key]]));
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file with the text it should have, from the manifest and the sources. */
export async function expectedFiles(root = projectRoot): Promise<Map<string, string>> {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as JsonObject;
  const nlsFile = path.join(root, 'package.nls.json');
  const oldNls = fs.existsSync(nlsFile) ? (JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>) : {};
  const nls = localiseManifest(manifest, oldNls);
  const bundle = await exportBundle(root);
  return new Map([
    ['package.json', json(manifest)],
    ['package.nls.json', json(nls)],
    [`package.nls.${PSEUDO_LOCALE}.json`, json(pseudoTable(nls))],
    ['l10n/bundle.l10n.json', json(bundle)],
    [`l10n/bundle.l10n.${PSEUDO_LOCALE}.json`, json(pseudoTable(bundle))],
  ]);
}

async function main(): Promise<void> {
  for (const [name, text] of await expectedFiles()) {
    const file = path.join(projectRoot, name);
    const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (old !== text) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`l10n: wrote ${name}`);
    }
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
