import fc from 'fast-check';

/**
 * Property tests draw new inputs on every run, so a developer's runs keep exploring. Where
 * `CI` is set they draw the same inputs every time (FC_SEED picks others), so that the check
 * that gates a change does not pass or fail by chance; a failure prints its seed and path,
 * and FC_SEED with that seed replays it anywhere.
 */
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261201' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
