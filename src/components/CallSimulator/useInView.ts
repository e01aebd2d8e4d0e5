import {useEffect, useRef, useState, type RefObject} from 'react';

const canObserve = (): boolean => typeof IntersectionObserver !== 'undefined';

/**
 * True once the element has come near the viewport (and stays true): heavy parts mount only then.
 * Without IntersectionObserver (old browsers) it reports true at once.
 */
export function useInView<T extends Element>(rootMargin = '200px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element || !canObserve()) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      {rootMargin},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, rootMargin]);
  return [ref, seen || (typeof window !== 'undefined' && !canObserve())];
}
