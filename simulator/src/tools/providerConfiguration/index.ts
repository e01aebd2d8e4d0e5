/**
 * The provider-configuration builder's logic, engine-free: the form generated from the property
 * table, its checks and messages, the icon checks, the Swift and Objective-C code, the screens
 * the preview shows (from the player's phoneModel) and the "Try it" link.
 */
export * from './fields';
export * from './messages';
export * from './validate';
export * from './png';
export * from './stringLiterals';
export * from './code';
export * from './screens';
export * from './tryIt';
