/**
 * The researcher's name, recorded on every highlight, claim, link and rating. The first
 * annotation action asks for it (once per computer: it is a preference, not part of the
 * project); the header shows it and changes it. The backend keeps it per window once read.
 */
import { createContext, useCallback, useContext, useRef, useState } from 'react';
import type { AppError } from '../../shared/result.js';
import { useCall } from './backend.js';
import { useBackendRead } from './use-backend-read.js';

/** What useAuthor returns. */
export interface AuthorState {
  /** The name, null when not set yet, undefined while loading. */
  name: string | null | undefined;
  /** True while the name dialog should be shown. */
  asking: boolean;
  /** The dialog is open to change a name already given (from the header), not for a first annotation. */
  changing: boolean;
  /** Opens the name dialog to change the name. */
  change(): void;
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
  const [changing, setChanging] = useState(false);
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

  const change = useCallback(() => {
    setChanging(true);
    setAsking(true);
  }, []);

  const answer = useCallback(
    async (value: string | null) => {
      if (value !== null) {
        const r = await call('prefs.setAuthorName', { name: value });
        if (!r.ok) return r.error;
        learn(r.value.authorName);
      }
      setAsking(false);
      setChanging(false);
      // Declining a change keeps the name given before; declining the first ask stops the action.
      const ok = !!known.current;
      const resolvers = waiting.current;
      waiting.current = [];
      for (const resolve of resolvers) resolve(ok);
      return null;
    },
    [call, learn],
  );

  return { name, asking, changing, change, ensure, answer };
}

/** The window's author state, provided by the workspace (<WorkbenchProvider>). */
export const AuthorContext = createContext<AuthorState | null>(null);

/** The author state, or null outside an open project. */
export function useAuthorOrNull(): AuthorState | null {
  return useContext(AuthorContext);
}
