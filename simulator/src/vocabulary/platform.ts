/**
 * An iOS release as written in the spec, e.g. 'iOS 10', 'iOS 13.2', 'iOS 26'.
 * CallKit first shipped in iOS 10; entries the spec gives no version for are 'iOS 10'.
 */
export type IOSVersion = `iOS ${number}`;
