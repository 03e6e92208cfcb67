import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { createApolloClient } from './apollo';
import { CheckoutConfig, loadConfig } from './config';
import { OrderCheckout } from './OrderCheckout';
import { OrderPicker } from './OrderPicker';
import { Language, textFor } from './i18n';
import './checkout.css';

export function App() {
  const [config, setConfig] = useState<CheckoutConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('en');
  const [orderNo, setOrderNo] = useState<string | null>(null);
  useEffect(() => {
    loadConfig().then(setConfig, (reason: Error) => setError(reason.message));
  }, []);
  const client = useMemo(
    () => (config ? createApolloClient(config.authorization, language) : null),
    [config, language],
  );
  const text = textFor(language);
  if (error) return <p role="alert">{error}</p>;
  if (!config || !client) return <p>{text.loading}</p>;
  return (
    <ApolloProvider client={client}>
      <header>
        <h1>{text.title}</h1>
        <p>{text.subtitle}</p>
        <button
          type="button"
          data-testid="language"
          onClick={() => setLanguage(language === 'en' ? 'zh' : 'en')}
        >
          {text.switchLanguage}
        </button>
      </header>
      <main>
        {orderNo ? (
          <OrderCheckout
            key={orderNo}
            orderNo={orderNo}
            language={language}
            onOpenOrder={setOrderNo}
            onBack={() => setOrderNo(null)}
          />
        ) : (
          <OrderPicker seeded={config.seededOrders} text={text} onPick={setOrderNo} />
        )}
      </main>
    </ApolloProvider>
  );
}
