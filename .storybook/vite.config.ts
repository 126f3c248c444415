import { defineConfig } from 'vite';

// Storybook's own Vite settings: the stories need only TypeScript with Lit's decorators (tsconfig).
export default defineConfig({});
