/** What the gateway tells its own checkout (GET /checkout/config.json), on the simulator only. */
export interface CheckoutConfig {
  /** The demo partner's credential: the checkout calls the graph as that partner. */
  authorization: string;
  seededOrders: { orderNo: string; label: string }[];
}

export async function loadConfig(): Promise<CheckoutConfig> {
  const response = await fetch('/checkout/config.json', {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return (await response.json()) as CheckoutConfig;
}
