import { executeServerCommand } from '@web/test-runner-commands';

export type MediaFeature = {
  name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme';
  value: string;
};

/** Emulates media features, and print media; false where the browser cannot (this goes through Chromium's CDP). */
export const emulateMedia = (features: MediaFeature[], media?: 'print') =>
  executeServerCommand<boolean, { features: MediaFeature[]; media?: 'print' }>(
    'emulate-media-features',
    {
      features,
      media,
    },
  );
