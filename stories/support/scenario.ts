/** The memory-client scenario every story takes from its args: account, latency, step-up and faults. */
import type { OperationName } from '../../src/api/contract.js';
import { createMemoryClient, type Fault, type MemoryClient } from '../../src/api/memory-client.js';
import { demoAccountNames, type DemoAccountName } from '../../src/reference/dev-api.js';

export interface ScenarioArgs {
  account: DemoAccountName;
  latencyMs: number;
  stepUpRequired: boolean;
  faults: Partial<Record<OperationName, Fault>>;
}

export const scenarioArgs: ScenarioArgs = {
  account: 'email-backup',
  latencyMs: 150,
  stepUpRequired: false,
  faults: {},
};

/** Controls of the story, not of the element: the docs list them apart, under "story". */
const story = { table: { category: 'story' } };

export const scenarioArgTypes = {
  account: {
    control: 'select',
    options: demoAccountNames,
    description: 'The demo account the memory client starts as.',
    ...story,
  },
  latencyMs: {
    control: { type: 'range', min: 0, max: 5000, step: 50 },
    description: 'How long every answer takes.',
    ...story,
  },
  stepUpRequired: {
    control: 'boolean',
    description: 'Ask "Verify it\'s you" before sensitive changes.',
    ...story,
  },
  faults: {
    control: 'object',
    description: 'Operations that fail: { operation: "network" | { code, times } }.',
    ...story,
  },
} as const;

export const clientFor = ({
  account,
  latencyMs,
  stepUpRequired,
  faults,
}: ScenarioArgs): MemoryClient =>
  createMemoryClient({ account, latencyMs, stepUpRequired, faults });
