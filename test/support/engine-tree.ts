/**
 * Chromium's own accessibility tree, through the test runner's `accessibility-snapshot` command:
 * what the browser hands assistive technology. Firefox gives none to the runner (`null`).
 */
import { executeServerCommand } from '@web/test-runner-commands';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A node of the browser's own accessibility tree (Chromium), as the test runner gives it. */
export interface EngineNode {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  disabled?: boolean;
  invalid?: string;
  focused?: boolean;
  checked?: boolean | 'mixed';
  children?: EngineNode[];
}

/** Chromium's accessibility tree of the whole page; `null` in a browser without one to give. */
export async function engineTree(): Promise<EngineNode | null> {
  const answer = await executeServerCommand<{ tree: EngineNode | null }, Record<string, never>>(
    'accessibility-snapshot',
    {},
  );
  return answer?.tree ?? null;
}

/** Every node of `tree`, depth first. */
export function* nodesOf(tree: EngineNode): Generator<EngineNode> {
  yield tree;
  for (const child of tree.children ?? []) yield* nodesOf(child);
}

/** The node of Chromium's tree with `role` and `name`; `null` when there is no tree to look in. */
export async function engineNode(role: string, name: string | RegExp): Promise<EngineNode | null> {
  const tree = await engineTree();
  if (!tree) return null;
  const found = [...nodesOf(tree)].filter(
    (node) =>
      node.role === role &&
      (typeof name === 'string' ? node.name === name : name.test(node.name ?? '')),
  );
  if (found.length !== 1)
    throw new Error(`${found.length} ${role} nodes named ${String(name)} in the browser's tree`);
  return found[0]!;
}

/** The text Chromium's tree gives, its static text joined as one string. */
export const engineText = (tree: EngineNode) =>
  squash(
    [...nodesOf(tree)]
      .filter((node) => node.role === 'StaticText' || node.role === 'text')
      .map((node) => node.name ?? '')
      .join(' '),
  );
