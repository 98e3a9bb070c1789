/**
 * Push events, validated where they are emitted. A payload that does not match the contract is
 * a bug on this side: it is reported and not sent, so the UI never receives data it would have
 * to guess about (the transports validate again on receipt).
 */
import { events, type AnyEvent, type EventName, type EventOf } from '../../shared/api.js';
import { formatIssues } from '../../shared/schemas.js';

/** Sends one event to whoever listens (IPC, HTTP event stream, nothing for the CLI). */
export type Emit = <E extends EventName>(name: E, payload: EventOf<E>) => void;

/** Wraps a raw sink with contract validation. `report` hears about refused events. */
export function validatedEmitter(sink: (event: AnyEvent) => void, report: (message: string) => void = (m) => console.error(m)): Emit {
  return (name, payload) => {
    const checked = events[name].safeParse(payload);
    if (!checked.success) {
      report(`warrant: not sending the “${name}” event, which does not match the contract (${formatIssues(checked.error)}).`);
      return;
    }
    sink({ name, payload: checked.data } as AnyEvent);
  };
}
