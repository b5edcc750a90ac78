/**
 * Folder settings (`newsAnnotator.export.folder`, `newsAnnotator.corrections.folder`) name a
 * folder inside the workspace folder. Pure, no `vscode`: unit-tested in plain Node.
 */

/**
 * The setting as a relative path that stays inside the workspace folder: leading slashes, `.`,
 * `..` and empty segments dropped. A workspace's own settings (a cloned repository's
 * .vscode/settings.json, Restricted Mode included) so cannot send writes outside it.
 */
export function folderInside(setting: string): string {
  return setting
    .trim()
    .split(/[\\/]+/)
    .filter((s) => s && s !== '.' && s !== '..')
    .join('/');
}
