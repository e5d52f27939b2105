/**
 * What every screen draws with but no reducer needs: the interface language,
 * the colour theme and the active key table (the built-in one after the
 * config file's remaps). One React context, so components ask for it instead
 * of threading three props through every level; the defaults (English, dark,
 * the built-in keys) keep components usable in tests without a provider.
 */
import {createContext, type ReactNode, useContext} from 'react';
import {createTranslator, type Translator} from './i18n/index.js';
import {keyBindings} from './keys.js';
import type {Binding} from './keys.js';
import {createTheme, type Theme} from './theme.js';

export type UiSettings = {
	readonly translator: Translator;
	readonly theme: Theme;
	readonly bindings: readonly Binding[];
};

export const defaultUiSettings: UiSettings = {
	translator: createTranslator('en'),
	theme: createTheme({preference: 'dark', color: true, env: {}}),
	bindings: keyBindings,
};

const UiContext = createContext<UiSettings>(defaultUiSettings);

export function UiProvider({settings, children}: {readonly settings: UiSettings; readonly children: ReactNode}) {
	return <UiContext.Provider value={settings}>{children}</UiContext.Provider>;
}

export function useUi(): UiSettings {
	return useContext(UiContext);
}
