/** The troubleshooting catalog: which scenario and what-if toggle reproduce each failure. */
export {
  troubleshootingEntries,
  troubleshootingEntriesOf,
  troubleshootingEntry,
  troubleshootingPages,
  type TroubleshootingEntry,
  type TroubleshootingPage,
} from './catalog';
