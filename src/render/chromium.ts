import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { Lang, Text } from '../core/i18n.js';
import { ChromiumNotFoundError, RENDER_MESSAGES } from './errors.js';

/** The environment variables that name the browser; the first one set wins. `CHROMIUM_PATH` is the older name. */
export const CHROMIUM_VARIABLES = ['AGENDUM_CHROMIUM', 'CHROMIUM_PATH'] as const;

type Env = Readonly<Record<string, string | undefined>>;

/** Names under which Chromium, Chrome and Edge are installed on Linux, looked up on PATH. */
const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

/** Where packages outside the PATH put them on Linux: snap, Google's and Microsoft's own packages. */
const LINUX_PATHS = ['/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];

/** The search path when PATH is not set at all, as the shell's own. */
const POSIX_DEFAULT_PATH = '/usr/local/bin:/usr/bin:/bin';

/** The application bundles of macOS, each with the executable inside it. */
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

/** The executables of Windows, below a programs folder or the user's local application data. */
const WINDOWS_PROGRAMS = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];

/** A variable of the environment; on Windows names are not case-sensitive (`ProgramFiles`, `PROGRAMFILES`). */
function variable(env: Env, name: string, platform: NodeJS.Platform): string | undefined {
  const value = env[name] ?? (platform === 'win32' ? Object.entries(env).find(([key]) => key.toUpperCase() === name.toUpperCase())?.[1] : undefined);
  return value === '' ? undefined : value;
}

/** The browser the environment names (`AGENDUM_CHROMIUM`, or `CHROMIUM_PATH`), if it names one. */
export function chosenChromium(platform: NodeJS.Platform, env: Env): string | undefined {
  for (const name of CHROMIUM_VARIABLES) {
    const value = variable(env, name, platform);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Every place a Chrome, Chromium or Edge may be, in the order they are tried, for a platform
 * and environment: on Linux the usual names on PATH, then the snap and vendor folders; on macOS
 * the applications in /Applications and ~/Applications; on Windows the programs folders and the
 * user's local application data. A browser named in the environment is the only candidate.
 */
export function chromiumCandidates(platform: NodeJS.Platform, env: Env): string[] {
  const chosen = chosenChromium(platform, env);
  if (chosen !== undefined) return [chosen];
  const candidates: string[] = [];
  if (platform === 'win32') {
    const folders = [
      variable(env, 'LOCALAPPDATA', platform),
      variable(env, 'PROGRAMFILES', platform) ?? 'C:\\Program Files',
      variable(env, 'ProgramW6432', platform),
      variable(env, 'PROGRAMFILES(X86)', platform) ?? 'C:\\Program Files (x86)',
    ];
    for (const program of WINDOWS_PROGRAMS) {
      for (const folder of folders) if (folder !== undefined) candidates.push(path.win32.join(folder, program));
    }
  } else if (platform === 'darwin') {
    const home = variable(env, 'HOME', platform);
    const folders = ['/Applications', ...(home ? [path.posix.join(home, 'Applications')] : [])];
    for (const app of MAC_APPS) for (const folder of folders) candidates.push(path.posix.join(folder, app));
  } else {
    const searchPath = variable(env, 'PATH', platform) ?? POSIX_DEFAULT_PATH;
    const folders = searchPath.split(':').filter((folder) => path.posix.isAbsolute(folder));
    for (const name of LINUX_NAMES) for (const folder of folders) candidates.push(path.posix.join(folder, name));
    candidates.push(...LINUX_PATHS);
  }
  return [...new Set(candidates)];
}

/** Whether a path is a file this process may run. */
export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print PDFs with: the first candidate that can be run. When there is none,
 * a ChromiumNotFoundError in the chosen language names every path tried and how to name the
 * browser with `AGENDUM_CHROMIUM`.
 */
export function findChromium(platform: NodeJS.Platform, env: Env, lang: Lang = 'en', isExecutable: (file: string) => boolean = isExecutableFile): string {
  const candidates = chromiumCandidates(platform, env);
  const found = candidates.find((candidate) => isExecutable(candidate));
  if (found !== undefined) return found;
  // The one browser the environment names is there but cannot be run: say why.
  const [only] = candidates;
  const cause = candidates.length === 1 && only !== undefined ? unusableCause(only) : undefined;
  throw new ChromiumNotFoundError(candidates, cause, lang);
}

/** Why a path that is there is no browser to run (a folder, a file without permission to run it); nothing when it is not there. */
function unusableCause(file: string): Text | undefined {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    return undefined;
  }
  if (!isFile) return RENDER_MESSAGES.text('chromiumNotFile');
  try {
    accessSync(file, constants.X_OK);
    return undefined;
  } catch {
    return RENDER_MESSAGES.text('chromiumNotExecutable');
  }
}
