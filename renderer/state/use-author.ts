/**
 * The researcher's name, recorded on every highlight, claim and link. The first annotation
 * action asks for it (once per computer: it is a preference, not part of the project).
 */
import { useCallback, useRef, useState } from 'react';
import type { AppError } from '../../shared/result.js';
import { useCall } from './backend.js';
import { useBackendRead } from './use-backend-read.js';

/** What useAuthor returns. */
export interface AuthorState {
  /** The name, null when not set yet, undefined while loading. */
  name: string | null | undefined;
  /** True while the name dialog should be shown. */
  asking: boolean;
  /** Resolves true when a name is known (asking first if needed), false if the researcher declined. */
  ensure(): Promise<boolean>;
  /** Answers the dialog: saves the name, or (null) declines; returns an error to show in the dialog. */
  answer(name: string | null): Promise<AppError | null>;
}

/** Loads the author name and asks for it when an action needs it. */
export function useAuthor(): AuthorState {
  const call = useCall();
  const [name, setName] = useState<string | null | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const known = useRef<string | null | undefined>(undefined);
  const waiting = useRef<Array<(ok: boolean) => void>>([]);
  const learn = useCallback((value: string | null) => {
    known.current = value;
    setName(value);
  }, []);

  // Unreadable preferences count as no name yet: the first action asks for one.
  useBackendRead('prefs.get', { args: {}, onValue: (p) => learn(p.authorName), onError: () => learn(null) });

  const ensure = useCallback(async () => {
    if (known.current === undefined) {
      const r = await call('prefs.get', {});
      learn(r.ok ? r.value.authorName : null);
    }
    if (known.current) return true;
    setAsking(true);
    return new Promise<boolean>((resolve) => waiting.current.push(resolve));
  }, [call, learn]);

  const answer = useCallback(
    async (value: string | null) => {
      let ok = false;
      if (value !== null) {
        const r = await call('prefs.setAuthorName', { name: value });
        if (!r.ok) return r.error;
        learn(r.value.authorName);
        ok = true;
      }
      setAsking(false);
      const resolvers = waiting.current;
      waiting.current = [];
      for (const resolve of resolvers) resolve(ok);
      return null;
    },
    [call, learn],
  );

  return { name, asking, ensure, answer };
}
