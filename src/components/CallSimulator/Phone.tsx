import {useEffect, useId, useRef, useState, type ReactNode, type Ref} from 'react';
import clsx from 'clsx';
import {
  dtmfEvent,
  keypadDigits,
  type PhoneControl,
  type PhoneControlId,
  type PhoneLine,
  type PhoneModel,
  type StepEvent,
} from '@site/simulator/src';

import SlideToAnswer from './SlideToAnswer';
import {templateMaskStyle} from './templateMask';
import styles from './Phone.module.css';

export interface PhoneProps {
  /** What the phone shows, from phoneModel(snapshot, scenario). */
  model: PhoneModel;
  /** Sends a control's event to the engine. */
  onPress: (event: StepEvent) => void;
  /** Virtual milliseconds since the start of the run; drives the clock (9:41 plus elapsed minutes). */
  now: number;
  /**
   * Optional image URL for the in-call app button's glyph, drawn as iOS draws
   * iconTemplateImageData: only its alpha channel, in white (a CSS mask). Default: the drawn glyph.
   */
  appIconMask?: string;
}

type Press = (event: StepEvent) => void;

// ---------------------------------------------------------------------------------------------
// Small pieces
// ---------------------------------------------------------------------------------------------

const clockStartMinutes = 9 * 60 + 41;

