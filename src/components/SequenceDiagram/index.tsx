/** Placeholder until the build-time sequence diagram lands (issue 6). */
export interface SequenceDiagramProps {
  scenario: string;
  whatIf?: string;
  caption?: string;
}

export default function SequenceDiagram(_props: SequenceDiagramProps): null {
  return null;
}
