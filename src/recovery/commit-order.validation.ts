const MAX_URI_LENGTH = 2048;

export interface CommitInputProblem {
  field: string;
  message: string;
}

/**
 * Popup mode needs somewhere to send the traveller back; iframe mode ignores redirectUri, as
 * Atlas does. The URI is checked here so that a typo is a clear error, not Atlas's 307.
 */
export function commitInputProblem(
  redirectUri: string | null,
  iframe: boolean,
): CommitInputProblem | null {
  if (iframe) return null;
  if (!redirectUri) {
    return { field: 'redirectUri', message: 'redirectUri is required unless iframe is true.' };
  }
  if (
    redirectUri.length > MAX_URI_LENGTH ||
    !URL.canParse(redirectUri) ||
    !/^https?:$/.test(new URL(redirectUri).protocol)
  ) {
    return {
      field: 'redirectUri',
      message: `redirectUri must be an absolute http(s) URL of at most ${MAX_URI_LENGTH} characters.`,
    };
  }
  return null;
}
