/** Every way commitOrder can fail, named for what happened. Stable: UIs switch on it. */
export enum CommitFailureCode {
  INVALID_REQUEST = 'INVALID_REQUEST',
  ORDER_NOT_FOUND = 'ORDER_NOT_FOUND',
  AIRLINE_TIMEOUT = 'AIRLINE_TIMEOUT',
  AIRLINE_ERROR = 'AIRLINE_ERROR',
  CONFIRMATION_NOT_REQUIRED = 'CONFIRMATION_NOT_REQUIRED',
  ORDER_NOT_CONFIRMABLE = 'ORDER_NOT_CONFIRMABLE',
  ATLAS_UNAVAILABLE = 'ATLAS_UNAVAILABLE',
  UNRECOGNIZED = 'UNRECOGNIZED',
}

/** orderCommit.do's documented failure statuses (orders.md §2, errors.md §5). */
export const COMMIT_STATUS_CODES: ReadonlyMap<number, CommitFailureCode> = new Map([
  [307, CommitFailureCode.INVALID_REQUEST],
  [800, CommitFailureCode.ORDER_NOT_FOUND],
  [316, CommitFailureCode.AIRLINE_TIMEOUT],
  [317, CommitFailureCode.AIRLINE_ERROR],
]);

export enum ConfirmationDisplay {
  POPUP = 'POPUP',
  IFRAME = 'IFRAME',
}

export type CommitOutcome =
  | {
      kind: 'page';
      orderNo: string;
      confirmationUrl: string;
      display: ConfirmationDisplay;
      /** Unconfirmed Ryanair orders expire with their hold; null when Atlas gave no deadline. */
      confirmBefore: Date | null;
    }
  | {
      kind: 'failed';
      orderNo: string;
      code: CommitFailureCode;
      /** Raw orderCommit.do status; null when the gateway decided without calling it. */
      atlasStatus: number | null;
      atlasMessage: string | null;
    };
