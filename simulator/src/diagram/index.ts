/** Exporters from traces and machines to Mermaid source, JSON and text. Pure: no Mermaid import. */
export {escapeMermaidText, mermaidId, truncateText} from './escape';
export {
  laneTitles,
  sequenceLabel,
  traceToSequenceDiagram,
  type SequenceDiagramOptions,
} from './sequence';
export {
  isMachineChartName,
  machineChartNames,
  machineCharts,
  machineToStateDiagram,
  stateIdFor,
  type MachineChartName,
  type StateDiagramOptions,
} from './stateChart';
