import { useState } from 'react';

/**
 * A change the user starts (a button, a form): busy while it runs, its error if it fails, and the
 * message it answers to announce if it succeeds; `done` runs after a success. `run` resolves to
 * whether it succeeded, so a form can clear itself.
 */
export function useAction(done?: (note: string) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const message = await work();
      setNote(message);
      done?.(message);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, note, run, setError };
}

/** The message of a change that succeeded, announced to screen readers. */
export function OkNote({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <p className="notice notice-ok" role="status">
      {note}
    </p>
  );
}
