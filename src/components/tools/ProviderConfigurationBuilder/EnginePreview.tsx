/**
 * The live preview from the engine (loaded lazily): the four screens this configuration gives,
 * drawn by the simulator's own Phone, inert, each with a caption that lists the screen and its
 * buttons so readers who do not see the drawing get the same information.
 */
import {useMemo, type ReactNode} from 'react';

import {configurationPreview, type ScenarioConfiguration} from '@site/simulator/src';

import Phone from '../../CallSimulator/Phone';
import styles from './styles.module.css';

const ignorePress = (): void => undefined;

export default function EnginePreview({
  configuration,
  iconUrl,
}: {
  configuration: ScenarioConfiguration;
  iconUrl: string | null;
}): ReactNode {
  const preview = useMemo(() => configurationPreview(configuration), [configuration]);
  return (
    <div className={styles.previewGrid} data-testid="pc-preview" data-engine="true">
      {preview.screens.map((screen) => (
        <figure
          key={screen.id}
          className={styles.previewItem}
          data-testid={`pc-preview-${screen.id}`}>
          {screen.model !== null ? (
            <div className={styles.phoneFrame} inert aria-hidden="true">
              <Phone
                model={screen.model}
                onPress={ignorePress}
                now={screen.now}
                appIconMask={iconUrl ?? undefined}
              />
            </div>
          ) : null}
          <figcaption className={styles.caption} data-testid="pc-preview-caption">
            {screen.caption}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
