/**
 * Problems found before the first frame (an invalid config file, a key remap
 * that could not be applied) that the person should see in the app, not only on
 * stderr behind the alternate screen. The list's status line shows them first,
 * each in the interface language's frame around its detail (which stays English).
 */
import {createContext, type ReactNode, useContext} from 'react';
import type {Translator} from '../i18n/index.js';

export type StartupNotice = {
	/** `config`: the config file could not be used (qari started with the defaults); `keys`: a key remap was not applied as written. */
	readonly kind: 'config' | 'keys';
	/** The one-line English detail, as printed on stderr. */
	readonly detail: string;
};

const StartupNoticesContext = createContext<readonly StartupNotice[]>([]);

export function StartupNotices({notices, children}: {readonly notices: readonly StartupNotice[]; readonly children: ReactNode}) {
	return <StartupNoticesContext.Provider value={notices}>{children}</StartupNoticesContext.Provider>;
}

export function useStartupNotices(): readonly StartupNotice[] {
	return useContext(StartupNoticesContext);
}

/** `⚠ …; using the defaults`, in the interface language. */
export function startupNoticeText(notice: StartupNotice, {t}: Translator): string {
	const framed = notice.kind === 'config' ? t('config.error', {error: notice.detail}) : t('config.keyWarning', {warning: notice.detail});
	return t('warning.one', {warning: framed});
}
