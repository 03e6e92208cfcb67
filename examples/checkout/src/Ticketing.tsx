import { useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { TicketingStatusDocument, type NextAction } from '../../../client/generated/operations';
import { Guidance } from './Guidance';
import type { Language, Text } from './i18n';

interface Props {
  orderNo: string;
  language: Language;
  text: Text;
  actionable: ReadonlySet<NextAction>;
  onAction(action: NextAction): void;
  onFinal(): void;
}

/** ticketingStatus over graphql-ws: live until TICKETED or CANCELLED. */
export function Ticketing({ orderNo, language, text, actionable, onAction, onFinal }: Props) {
  const { data, error } = useSubscription(TicketingStatusDocument, {
    variables: { orderNo, locale: language === 'zh' ? 'ZH_CN' : 'EN' },
  });
  const update = data?.ticketingStatus;
  const final = update?.final ?? false;
  useEffect(() => {
    if (final) onFinal();
  }, [final, onFinal]);
  return (
    <section className={update?.failure ? 'failure' : update?.final ? 'success' : undefined}>
      <h3>{text.ticketing}</h3>
      {error && <p role="alert">{error.message}</p>}
      <p>
        {text.status}: <strong data-testid="ticketing-status">{update?.status ?? '…'}</strong>
      </p>
      {update?.status === 'TICKETED' && (
        <p data-testid="tickets">
          {text.tickets}: {update.passengers.flatMap((p) => p.ticketNumbers).join(', ')}
        </p>
      )}
      {update?.failure && (
        <>
          <p data-testid="ticketing-failure">
            {update.failure.meaning} ({update.failure.atlasErrorCode})
          </p>
          <Guidance
            guidance={update.failure.guidance}
            text={text}
            actionable={actionable}
            onAction={onAction}
          />
        </>
      )}
    </section>
  );
}
