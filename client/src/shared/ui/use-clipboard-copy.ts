import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `value` to the clipboard on demand and remembers whether the last attempt worked. */
export function useClipboardCopy(value: string): [CopyState, () => Promise<void>] {
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return [copyState, copy];
}
