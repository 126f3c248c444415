/**
 * What every demo page shares, added as Vite serves it: the head's links and scripts, the site
 * header with the current page marked, and the demo controls. A page holds only its own content.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

const pages = [
  ['/index.html', 'Home'],
  ['/sign-in.html', 'Sign in'],
  ['/account.html', 'Account'],
  ['/setup.html', 'Set up 2FA'],
  ['/admin.html', 'Admin'],
] as const;

const head: HtmlTagDescriptor[] = [
  {
    tag: 'meta',
    attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' },
    injectTo: 'head-prepend',
  },
  { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head' },
  { tag: 'link', attrs: { rel: 'stylesheet', href: '/demo.css' }, injectTo: 'head' },
  { tag: 'script', attrs: { type: 'module', src: '/dev-panel.ts' }, injectTo: 'head' },
  { tag: 'demo-dev-panel', injectTo: 'body' },
];

function siteHeader(path: string): string {
  const current = path === '/' ? '/index.html' : path;
  const links = pages.map(
    ([href, name]) =>
      `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${name}</a></li>`,
  );
  return `<header><strong>Demo site</strong><nav aria-label="Demo site"><ul>${links.join('')}</ul></nav></header>`;
}

export function demoLayout(): Plugin {
  return {
    name: 'two-factor-recovery:demo-layout',
    transformIndexHtml: (html, { path }) => ({
      html: html.replace('<demo-site-header></demo-site-header>', siteHeader(path)),
      tags: head,
    }),
  };
}
