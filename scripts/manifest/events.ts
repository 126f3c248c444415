/** The public events of src/core/events.ts: each class, the event name it carries, its detail type. */
import { readFileSync } from 'node:fs';
import * as eventClasses from '../../src/core/events.js';
import type { EventInfo, RawManifest } from './public-api.js';

const source = 'src/core/events.ts';

export function publicEvents(raw: RawManifest): EventInfo[] {
  const text = readFileSync(source, 'utf8');
  const details = new Map(
    [...text.matchAll(/export class (\w+) extends CustomEvent<(.+?)> \{/g)].map(
      ([, className, detail]) => [className!, detail!],
    ),
  );
  const declared = raw.modules.find((module) => module.path === source)?.declarations ?? [];
  const events = Object.entries(eventClasses)
    .filter(
      (entry): entry is [string, new (detail: never) => CustomEvent] =>
        typeof entry[1] === 'function' && entry[1].prototype instanceof CustomEvent,
    )
    .map(([className, EventClass]) => {
      const detail = details.get(className);
      if (!detail) throw new Error(`${source}: no detail type found for ${className}`);
      return {
        // The one true name: what the class puts in `type` when it is made.
        name: new EventClass({} as never).type,
        className,
        detail,
        description: declared.find((d) => d.name === className)?.description ?? '',
      };
    });
  if (events.length === 0) throw new Error(`${source}: no event classes`);
  return events.sort((a, b) => a.name.localeCompare(b.name));
}
