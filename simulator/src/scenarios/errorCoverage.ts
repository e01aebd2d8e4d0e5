/**
 * Which CallKit error codes the simulator reproduces, and why it leaves the others alone. Every
 * code of the vocabulary must have an entry, and every reproduced code must appear in some
 * built-in scenario's trace (both checked by tests). The reference pages read this to link each
 * code to the scenario that shows it.
 */
import {incomingCallErrors, requestTransactionErrors} from '../vocabulary';

export type ErrorDomainName = 'CXErrorCodeRequestTransactionError' | 'CXErrorCodeIncomingCallError';

export type Coverage = {reproduced: true} | {reproduced: false; why: string};

const noMeaning =
  'Apple gives this code no description, so the simulator never invents a trigger for it.';
const unspecified = 'An unspecified failure with no documented trigger.';

export const errorCoverage: Readonly<Record<ErrorDomainName, Readonly<Record<number, Coverage>>>> =
  {
    CXErrorCodeRequestTransactionError: {
      0: {reproduced: false, why: unspecified},
      1: {reproduced: true},
      2: {reproduced: true},
      3: {reproduced: true},
      4: {reproduced: true},
      5: {reproduced: true},
      6: {reproduced: true},
      7: {reproduced: true},
      8: {reproduced: false, why: noMeaning},
    },
    CXErrorCodeIncomingCallError: {
      0: {reproduced: false, why: unspecified},
      1: {reproduced: true},
      2: {reproduced: true},
      3: {reproduced: true},
      4: {reproduced: true},
      5: {reproduced: false, why: noMeaning},
      6: {reproduced: false, why: noMeaning},
      7: {reproduced: false, why: noMeaning},
    },
  };

export const errorTables = {
  CXErrorCodeRequestTransactionError: requestTransactionErrors,
  CXErrorCodeIncomingCallError: incomingCallErrors,
} as const;
