/**
 * The preview without the engine (server build, no JavaScript, before it scrolls into view): one
 * caption per screen, from the player's phoneModel on sketched snapshots.
 */
import type {ReactNode} from 'react';

import {
  describePreviewScreen,
  previewScreens,
  sketchPreviewScreen,
} from '@site/simulator/src/tools';
import type {ScenarioConfiguration} from '@site/simulator/src/data';

import styles from './styles.module.css';

export default function StaticPreview({
  configuration,
  note,
}: {
  configuration: ScenarioConfiguration;
  note: string;
}): ReactNode {
  return (
    <div className={styles.previewGrid} data-testid="pc-preview" data-engine="false">
      <p className={styles.muted}>{note}</p>
      {previewScreens.map(({id}) => (
        <figure key={id} className={styles.previewItem} data-testid={`pc-preview-${id}`}>
          <figcaption className={styles.caption} data-testid="pc-preview-caption">
            {describePreviewScreen(id, sketchPreviewScreen(id, configuration))}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
