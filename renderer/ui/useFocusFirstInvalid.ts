import { type RefObject, useEffect } from 'react';

/**
 * After a failed submit, puts the cursor in the first field marked invalid, so a keyboard user lands on the
 * problem instead of hunting for it. `failures` counts failed submits: the focus moves once per attempt, never
 * while the person is typing.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>, failures: number): void {
  useEffect(() => {
    if (failures === 0) return;
    // Password fields mark the inner input with data-invalid only; both count, in document order.
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"], input[data-invalid="true"]')?.focus();
  }, [container, failures]);
}
