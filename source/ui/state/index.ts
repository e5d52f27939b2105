export type {Action, Measure, ReaderState, Screen, SearchState, State} from './types.js';
export {initialState, reduce} from './reducer.js';
export {firstFocusable, lastFocusable} from './reader-navigation.js';
