import {isSourceKey, sourceKeys, type SourceKey} from '@site/simulator/src/data';

/**
 * Every source key cited anywhere in `data` (any `sources` array of keys, at any depth), in the
 * registry's order. Lets a page list what its generated tables cite without listing it by hand.
 */
export function collectSourceKeys(...data: readonly unknown[]): SourceKey[] {
  const found = new Set<SourceKey>();
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const item of child) {
          if (typeof item === 'string' && isSourceKey(item)) found.add(item);
        }
      } else {
        visit(child);
      }
    }
  };
  data.forEach(visit);
  return sourceKeys.filter((key) => found.has(key));
}
