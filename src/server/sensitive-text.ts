/**
 * GraphQL's own coercion and validation messages quote the offending value, which for card fields
 * is card data. These rewrites keep the path and the rule and drop the value.
 */

const VARIABLE_ERROR = /^Variable "(\$[A-Za-z_][\w]*)" got invalid value /;
const VARIABLE_PATH = / at "([A-Za-z_][\w.[\]]*)"; /g;

function withoutValues(reason: string): string {
  return reason
    .replace(/(cannot represent[^:]*):[\s\S]*$/, '$1.')
    .replace(/(Expected value of type "[^"]+"), found[\s\S]*$/, '$1.')
    .replace(
      /Value "[\s\S]*?" does not exist in "([^"]+)" enum\./,
      'Value does not exist in "$1" enum.',
    )
    .replace(/(Expected type "[^"]+")[.;][\s\S]*$/, '$1.');
}

export function scrubSensitive(message: string): string {
  let scrubbed = message;
  const variable = VARIABLE_ERROR.exec(message);
  if (variable) {
    const paths = [...message.matchAll(VARIABLE_PATH)];
    const last = paths.at(-1);
    scrubbed =
      last && last.index !== undefined
        ? `Variable "${variable[1]}" got invalid value at "${last[1]}"; ${withoutValues(message.slice(last.index + last[0].length))}`
        : `Variable "${variable[1]}" got an invalid value.`;
  } else {
    scrubbed = withoutValues(message);
  }
  // Last line of defence: anything that looks like a card number.
  return scrubbed.replace(/\b(?:\d[ -]?){12,18}\d\b/g, '[redacted]');
}
