/** Usage texts of the command and its subcommands. */

export const batchHelp = `Usage: cna-ingest <file|folder|glob>... [options]
       cna-ingest --files-from <list> [options]
       cna-ingest search <db> <query> [--limit N]
       cna-ingest check <fixtures-dir> [--update]
       cna-ingest schema

Parse archived Central News Agency (中央社) posts into validated Articles.
Folders are read recursively for .md files; inside a folder or glob the
posts are taken in path order (byte order), arguments in the order given.

Options:
  -o, --out <file>       write Articles as NDJSON to <file> (default: stdout,
                         unless --db is given; "-" means stdout)
      --db <file>        create or update a SQLite database of Articles
                         (tables articles, rejects, runs; full-text index)
      --rejects <file>   write skipped and rejected posts, one JSON line each:
                         {"file","code","stage","message"}
      --files-from <list>
                         also read the posts (or folders) whose paths <list>
                         gives, one per line, after the arguments ("-": read
                         the list from stdin, e.g. the output of find)
      --null             the paths of the --files-from list end in NUL bytes,
                         not newlines (as find -print0 writes them)
  -j, --jobs <n>         worker threads (default: the available cores)
      --strict           exit 1 when any post was rejected
  -q, --quiet            no progress and no summary
  -h, --help             show this help
  -V, --version          show the version

Every post read is written, skipped (not-cna: another agency's post) or
rejected (a code such as body:empty or input:read); the summary on stderr
counts them, with warnings by code and the speed in posts/s.

Subcommands:
  search <db> <query>    print the articles whose title or text contains the
                         query (id, date, title, snippet); --limit N (20)
  check <fixtures-dir>   compare golden fixtures with the parser's output
  schema                 print the JSON Schema of an Article (a line of --out)

Exit codes: 0 done; 1 --strict and something was rejected (or search found
nothing); 2 the command failed (bad arguments, unwritable output, no SQLite);
130/143 stopped by SIGINT/SIGTERM (the summary says what was left).
`;

export const searchHelp = `Usage: cna-ingest search <db> <query> [--limit N]

Print the articles of a database made with --db whose title or text contains
every word of <query> (a full-text index of trigrams, so Chinese phrases of
three characters or more are fast; shorter words are scanned).

Options:
  -n, --limit <n>   print at most n articles (default: 20)
  -h, --help        show this help
`;

export const schemaHelp = `Usage: cna-ingest schema

Print the JSON Schema (draft 2020-12) of one line of --out: an Article, as
this version writes it. Use it to validate the NDJSON in another language
or to generate types from it (e.g. datamodel-codegen for Python).

Options:
  -h, --help   show this help
`;
