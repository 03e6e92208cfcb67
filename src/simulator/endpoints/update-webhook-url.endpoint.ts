import { SimWebhooks } from '../sim.webhooks';
import { SimEndpoint, textField } from './endpoint';

/**
 * updateWebhookURL.do (webhooks.md §1). The docs ask for an https endpoint; the simulator also
 * takes http, since it runs beside the gateway on localhost. A missing or unusable url is 100,
 * like the other missing-parameter answers of this simulator.
 */
export function createUpdateWebhookUrlEndpoint(webhooks: SimWebhooks): SimEndpoint {
  return async (body) => {
    const url = textField((body as Record<string, unknown>).url);
    if (!url || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      return { orderNo: null, body: { status: 100, msg: 'url must be an http(s) URL' } };
    }
    webhooks.setUrl(url);
    return { orderNo: null, body: { status: 0, msg: 'success' } };
  };
}
