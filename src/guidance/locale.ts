export enum Locale {
  EN = 'EN',
  ZH_CN = 'ZH_CN',
}

export const DEFAULT_LOCALE = Locale.EN;

export type Localized<T> = Readonly<Record<Locale, T>>;
