import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Every tag with a dash is a custom element, not a Vue component to resolve.
export default defineConfig({
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } }),
  ],
  clearScreen: false,
});
