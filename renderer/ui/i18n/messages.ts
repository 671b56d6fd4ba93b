import type { vi } from './vi.ts';

/** The shape of vi.ts with every text widened to string: another language must have exactly the same keys. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Messages = Shape<typeof vi>;
