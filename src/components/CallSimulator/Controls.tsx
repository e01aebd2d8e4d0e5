import type {ReactNode} from 'react';

import {playbackSpeeds, type PlaybackSpeed} from '@site/simulator/src';

import styles from './styles.module.css';

export interface ControlsProps {
  playing: boolean;
  canStepForward: boolean;
  canStepBack: boolean;
  speed: PlaybackSpeed;
  now: number;
  endAt: number;
  position: number;
  onStep: () => void;
  onBack: () => void;
  onPlay: () => void;
  onPause: () => void;
  onReset: () => void;
  onSpeed: (speed: PlaybackSpeed) => void;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Debugger-style controls over the virtual timeline. */
export default function Controls(props: ControlsProps): ReactNode {
  const {playing, now, endAt} = props;
  const progress = endAt > 0 ? Math.min(1, now / endAt) : props.canStepForward ? 0 : 1;
  return (
    <div className={styles.controls} role="group" aria-label="Playback">
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={props.onBack}
          disabled={!props.canStepBack}>
          Back
        </button>
        {playing ? (
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={props.onPause}>
            Pause
          </button>
        ) : (
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={props.onPlay}
            disabled={!props.canStepForward}>
            Play
          </button>
        )}
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={props.onStep}
          disabled={!props.canStepForward}>
          Step
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={props.onReset}
          disabled={props.position === 0}>
          Reset
        </button>
        <label className={styles.speed}>
          Speed{' '}
          <select
            value={String(props.speed)}
            onChange={(event) => props.onSpeed(Number(event.target.value) as PlaybackSpeed)}>
            {playbackSpeeds.map((speed) => (
              <option key={speed} value={String(speed)}>
                {speed}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className={styles.progressRow}>
        <progress
          className={styles.progress}
          max={1}
          value={progress}
          aria-label={`Virtual time: ${seconds(now)} of ${seconds(endAt)}`}
        />
        <span className={styles.clock} aria-hidden="true">
          {seconds(now)} / {seconds(endAt)}
        </span>
      </div>
    </div>
  );
}
