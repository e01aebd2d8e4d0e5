import type {ReactNode} from 'react';
import type {Confidence, Provenance} from '@site/simulator/src/data';

import ConfidenceBadge from './ConfidenceBadge';
import SourceList from './SourceList';

/** A confidence badge followed by its sources: `DOC A23, H4`. Usable in tables and in prose. */
export default function Tag({
  level,
  sources = [],
}: {
  level: Confidence;
  sources?: readonly string[];
}): ReactNode {
  return (
    <span>
      <ConfidenceBadge tag={level} />
      {sources.length > 0 ? ' ' : null}
      <SourceList keys={sources} />
    </span>
  );
}

/** The same for a `Provenance` object from the vocabulary. */
export function ProvenanceTag({provenance}: {provenance: Provenance}): ReactNode {
  return <Tag level={provenance.confidence} sources={provenance.sources} />;
}
