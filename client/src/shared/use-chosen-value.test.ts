import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useChosenValue } from './use-chosen-value';

/** Renders the hook over a source of `false` and chooses `true`, as a click on a toggle would. */
function renderAfterChoosingTrue() {
  const hook = renderHook(({ source }) => useChosenValue(source), {
    initialProps: { source: false },
  });
  act(() => {
    hook.result.current[1](true);
  });
  return hook;
}

describe('useChosenValue', () => {
  it('shows a choice at once, before the source has it', () => {
    const { result } = renderAfterChoosingTrue();
    expect(result.current[0]).toBe(true);
  });

  it('follows the source when the source catches up with the choice', () => {
    const { result, rerender } = renderAfterChoosingTrue();
    rerender({ source: true });
    expect(result.current[0]).toBe(true);
  });

  it('lets a later change of the source win over an earlier choice', () => {
    const { result, rerender } = renderAfterChoosingTrue();
    rerender({ source: true });
    rerender({ source: false });
    expect(result.current[0]).toBe(false);
  });
});
