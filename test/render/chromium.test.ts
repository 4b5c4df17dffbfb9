import { describe, expect, it } from 'vitest';
import { chosenChromium, chromiumCandidates, findChromium } from '../../src/render/chromium.js';
import { word } from '../../src/i18n/catalogue.js';
import { ChromiumNotFoundError } from '../../src/render/errors.js';

describe('where agendum looks for Chrome, Chromium or Edge', () => {
  it('on Linux: the usual names in each PATH folder, then the snap and vendor folders', () => {
    const candidates = chromiumCandidates('linux', { PATH: '/usr/local/bin:/usr/bin:relative/bin:' });
    expect(candidates.slice(0, 4)).toEqual(['/usr/local/bin/chromium', '/usr/bin/chromium', '/usr/local/bin/chromium-browser', '/usr/bin/chromium-browser']);
    for (const name of ['google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable']) expect(candidates).toContain(`/usr/bin/${name}`);
    expect(candidates.slice(-3)).toEqual(['/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge']);
    // A relative or empty PATH entry would depend on the current folder: it is not searched.
    expect(candidates.some((candidate) => candidate.startsWith('relative') || !candidate.startsWith('/'))).toBe(false);
  });

  it('on Linux without PATH: the shell\'s default search path', () => {
    expect(chromiumCandidates('linux', {})).toContain('/usr/bin/chromium');
    expect(chromiumCandidates('freebsd', {})).toContain('/usr/local/bin/chromium');
  });

  it('on macOS: the applications in /Applications, then in ~/Applications', () => {
    expect(chromiumCandidates('darwin', { HOME: '/Users/anna', PATH: '/usr/bin' })).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/anna/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/anna/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Users/anna/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
    expect(chromiumCandidates('darwin', {})).toHaveLength(3);
  });

  it('on Windows: the local application data and both programs folders, whatever the case of the variables', () => {
    const candidates = chromiumCandidates('win32', {
      LocalAppData: 'C:\\Users\\anna\\AppData\\Local',
      ProgramFiles: 'D:\\Programs',
      'ProgramFiles(x86)': 'D:\\Programs (x86)',
      ProgramW6432: 'D:\\Programs',
    });
    expect(candidates).toEqual([
      'C:\\Users\\anna\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'D:\\Programs\\Google\\Chrome\\Application\\chrome.exe',
      'D:\\Programs (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\anna\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe',
      'D:\\Programs\\Microsoft\\Edge\\Application\\msedge.exe',
      'D:\\Programs (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Users\\anna\\AppData\\Local\\Chromium\\Application\\chrome.exe',
      'D:\\Programs\\Chromium\\Application\\chrome.exe',
      'D:\\Programs (x86)\\Chromium\\Application\\chrome.exe',
    ]);
    // Without the variables, Windows' own folders.
    expect(chromiumCandidates('win32', {})).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('AGENDUM_CHROMIUM, or its older name CHROMIUM_PATH, is the only candidate when set', () => {
    expect(chromiumCandidates('linux', { AGENDUM_CHROMIUM: '/opt/x/chrome', CHROMIUM_PATH: '/opt/y/chrome', PATH: '/usr/bin' })).toEqual(['/opt/x/chrome']);
    expect(chromiumCandidates('darwin', { CHROMIUM_PATH: '/opt/y/chrome' })).toEqual(['/opt/y/chrome']);
    expect(chosenChromium('win32', { agendum_chromium: 'E:\\chrome.exe' })).toBe('E:\\chrome.exe');
    // Set but empty is not set.
    expect(chosenChromium('linux', { AGENDUM_CHROMIUM: '', CHROMIUM_PATH: '' })).toBeUndefined();
  });

  it('takes the first candidate that can be run', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(findChromium('linux', env, 'en', (file) => file === '/usr/bin/google-chrome' || file === '/opt/google/chrome/chrome')).toBe('/usr/bin/google-chrome');
  });

  it('names every path it tried, and how to name the browser, in English and Dutch', () => {
    const env = { PATH: '/usr/bin' };
    const tried = chromiumCandidates('linux', env);
    for (const [lang, words] of [['en', /no Chrome, Chromium or Edge found; looked for:/], ['nl', /geen Chrome, Chromium of Edge gevonden; gezocht naar:/]] as const) {
      let error: unknown;
      try {
        findChromium('linux', env, lang, () => false);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ChromiumNotFoundError);
      const { message, hint } = error as ChromiumNotFoundError;
      expect(message).toMatch(words);
      expect(message.split('\n').slice(1)).toEqual(tried.map((file) => `  ${file}`));
      expect(word(hint!, lang)).toContain('AGENDUM_CHROMIUM');
      expect((error as ChromiumNotFoundError).tried).toEqual(tried);
    }
    expect(() => findChromium('linux', { AGENDUM_CHROMIUM: '/nowhere/chrome' }, 'nl', () => false)).toThrow('kan geen PDF maken: Chromium niet gevonden op /nowhere/chrome');
  });
});
