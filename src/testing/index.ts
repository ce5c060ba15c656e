/** `cna-ingest/testing`: fixture testing for users' pipelines (issue 6). Placeholder. */
export {};
