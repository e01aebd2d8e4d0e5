/** The simulator's library entry point; everything public lives in ./src/index.ts. */
export * from './src';
