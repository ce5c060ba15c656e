#!/usr/bin/env node
// Placeholder: the cna-ingest command is being written (issue 4).
console.error('cna-ingest: the command line is not built yet');
process.exitCode = 2;