/** The status-bar clock: 9:41 when the run starts, plus the virtual minutes since. */
function clockText(now: number): string {
  const total = clockStartMinutes + Math.floor(Math.max(0, now) / 60_000);
  const hours = Math.floor(total / 60) % 24;
  const minutes = total % 60;
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes).padStart(2, '0')}`;
}

const lockScreenDate = 'Monday, June 9';

type IconName =
  | 'phone'
  | 'hangUp'
  | 'mute'
  | 'keypad'
  | 'speaker'
  | 'hold'
  | 'merge'
  | 'app'
  | 'lock'
  | 'flashlight'
  | 'camera'
  | 'message'
  | 'compass'
  | 'music'
  | 'mail'
  | 'gear'
  | 'photo'
  | 'clock';

const handset =
  'M6.62 10.79a15.1 15.1 0 0 0 6.59 6.59l2.2-2.2a1 1 0 0 1 1.02-.24c1.12.37 2.33.57 3.57.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1.02z';

const iconPaths: Readonly<Record<IconName, ReactNode>> = {
  phone: <path d={handset} />,
  hangUp: <path d={handset} transform="rotate(135 12 12)" />,
  mute: (
    <path d="M19 11h-1.7c0 .74-.16 1.43-.43 2.05l1.23 1.23A6.6 6.6 0 0 0 19 11zm-4.02.17V5a3 3 0 0 0-6 0v.18zM4.27 3 3 4.27l6.01 6.01V11a3 3 0 0 0 3.64 2.92l1.66 1.66a5.5 5.5 0 0 1-2.31.52c-2.76 0-5.3-2.1-5.3-5.1H5c0 3.41 2.72 6.23 6 6.72V21h2v-3.28a6.8 6.8 0 0 0 2.54-.9L19.73 21 21 19.73z" />
  ),
  keypad: (
    <g>
      {[4, 10, 16].flatMap((cy) =>
        [6, 12, 18].map((cx) => <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="2.2" />),
      )}
      <circle cx="12" cy="22" r="2.2" />
    </g>
  ),
  speaker: (
    <path d="M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.5 4.5 0 0 0 16.5 12zM14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23z" />
  ),
  hold: <path d="M6 19h4V5H6zm8-14v14h4V5z" />,
  merge: (
    <path d="m17 20.41 1.41-1.41L15 15.59 13.59 17zM7.5 8H11v5.59L5.59 19 7 20.41l6-6V8h3.5L12 3.5z" />
  ),
  app: <path d="M4 4h7v7H4zm9 0h7v7h-7zM4 13h7v7H4zm9 0h7v7h-7z" />,
  lock: (
    <path d="M18 9h-1V7A5 5 0 0 0 7 7v2H6a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-9a2 2 0 0 0-2-2zM9 7a3 3 0 0 1 6 0v2H9z" />
  ),
  flashlight: <path d="M8 2h8v4l-2.5 3.5V22h-3V9.5L8 6z" />,
  camera: (
    <path
      fillRule="evenodd"
      d="M9 4 7.5 6H4a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-3.5L15 4zm3 4.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9z"
    />
  ),
  message: (
    <path d="M12 3C6.5 3 2 6.6 2 11c0 2.4 1.3 4.6 3.4 6.1L4.5 21l4.1-2.2c1.1.3 2.2.4 3.4.4 5.5 0 10-3.6 10-8.1S17.5 3 12 3z" />
  ),
  compass: (
    <path
      fillRule="evenodd"
      d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm4.5 3.5-3 6-6 3 3-6z"
    />
  ),
  music: <path d="M12 3v10.55A4 4 0 1 0 14 17V7h4V3z" />,
  mail: (
    <path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.2V17h16V7.2l-8 5.3z" />
  ),
  gear: (
    <path
      fillRule="evenodd"
      d="M10.3 2h3.4l.5 2.6 1.8.8 2.2-1.5 2.4 2.4-1.5 2.2.8 1.8 2.6.5v3.4l-2.6.5-.8 1.8 1.5 2.2-2.4 2.4-2.2-1.5-1.8.8-.5 2.6h-3.4l-.5-2.6-1.8-.8-2.2 1.5-2.4-2.4 1.5-2.2-.8-1.8L2 13.7v-3.4l2.6-.5.8-1.8-1.5-2.2 2.4-2.4 2.2 1.5 1.8-.8zM12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z"
    />
  ),
  photo: (
    <path d="M12 2c1.7 0 3 1.6 3 3.6 0 .9-.3 1.7-.7 2.3 1.5-1.2 3.6-1.2 4.8.1 1.2 1.2 1.2 3.3-.1 4.8a3.6 3.6 0 0 1 0 7.2c-.9 0-1.7-.3-2.3-.7 1.2 1.5 1.2 3.6-.1 4.8-1.2 1.2-3.3 1.2-4.8-.1A3.6 3.6 0 0 1 5.6 19c.4-.6.7-1.4.7-2.3-1.5 1.2-3.6 1.2-4.8-.1-1.2-1.2-1.2-3.3.1-4.8a3.6 3.6 0 0 1 3.6-6.1C5 4.2 5 2.2 6.3 1 7.5-.2 9.6-.2 11.1 1c.3.4.6.7.9 1z" />
  ),
  clock: (
    <path
      fillRule="evenodd"
      d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm-1 4v6.4l4.3 2.6 1-1.7-3.3-2V6z"
    />
  ),
};

function Icon({name, className}: {name: IconName; className?: string}): ReactNode {
  return (
    <svg
      className={clsx(styles.icon, className)}
      viewBox="0 0 24 24"
      fill="currentColor"
      aria-hidden="true"
      focusable="false">
      {iconPaths[name]}
    </svg>
  );
}

function StatusBar({clock}: {clock: string}): ReactNode {
  return (
    <div className={styles.statusBar} aria-hidden="true">
      <span className={styles.statusTime}>{clock}</span>
      <span className={styles.island} />
      <span className={styles.statusIcons}>
        <svg viewBox="0 0 18 12" width="17" height="11" fill="currentColor" focusable="false">
          <rect x="0" y="8" width="3" height="4" rx="1" />
          <rect x="5" y="5.5" width="3" height="6.5" rx="1" />
          <rect x="10" y="3" width="3" height="9" rx="1" />
          <rect x="15" y="0" width="3" height="12" rx="1" />
        </svg>
        <svg viewBox="0 0 16 12" width="15" height="11" fill="currentColor" focusable="false">
          <path d="M8 2.2c2.3 0 4.4.9 6 2.4l1.3-1.4A10.6 10.6 0 0 0 8 .3 10.6 10.6 0 0 0 .7 3.2L2 4.6a8.6 8.6 0 0 1 6-2.4zm0 3.7c1.3 0 2.5.5 3.4 1.3l1.3-1.4A6.8 6.8 0 0 0 8 4 6.8 6.8 0 0 0 3.3 5.8l1.3 1.4c.9-.8 2.1-1.3 3.4-1.3zM8 9.6l2-2.1A3 3 0 0 0 8 7.8a3 3 0 0 0-2 .7z" />
        </svg>
        <svg viewBox="0 0 27 13" width="25" height="12" focusable="false">
          <rect
            x="0.5"
            y="0.5"
            width="22"
            height="12"
            rx="3.5"
            fill="none"
            stroke="currentColor"
            opacity="0.5"
          />
          <rect x="2" y="2" width="16" height="9" rx="2" fill="currentColor" />
          <path d="M24 4.5v4a2 2 0 0 0 0-4z" fill="currentColor" opacity="0.5" />
        </svg>
      </span>
    </div>
  );
}

/** Caller text from the scenario (user-controlled): only ever rendered as React text. */
function Caller({line, className}: {line: PhoneLine; className?: string}): ReactNode {
  return (
    <span className={clsx(styles.caller, className)} title={line.caller}>
      {line.caller}
    </span>
  );
}

/** Takes the controls a screen knows where to draw; whatever is left goes in a tray. */
function controlPicker(controls: readonly PhoneControl[]): {
  take: (id: PhoneControlId) => PhoneControl | undefined;
  rest: () => PhoneControl[];
} {
  const used = new Set<PhoneControl>();
  return {
    take: (id) => {
      const found = controls.find((control) => control.id === id && !used.has(control));
      if (found) used.add(found);
      return found;
    },
    rest: () => controls.filter((control) => !used.has(control)),
  };
}

interface ControlButtonProps {
  control: PhoneControl;
  onPress: Press;
  className?: string;
  /** Drawn content. Without `iconOnly` it must include the control's name as text. */
  children: ReactNode;
  /** Content has no text: the name goes in aria-label. */
  iconOnly?: boolean;
  /** For UI-only controls (event null): what pressing does to the drawing. */
  onActivate?: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * Every control the model gives: a real button named exactly control.name, aria-pressed for
 * toggles, and aria-disabled with a reason (tooltip and description) when inert.
 */
function ControlButton({
  control,
  onPress,
  className,
  children,
  iconOnly,
  onActivate,
  ref,
}: ControlButtonProps): ReactNode {
  const reasonId = useId();
  const inert = control.inert !== undefined;
  return (
    <>
      <button
        ref={ref}
        type="button"
        className={clsx(styles.control, inert && styles.inert, className)}
        data-control={control.id}
        aria-label={iconOnly ? control.name : undefined}
        aria-pressed={control.pressed}
        aria-disabled={inert ? 'true' : undefined}
        aria-describedby={inert ? reasonId : undefined}
        title={inert ? control.inert : iconOnly ? control.name : undefined}
        onClick={() => {
          if (inert) return;
          if (onActivate) onActivate();
          else if (control.event) onPress(control.event);
        }}>
        {children}
      </button>
      {inert ? (
        <span id={reasonId} hidden>
          {control.inert}
        </span>
      ) : null}
    </>
  );
}

type RoundTone = 'neutral' | 'accept' | 'decline' | 'split';

const toneClass: Readonly<Record<RoundTone, string | undefined>> = {
  neutral: styles.toneNeutral,
  accept: styles.toneAccept,
  decline: styles.toneDecline,
  split: styles.toneSplit,
};

/** A round iOS call button with its name written under it. */
function RoundButton({
  control,
  onPress,
  icon,
  tone = 'neutral',
  className,
  onActivate,
  ref,
  glyph,
}: {
  control: PhoneControl;
  onPress: Press;
  icon: IconName;
  tone?: RoundTone;
  className?: string;
  onActivate?: () => void;
  ref?: Ref<HTMLButtonElement>;
  /** Drawn instead of the icon (the app button's template image). */
  glyph?: ReactNode;
}): ReactNode {
  return (
    <ControlButton
      ref={ref}
      control={control}
      onPress={onPress}
      onActivate={onActivate}
      className={clsx(styles.round, control.pressed && styles.roundPressed, className)}>
      <span className={clsx(styles.roundFace, toneClass[tone])}>
        {glyph ?? <Icon name={icon} />}
      </span>
      <span className={styles.roundLabel}>{control.name}</span>
    </ControlButton>
  );
}

/** The red End call button: a round face without a caption, as on iOS. */
function EndCallButton({control, onPress}: {control: PhoneControl; onPress: Press}): ReactNode {
  return (
    <ControlButton control={control} onPress={onPress} className={styles.endCall} iconOnly>
      <span className={clsx(styles.roundFace, styles.roundFaceLarge, styles.toneDecline)}>
        <Icon name="hangUp" />
      </span>
    </ControlButton>
  );
}

/** Controls a screen has no special place for, drawn as plain pills so none is ever lost. */
function Tray({controls, onPress}: {controls: readonly PhoneControl[]; onPress: Press}): ReactNode {
  if (controls.length === 0) return null;
  return (
    <div className={styles.tray}>
      {controls.map((control) => (
        <ControlButton key={control.id} control={control} onPress={onPress} className={styles.pill}>
          <span className={styles.pillText}>{control.name}</span>
        </ControlButton>
      ))}
    </div>
  );
}

/** Calls the system shows outside the call screen (e.g. an outgoing call still starting). */
function LineChips({lines}: {lines: readonly PhoneLine[]}): ReactNode {
  if (lines.length === 0) return null;
  return (
    <ul className={styles.chips}>
      {lines.map((line) => (
        <li key={line.uuid} className={styles.chip}>
          <span className={styles.chipDot} aria-hidden="true" />
          <Caller line={line} className={styles.chipCaller} />
          <span className={styles.chipStatus}>{line.status}</span>
        </li>
      ))}
    </ul>
  );
}

function Notice({children}: {children: ReactNode}): ReactNode {
  return <p className={styles.notice}>{children}</p>;
}

// ---------------------------------------------------------------------------------------------
// Base screens: lock screen, home screen, the VoIP app's own screen
// ---------------------------------------------------------------------------------------------

interface ScreenProps {
  model: PhoneModel;
  onPress: Press;
  clock: string;
  appIconMask?: string;
}

/** The app button's glyph from an image's alpha channel, white, like iconTemplateImageData. */
function TemplateGlyph({url}: {url: string}): ReactNode {
  return (
    <span
      className={styles.templateGlyph}
      style={templateMaskStyle(url)}
      data-testid="phone-app-icon"
    />
  );
}

interface AppIconSpec {
  label: string;
  icon: IconName;
  colour: string | undefined;
}

const homeApps: readonly AppIconSpec[] = [
  {label: 'Mail', icon: 'mail', colour: styles.appBlue},
  {label: 'Clock', icon: 'clock', colour: styles.appBlack},
  {label: 'Photos', icon: 'photo', colour: styles.appWhite},
  {label: 'Camera', icon: 'camera', colour: styles.appGrey},
  {label: 'Settings', icon: 'gear', colour: styles.appGrey},
  {label: 'Music', icon: 'music', colour: styles.appRed},
  {label: 'Safari', icon: 'compass', colour: styles.appBlue},
];

const dockApps: readonly AppIconSpec[] = [
  {label: 'Phone', icon: 'phone', colour: styles.appGreen},
  {label: 'Safari', icon: 'compass', colour: styles.appBlue},
  {label: 'Messages', icon: 'message', colour: styles.appGreen},
  {label: 'Music', icon: 'music', colour: styles.appRed},
];

function AppGlyph({spec}: {spec: AppIconSpec}): ReactNode {
  return (
    <span className={clsx(styles.appGlyph, spec.colour)}>
      <Icon name={spec.icon} />
    </span>
  );
}

function VoipGlyph(): ReactNode {
  return (
    <span className={clsx(styles.appGlyph, styles.appVoip)}>
      <Icon name="phone" />
      <span className={styles.voipWaves} />
    </span>
  );
}

function HomeScreen({
  model,
  onPress,
  openApp,
  children,
}: {
  model: PhoneModel;
  onPress: Press;
  openApp: PhoneControl | undefined;
  children?: ReactNode;
}): ReactNode {
  return (
    <div className={clsx(styles.view, styles.wallpaper, styles.home)}>
      {children}
      <div className={styles.appGrid}>
        {homeApps.map((spec) => (
          <span key={spec.label} className={styles.appCell} aria-hidden="true">
            <AppGlyph spec={spec} />
            <span className={styles.appLabel}>{spec.label}</span>
          </span>
        ))}
        {openApp ? (
          <ControlButton
            control={openApp}
            onPress={onPress}
            className={clsx(styles.appCell, styles.appButton)}
            iconOnly>
            <VoipGlyph />
            <span className={styles.appLabel}>{model.appName}</span>
          </ControlButton>
        ) : (
          <span className={styles.appCell} aria-hidden="true">
            <VoipGlyph />
            <span className={styles.appLabel}>{model.appName}</span>
          </span>
        )}
      </div>
      <div className={styles.dock} aria-hidden="true">
        {dockApps.map((spec) => (
          <AppGlyph key={spec.label} spec={spec} />
        ))}
      </div>
    </div>
  );
}

function LockScreen({
  clock,
  children,
  bottom,
}: {
  clock: string;
  children?: ReactNode;
  bottom?: ReactNode;
}): ReactNode {
  return (
    <div className={clsx(styles.view, styles.wallpaper, styles.lock)}>
      <Icon name="lock" className={styles.lockGlyph} />
      <p className={styles.lockDate}>{lockScreenDate}</p>
      <p className={styles.lockTime}>{clock}</p>
      <div className={styles.lockMiddle}>{children}</div>
      {bottom ?? (
        <div className={styles.lockCorners} aria-hidden="true">
          <span className={styles.lockCorner}>
            <Icon name="flashlight" />
          </span>
          <span className={styles.lockCorner}>
            <Icon name="camera" />
          </span>
        </div>
      )}
    </div>
  );
}

function AppScreen({
  model,
  onPress,
  startCall,
  leaveApp,
  rest,
  notice,
}: {
  model: PhoneModel;
  onPress: Press;
  startCall: PhoneControl | undefined;
  leaveApp: PhoneControl | undefined;
  rest: readonly PhoneControl[];
  notice: ReactNode;
}): ReactNode {
  return (
    <div className={clsx(styles.view, styles.appScreen)}>
      <div className={styles.appHeader}>
        <VoipGlyph />
        <span className={styles.appTitle}>{model.appName}</span>
      </div>
      {notice}
      <p className={styles.appSection}>Calls</p>
      {model.lines.length > 0 ? (
        <ul className={styles.appCalls}>
          {model.lines.map((line) => (
            <li key={line.uuid} className={styles.appCall}>
              <Caller line={line} />
              <span className={styles.appCallStatus}>{line.status}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.appEmpty}>No calls right now.</p>
      )}
      <div className={styles.appActions}>
        {startCall ? (
          <ControlButton control={startCall} onPress={onPress} className={styles.dialButton}>
            <Icon name="phone" />
            <span className={styles.pillText}>{startCall.name}</span>
          </ControlButton>
        ) : null}
        {leaveApp ? (
          <ControlButton control={leaveApp} onPress={onPress} className={styles.pill}>
            <span className={styles.pillText}>{leaveApp.name}</span>
          </ControlButton>
        ) : null}
        <Tray controls={rest} onPress={onPress} />
      </div>
    </div>
  );
}

/** Home, Call ended, app terminated: what is under the call UI, with a notice on top. */
function BaseScreen({model, onPress, clock}: ScreenProps): ReactNode {
  const pick = controlPicker(model.controls);
  const notice =
    model.screen === 'ended' ? (
      <Notice>
        <Icon name="hangUp" className={styles.noticeIcon} />
        Call ended
      </Notice>
    ) : model.screen === 'appTerminated' ? (
      <Notice>{model.appName} was terminated</Notice>
    ) : null;

  if (model.locked) {
    const rest = pick.rest();
    return (
      <LockScreen
        clock={clock}
        bottom={rest.length > 0 ? <Tray controls={rest} onPress={onPress} /> : undefined}>
        {notice}
        <LineChips lines={model.lines} />
      </LockScreen>
    );
  }
  const startCall = pick.take('startCall');
  const leaveApp = pick.take('leaveApp');
  if (startCall || leaveApp) {
    return (
      <AppScreen
        model={model}
        onPress={onPress}
        startCall={startCall}
        leaveApp={leaveApp}
        rest={pick.rest()}
        notice={notice}
      />
    );
  }
  const openApp = pick.take('openApp');
  return (
    <HomeScreen model={model} onPress={onPress} openApp={openApp}>
      {notice}
      <LineChips lines={model.lines} />
      <Tray controls={pick.rest()} onPress={onPress} />
    </HomeScreen>
  );
}

// ---------------------------------------------------------------------------------------------
// Incoming call screens
// ---------------------------------------------------------------------------------------------

function IncomingHeader({model}: {model: PhoneModel}): ReactNode {
  const [line] = model.lines;
  if (!line) return null;
  return (
    <div className={styles.callHeader}>
      <Caller line={line} className={styles.callerLarge} />
      <span className={styles.callSub}>{model.appName}</span>
      <span className={styles.callStatus}>{line.status}</span>
    </div>
  );
}

function LockScreenIncoming({model, onPress, clock}: ScreenProps): ReactNode {
  const pick = controlPicker(model.controls);
  const slide = pick.take('slideToAnswer');
  const rest = pick.rest();
  return (
    <div className={clsx(styles.view, styles.wallpaper, styles.incoming)}>
      <div className={styles.incomingTop}>
        <Icon name="lock" className={styles.lockGlyphSmall} />
        <span className={styles.incomingClock} aria-hidden="true">
          {clock}
        </span>
      </div>
      <IncomingHeader model={model} />
      <div className={styles.spacer} />
      <Tray controls={rest} onPress={onPress} />
      {slide ? <SlideToAnswer control={slide} onPress={onPress} /> : null}
    </div>
  );
}

/** The banner's small round Decline and Accept buttons. */
function BannerButton({
  control,
  onPress,
  tone,
  icon,
}: {
  control: PhoneControl;
  onPress: (event: StepEvent) => void;
  tone: string | undefined;
  icon: 'hangUp' | 'phone';
}): ReactNode {
  return (
    <ControlButton control={control} onPress={onPress} className={styles.bannerButton} iconOnly>
      <span className={clsx(styles.roundFace, styles.roundFaceSmall, tone)}>
        <Icon name={icon} />
      </span>
    </ControlButton>
  );
}

function FullScreenIncoming({model, onPress}: ScreenProps): ReactNode {
  const pick = controlPicker(model.controls);
  const decline = pick.take('decline');
  const accept = pick.take('accept');
  return (
    <div className={clsx(styles.view, styles.callScreen, styles.incoming)}>
      <IncomingHeader model={model} />
      <div className={styles.spacer} />
      <Tray controls={pick.rest()} onPress={onPress} />
      <div className={styles.answerRow}>
        {decline ? (
          <RoundButton control={decline} onPress={onPress} icon="hangUp" tone="decline" />
        ) : (
          <span />
        )}
        {accept ? (
          <RoundButton control={accept} onPress={onPress} icon="phone" tone="accept" />
        ) : null}
      </div>
    </div>
  );
}

function BannerIncoming({model, onPress}: ScreenProps): ReactNode {
  const pick = controlPicker(model.controls);
  const decline = pick.take('decline');
  const accept = pick.take('accept');
  const [line] = model.lines;
  const rest = pick.rest();
  const underneath: PhoneModel = {...model, controls: [], lines: []};
  return (
    <div className={styles.bannerStage}>
      <HomeScreen model={underneath} onPress={onPress} openApp={undefined} />
      <div className={styles.banner}>
        <VoipGlyph />
        <div className={styles.bannerText}>
          {line ? <Caller line={line} className={styles.bannerCaller} /> : null}
          <span className={styles.bannerSub}>{model.appName}</span>
        </div>
        {decline ? (
          <BannerButton
            control={decline}
            onPress={onPress}
            tone={styles.toneDecline}
            icon="hangUp"
          />
        ) : null}
        {accept ? (
          <BannerButton control={accept} onPress={onPress} tone={styles.toneAccept} icon="phone" />
        ) : null}
      </div>
      {rest.length > 0 ? (
        <div className={styles.bannerTray}>
          <Tray controls={rest} onPress={onPress} />
        </div>
      ) : null}
    </div>
  );
}

function CallWaiting({model, onPress}: ScreenProps): ReactNode {
  const pick = controlPicker(model.controls);
  const endAndAccept = pick.take('endAndAccept');
  const holdAndAccept = pick.take('holdAndAccept');
  const decline = pick.take('decline');
  const [incoming, ...others] = model.lines;
  return (
    <div className={clsx(styles.view, styles.callScreen, styles.incoming)}>
      {incoming ? (
        <div className={styles.callHeader}>
          <Caller line={incoming} className={styles.callerLarge} />
          <span className={styles.callStatus}>{incoming.status}</span>
        </div>
      ) : null}
      {others.length > 0 ? (
        <ul className={styles.otherCalls}>
          {others.map((line) => (
            <li key={line.uuid} className={styles.otherCall}>
              <Caller line={line} />
              <span className={styles.otherStatus}>{line.status}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.spacer} />
      <div className={styles.waitingStack}>
        {endAndAccept ? (
          <RoundButton control={endAndAccept} onPress={onPress} icon="phone" tone="split" />
        ) : null}
        {holdAndAccept ? (
          <RoundButton control={holdAndAccept} onPress={onPress} icon="hold" tone="accept" />
        ) : null}
        {decline ? (
          <RoundButton control={decline} onPress={onPress} icon="hangUp" tone="decline" />
        ) : null}
      </div>
      <Tray controls={pick.rest()} onPress={onPress} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Call screen: connecting and in call
// ---------------------------------------------------------------------------------------------

const gridIcons: ReadonlyArray<readonly [PhoneControlId, IconName]> = [
  ['mute', 'mute'],
  ['keypad', 'keypad'],
  ['speaker', 'speaker'],
  ['hold', 'hold'],
  ['merge', 'merge'],
  ['openApp', 'app'],
];

function CallHeader({lines}: {lines: readonly PhoneLine[]}): ReactNode {
  const [main, ...others] = lines;
  return (
    <>
      {others.length > 0 ? (
        <ul className={styles.otherCalls}>
          {others.map((line) => (
            <li key={line.uuid} className={styles.otherCall}>
              <Caller line={line} />
              <span className={styles.otherStatus}>{line.status}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {main ? (
        <div className={styles.callHeader}>
          <Caller line={main} className={styles.callerLarge} />
          <span className={styles.callStatus}>{main.status}</span>
        </div>
      ) : null}
    </>
  );
}

/** Decorative: the button grid iOS shows, greyed, while the call is still connecting. */
function GhostGrid(): ReactNode {
  return (
    <div className={clsx(styles.grid, styles.ghostGrid)} aria-hidden="true">
      {gridIcons.map(([id, icon]) => (
        <span key={id} className={styles.round}>
          <span className={clsx(styles.roundFace, styles.toneNeutral)}>
            <Icon name={icon} />
          </span>
        </span>
      ))}
    </div>
  );
}

function Connecting({model, onPress}: ScreenProps): ReactNode {
  const pick = controlPicker(model.controls);
  const endCall = pick.take('endCall');
  return (
    <div className={clsx(styles.view, styles.callScreen)}>
      <CallHeader lines={model.lines} />
      <div className={styles.spacer} />
      <GhostGrid />
      <Tray controls={pick.rest()} onPress={onPress} />
      <div className={styles.endRow}>
        <span />
        {endCall ? <EndCallButton control={endCall} onPress={onPress} /> : <span />}
        <span />
      </div>
    </div>
  );
}

function InCall({model, onPress, appIconMask}: ScreenProps): ReactNode {
  const [keypadOpen, setKeypadOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const keypadButton = useRef<HTMLButtonElement>(null);
  const firstDigit = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef<'keypad' | 'digits' | null>(null);

  useEffect(() => {
    if (moveFocus.current === 'digits') firstDigit.current?.focus();
    if (moveFocus.current === 'keypad') keypadButton.current?.focus();
    moveFocus.current = null;
  }, [keypadOpen]);

  const pick = controlPicker(model.controls);
  const grid = gridIcons.flatMap(([id, icon]) => {
    const control = pick.take(id);
    return control ? [{control, icon}] : [];
  });
  const endCall = pick.take('endCall');
  const rest = pick.rest();
  const callUUID = model.lines[0]?.uuid;
  const showKeypad = keypadOpen && callUUID !== undefined;

  const toggleKeypad = (open: boolean): void => {
    moveFocus.current = open ? 'digits' : 'keypad';
    setTyped('');
    setKeypadOpen(open);
  };

  return (
    <div className={clsx(styles.view, styles.callScreen)}>
      {showKeypad ? (
        <p className={styles.typed} aria-hidden={typed === '' ? 'true' : undefined}>
          {typed === '' ? '\u00a0' : typed}
        </p>
      ) : (
        <CallHeader lines={model.lines} />
      )}
      <div className={styles.spacer} />
      {showKeypad ? (
        <div className={styles.keypad} id="phone-keypad">
          {keypadDigits.map((digit, index) => (
            <button
              key={digit}
              ref={index === 0 ? firstDigit : undefined}
              type="button"
              className={clsx(styles.control, styles.digit)}
              onClick={() => {
                setTyped((text) => (text + digit).slice(-16));
                onPress(dtmfEvent(digit, callUUID));
              }}>
              <span className={styles.digitMain}>{digit}</span>
              <span className={styles.digitLetters} aria-hidden="true">
                {digitLetters[digit]}
              </span>
            </button>
          ))}
        </div>
      ) : (
        <div className={styles.grid}>
          {grid.map(({control, icon}) => {
            const opensKeypad = control.id === 'keypad' && control.event === null;
            return (
              <RoundButton
                key={control.id}
                ref={opensKeypad ? keypadButton : undefined}
                control={control}
                onPress={onPress}
                onActivate={opensKeypad ? () => toggleKeypad(true) : undefined}
                icon={icon}
                glyph={
                  control.id === 'openApp' && appIconMask !== undefined ? (
                    <TemplateGlyph url={appIconMask} />
                  ) : undefined
                }
              />
            );
          })}
        </div>
      )}
      <Tray controls={rest} onPress={onPress} />
      <div className={styles.endRow}>
        <span />
        {endCall ? <EndCallButton control={endCall} onPress={onPress} /> : <span />}
        {showKeypad ? (
          <button
            type="button"
            className={clsx(styles.control, styles.hideKeypad)}
            onClick={() => toggleKeypad(false)}>
            Hide keypad
          </button>
        ) : (
          <span />
        )}
      </div>
    </div>
  );
}

const digitLetters: Readonly<Record<string, string>> = {
  '1': '',
  '2': 'ABC',
  '3': 'DEF',
  '4': 'GHI',
  '5': 'JKL',
  '6': 'MNO',
  '7': 'PQRS',
  '8': 'TUV',
  '9': 'WXYZ',
  '*': '',
  '0': '+',
  '#': '',
};

// ---------------------------------------------------------------------------------------------
// The phone
// ---------------------------------------------------------------------------------------------

function ScreenView(props: ScreenProps): ReactNode {
  switch (props.model.screen) {
    case 'lockScreenIncoming':
      return <LockScreenIncoming {...props} />;
    case 'bannerIncoming':
      return <BannerIncoming {...props} />;
    case 'fullScreenIncoming':
      return <FullScreenIncoming {...props} />;
    case 'callWaiting':
      return <CallWaiting {...props} />;
    case 'connecting':
      return <Connecting {...props} />;
    case 'inCall':
      return <InCall {...props} />;
    case 'home':
    case 'ended':
    case 'appTerminated':
      return <BaseScreen {...props} />;
  }
}

/**
 * The drawn iPhone of the simulator. It holds no CallKit logic: the screen, the calls and the
 * controls (with the events they send) all come from the model.
 */
export default function Phone({model, onPress, now, appIconMask}: PhoneProps): ReactNode {
  const clock = clockText(now);
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  // A press usually changes the screen, which removes the pressed button; keep keyboard focus in
  // the phone instead of letting it fall back to the top of the page.
  const press: Press = (event) => {
    refocus.current = rootRef.current?.contains(document.activeElement) ?? false;
    onPress(event);
  };
  useEffect(() => {
    const active = document.activeElement;
    if (refocus.current && (active === null || active === document.body)) {
      stageRef.current?.focus({preventScroll: true});
    }
    refocus.current = false;
  }, [model.screen]);

  return (
    <div
      ref={rootRef}
      className={styles.root}
      data-testid="phone"
      data-screen={model.screen}
      role="group"
      aria-label="Simulated iPhone">
      <div className={styles.device}>
        <span className={clsx(styles.hardware, styles.actionButton)} aria-hidden="true" />
        <span className={clsx(styles.hardware, styles.volumeUp)} aria-hidden="true" />
        <span className={clsx(styles.hardware, styles.volumeDown)} aria-hidden="true" />
        <ControlButton
          control={model.sideButton}
          onPress={press}
          className={styles.sideButton}
          iconOnly>
          <span className={styles.sideButtonFace} />
        </ControlButton>
        <div className={styles.body}>
          <div className={styles.screen}>
            <StatusBar clock={clock} />
            <div
              key={model.screen}
              ref={stageRef}
              className={styles.stage}
              tabIndex={-1}
              data-locked={model.locked ? 'true' : undefined}>
              <ScreenView model={model} onPress={press} clock={clock} appIconMask={appIconMask} />
            </div>
            <span className={styles.homeIndicator} aria-hidden="true" />
          </div>
        </div>
      </div>
      <p className={styles.sideHint} aria-hidden="true">
        Side button (right edge): {model.sideButton.name}
      </p>
      {model.footnote ? <p className={styles.footnote}>{model.footnote}</p> : null}
    </div>
  );
}
