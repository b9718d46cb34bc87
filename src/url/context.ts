import type { Prepared } from '../model/explorer';
import type { Lang, ViewContext } from './view-state';

/** The preferred language (the browser's `navigator.languages`, passed in) among the two the explorer speaks. */
export function browserLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function viewContext(prepared: Prepared, defaultLang: Lang): ViewContext {
  const { dataset } = prepared;
  return {
    minDay: prepared.minDay,
    maxDay: prepared.maxDay,
    componentIds: new Set(dataset.components.map((c) => c.id)),
    stackIds: new Set(dataset.stacks.map((s) => s.id)),
    defaultLang,
    version: dataset.version,
    changelog: dataset.changelog,
  };
}
