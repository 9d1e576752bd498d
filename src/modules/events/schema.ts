// Filled in by issue 7's work.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventTables {}
