import { useState } from 'react';

/**
 * Shows what the user just chose until its source catches up, then follows the source again.
 *
 * A control bound to the URL otherwise snaps back for a moment: the router applies the new URL after the
 * click, not during it. When the source changes on its own (back, forward, a link), that value wins.
 */
export function useChosenValue<T>(source: T): [T, (chosen: T) => void] {
  const [state, setState] = useState({ source, shown: source });
  const choose = (chosen: T) => {
    setState({ source, shown: chosen });
  };
  if (!Object.is(state.source, source)) {
    setState({ source, shown: source });
    return [source, choose];
  }
  return [state.shown, choose];
}
