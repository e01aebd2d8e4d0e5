/**
 * The provider-configuration builder's live preview, from the engine: small runs of the simulator
 * with the reader's configuration, stopped at the four screens the builder shows (lock screen,
 * banner, in-call, call waiting), each turned into a phone model by phoneModel. The engine and the
 * player decide what iOS shows, so the builder holds no CallKit logic of its own.
 */
import {createSimulation} from '../engine/simulation';
import type {ScenarioConfiguration, ScenarioInput, Step} from '../scenario/types';
import {
  describePreviewScreen,
  previewHandleType,
  previewHandles,
  previewScreens,
  type PreviewScreenId,
} from '../tools/providerConfiguration/screens';
import {phoneModel, type PhoneModel} from './phone';

export interface ConfigurationPreviewScreen {
  id: PreviewScreenId;
  title: string;
  /** Null if the run never reached the screen (not expected; the page then shows the caption). */
  model: PhoneModel | null;
  /** Virtual time of the snapshot, for the phone's clock. */
  now: number;
  /** One plain sentence: the screen, the calls and every button (and the footnote). */
  caption: string;
}

export interface ConfigurationPreview {
  screens: ConfigurationPreviewScreen[];
}

/** A run is stepped at most this often while looking for its screen. */
const maxSteps = 500;

const firstUUID = 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F';
const secondUUID = '5B8C2D4E-1F3A-4B6C-9D7E-8F0A1B2C3D4E';

function push(at: number, uuid: string, handle: string, handleType: string): Step {
  return {at, event: 'server.voipPush', payload: {uuid, handle, handleType}};
}

function previewScenario(id: PreviewScreenId, configuration: ScenarioConfiguration): ScenarioInput {
  const type = previewHandleType(configuration);
  const [first, second] = previewHandles(configuration);
  const base = {
    title: `Provider configuration preview: ${id}`,
    configuration: {
      ...configuration,
      supportedHandleTypes: [...configuration.supportedHandleTypes],
    },
  };
  switch (id) {
    case 'lockScreen':
      return {
        ...base,
        device: {locked: true, appState: 'terminated'},
        steps: [push(0, firstUUID, first, type)],
      };
    case 'banner':
      return {
        ...base,
        device: {locked: false, appState: 'background', incomingCallPresentation: 'banner'},
        steps: [push(0, firstUUID, first, type)],
      };
    case 'inCall':
      return {
        ...base,
        device: {locked: false, appState: 'background', incomingCallPresentation: 'banner'},
        steps: [push(0, firstUUID, first, type), {at: 1000, event: 'user.answer'}],
      };
    case 'callWaiting':
      return {
        ...base,
        device: {locked: false, appState: 'background', incomingCallPresentation: 'banner'},
        steps: [
          push(0, firstUUID, first, type),
          {at: 1000, event: 'user.answer'},
          push(4000, secondUUID, second, type),
        ],
      };
  }
}

function runToScreen(
  id: PreviewScreenId,
  configuration: ScenarioConfiguration,
): {model: PhoneModel | null; now: number} {
  const target = previewScreens.find((screen) => screen.id === id)?.screen;
  const simulation = createSimulation(previewScenario(id, configuration));
  try {
    // The last step is the one that leads to the screen; look only once every step has run.
    const lastAt = simulation.scenario.steps[simulation.scenario.steps.length - 1]?.at ?? 0;
    for (let i = 0; i < maxSteps; i++) {
      const snapshot = simulation.getSnapshot();
      if (snapshot.now >= lastAt && snapshot.ui.screen === target) {
        return {model: phoneModel(snapshot, simulation.scenario), now: snapshot.now};
      }
      if (simulation.isFinished()) break;
      simulation.step();
    }
    return {model: null, now: simulation.now()};
  } finally {
    simulation.stop();
  }
}

/** The four preview screens for a configuration (it must pass the scenario validator). */
export function configurationPreview(configuration: ScenarioConfiguration): ConfigurationPreview {
  return {
    screens: previewScreens.map(({id, title}) => {
      const {model, now} = runToScreen(id, configuration);
      return {
        id,
        title,
        model,
        now,
        caption:
          model === null
            ? `${title}. The simulator did not reach this screen.`
            : describePreviewScreen(id, model),
      };
    }),
  };
}
