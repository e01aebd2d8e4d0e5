import {useRef, useState, type MouseEvent, type PointerEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import type {PhoneControl, StepEvent} from '@site/simulator/src';

import styles from './Phone.module.css';

/** How far (as a share of the knob's travel) a drag must go before letting go answers. */
const answerThreshold = 0.7;
/** A pointer that moves less than this many pixels is a tap, not a drag. */
const dragSlop = 4;

interface Drag {
  pointerId: number;
  startX: number;
  travel: number;
  offset: number;
  moved: boolean;
}

interface SlideToAnswerProps {
  control: PhoneControl;
  onPress: (event: StepEvent) => void;
}

/**
 * The lock screen's "slide to answer": a real button (click, Enter and Space press it), drawn as
 * the iOS track with a knob. Dragging the knob past 70 % of its travel and letting go presses it
 * too; letting go earlier springs the knob back.
 */
export default function SlideToAnswer({control, onPress}: SlideToAnswerProps): ReactNode {
  const knobRef = useRef<HTMLSpanElement>(null);
  const drag = useRef<Drag | null>(null);
  const swallowClick = useRef(false);
  const [offset, setOffset] = useState(0);
  const [dragging, setDragging] = useState(false);
  const inert = control.inert !== undefined;

  const press = (): void => {
    if (control.event && !inert) onPress(control.event);
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>): void => {
    swallowClick.current = false;
    const knob = knobRef.current;
    if (inert || event.button !== 0 || !knob || !knob.contains(event.target as Node)) return;
    const track = event.currentTarget;
    const inset = knob.offsetLeft;
    drag.current = {
      pointerId: event.pointerId,
      startX: event.clientX,
      travel: Math.max(1, track.clientWidth - knob.offsetWidth - 2 * inset),
      offset: 0,
      moved: false,
    };
    track.setPointerCapture(event.pointerId);
    setDragging(true);
  };

  const onPointerMove = (event: PointerEvent<HTMLButtonElement>): void => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    const dx = event.clientX - current.startX;
    if (Math.abs(dx) > dragSlop) current.moved = true;
    current.offset = Math.min(current.travel, Math.max(0, dx));
    setOffset(current.offset);
  };

  const finish = (event: PointerEvent<HTMLButtonElement>, cancelled: boolean): void => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    drag.current = null;
    setDragging(false);
    if (!current.moved) {
      setOffset(0);
      return;
    }
    // A drag is not a tap: the click that follows the pointerup must not press the button again.
    swallowClick.current = true;
    if (!cancelled && current.offset >= answerThreshold * current.travel) {
      setOffset(current.travel);
      press();
    } else {
      setOffset(0);
    }
  };

  const onClick = (event: MouseEvent<HTMLButtonElement>): void => {
    // detail 0: a keyboard press (Enter, Space), never swallowed.
    if (swallowClick.current && event.detail !== 0) {
      swallowClick.current = false;
      return;
    }
    swallowClick.current = false;
    press();
  };

  return (
    <button
      type="button"
      className={clsx(styles.slideTrack, dragging && styles.slideDragging)}
      data-control={control.id}
      aria-disabled={inert ? 'true' : undefined}
      title={control.inert}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(event) => finish(event, false)}
      onPointerCancel={(event) => finish(event, true)}
      onClick={onClick}>
      <span
        ref={knobRef}
        className={styles.slideKnob}
        style={{transform: `translateX(${offset}px)`}}
        aria-hidden="true">
        <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
          <path
            fill="currentColor"
            d="M6.62 10.79a15.1 15.1 0 0 0 6.59 6.59l2.2-2.2a1 1 0 0 1 1.02-.24c1.12.37 2.33.57 3.57.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1.02z"
          />
        </svg>
      </span>
      <span className={styles.slideLabel} style={{opacity: offset > 0 ? 0.35 : undefined}}>
        {control.name}
      </span>
    </button>
  );
}
