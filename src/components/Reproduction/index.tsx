/** Placeholder until the troubleshooting catalog lands (issue 6). */
export interface ReproductionProps {
  entry: string;
}

export default function Reproduction(_props: ReproductionProps): null {
  return null;
}
