/** One rejected input field: the path and the rule, never the value sent. */
export interface FieldIssue {
  field: string;
  message: string;
}
