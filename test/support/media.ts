import { executeServerCommand } from '@web/test-runner-commands';

export type MediaFeature = {
  name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme';
  value: string;
};

/** Emulates media features; false where the browser cannot (emulation goes through Chromium's CDP). */
export const emulateMedia = (features: MediaFeature[]) =>
  executeServerCommand<boolean, { features: MediaFeature[] }>('emulate-media-features', {
    features,
  });
