import * as assert from 'assert';
import { folderInside } from '../../src/host/folderSetting';

describe('folder settings stay inside the workspace folder', () => {
  const table: Array<[string, string]> = [
    ['exports', 'exports'],
    ['.annotations', '.annotations'],
    ['out/exports/', 'out/exports'],
    ['../../home/me/.config', 'home/me/.config'],
    ['/etc', 'etc'],
    ['a/./b/../c', 'a/b/c'],
    ['..\\..\\x', 'x'],
    ['  ', ''],
  ];
  for (const [setting, folder] of table) {
    it(`${JSON.stringify(setting)} -> ${JSON.stringify(folder)}`, () => assert.strictEqual(folderInside(setting), folder));
  }
});
