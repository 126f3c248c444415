/** Where the analyzer writes its view of every source file, and the shared steps' manifest: outside dist/, never shipped. */
export const cacheDir = 'node_modules/.cache/two-factor-recovery';
export const analyzerOutput = `${cacheDir}/custom-elements.json`;
export const sharedStepsManifest = `${cacheDir}/shared-steps.json`;
