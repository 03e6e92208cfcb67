import type { NextAction } from '../../../client/generated/operations';
import type { Text } from './i18n';

export interface GuidanceView {
  summary: string;
  steps: readonly string[];
  nextActions: readonly NextAction[];
}

interface Props {
  guidance: GuidanceView;
  text: Text;
  /** The actions this screen can carry out; the others are shown as advice only. */
  actionable: ReadonlySet<NextAction>;
  onAction(action: NextAction): void;
}

/** Every failure's guidance: what happened, the steps, and a button for each next action. */
export function Guidance({ guidance, text, actionable, onAction }: Props) {
  return (
    <div data-testid="guidance">
      <p data-testid="guidance-summary">{guidance.summary}</p>
      {guidance.steps.length > 0 && (
        <ol>
          {guidance.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {guidance.nextActions.length > 0 && <h4>{text.whatNow}</h4>}
      {guidance.nextActions.map((action) => (
        <button
          type="button"
          key={action}
          data-testid={`action-${action}`}
          disabled={!actionable.has(action)}
          onClick={() => onAction(action)}
        >
          {text.actions[action]}
        </button>
      ))}
    </div>
  );
}
