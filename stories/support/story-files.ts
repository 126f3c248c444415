/** Every `stories/**\/*.stories.ts` file, for the tools that go through all of them. */
import { readdirSync } from 'node:fs';

export function storyFiles(dir = 'stories'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? storyFiles(path) : path.endsWith('.stories.ts') ? [path] : [];
  });
}
