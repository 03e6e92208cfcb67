import { Locale } from './locale';
import { NextAction } from './next-action';

export interface Guidance {
  summary: string;
  steps: string[];
  nextActions: NextAction[];
  locale: Locale;
}
