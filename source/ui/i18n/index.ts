export type {ArabicCatalogue, Direction, Language, Message, MessageKey, ParamName, PluralCategory} from './types.js';
export {languageDirection, languages} from './types.js';
export {en} from './en.js';
export {ar} from './ar.js';
export {catalogues, createTranslator, type Digits, placeholdersOf, type Translator, type TranslatorOptions} from './translator.js';
export {LanguageFlagError, languageOfLocale, parseLanguage, resolveLanguage, type LanguageSources} from './resolve-language.js';
