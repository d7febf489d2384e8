/* cli.h: shared pieces of the paralign command-line tool. */
#ifndef PARALIGN_CLI_H
#define PARALIGN_CLI_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "paralign.h"

/* Exit codes, documented in --help and paralign(1). */
enum cli_exit {
  CLI_EXIT_OK = 0,       /* success, no findings */
  CLI_EXIT_FINDINGS = 1, /* findings, differences, not parallel, failed batch sets */
  CLI_EXIT_INPUT = 2,    /* bad input: missing, unreadable, binary, invalid text */
  CLI_EXIT_OUTPUT = 3,   /* the output could not be written */
  CLI_EXIT_USAGE = 4,    /* bad command line */
  CLI_EXIT_INTERNAL = 5  /* out of memory or a bug */
};

/* Subcommands: each takes argc/argv starting at the subcommand name. */
int cli_cmd_paragraphs(int argc, char **argv);
int cli_cmd_align(int argc, char **argv);
int cli_cmd_check(int argc, char **argv);
int cli_cmd_batch(int argc, char **argv);

/* Read all of a stream into a malloc'ed, NUL-terminated buffer, but stop
 * once past limit bytes (SIZE_MAX: no limit), so that an endless stream is
 * refused as too large without being read to its end.  Returns 0 or an errno
 * value. */
int cli_slurp(FILE *f, size_t limit, char **data, size_t *len);

/* Print "paralign: error: " + message to stderr, any control characters in
 * it shown as \xNN. */
void cli_errorf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
void cli_warnf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* Report a library error (with file, line and byte when known) and return
 * the exit code for its status. */
int cli_report(const paralign_error *err);
/* The exit code for a library status. */
int cli_exit_for_status(int status);

/* The commands that align keep the memory they free (cli_heap.c); before
 * reading nfiles documents at paths, a large job's heap is grown at once on
 * huge pages.  Both only advice to the allocator and the kernel. */
void cli_heap_keep_freed(void);
void cli_heap_expect(int nfiles, char **paths);
/* The allocator to build the library's objects with: NULL (the library's
 * own) unless the heap is kept, then the C library's functions as they are
 * (see cli_heap.c). */
const paralign_mem *cli_heap_mem(void);

/* Read and parse one input document ("-" is standard input).  Prints the
 * error and returns its exit code, or 0 with *out set. */
int cli_load_document(const char *path, const paralign_read_options *opts, paralign_document **out);

/* Usage problems: print the message and a hint, return CLI_EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* --- languages (cli_langs.c) ------------------------------------------- */
#define CLI_TAG_MAX 64
/* Check that each of tags[0..n) is a BCP 47 language tag; a usage error
 * naming option and the tag otherwise.  With norm, each tag is normalised
 * into norm[i] ("fr_FR" -> "fr-FR") and tags[i] pointed at it. */
int cli_check_tags(const char *cmd, const char *option, char **tags, int n,
                   char (*norm)[CLI_TAG_MAX]);
/* A document set whose languages cannot be written: a file whose language
 * was not given and could not be detected, or two files detected as the
 * same language.  Writes the message (naming the files, asking for --langs)
 * to msg and returns CLI_EXIT_INPUT; 0 when the languages are fine. */
int cli_langs_problem(paralign_document *const *docs, size_t n, char *msg, size_t cap);

/* Split "sv,lv,en" into at most max codes; returns the count or -1. */
int cli_split_list(char *list, char **items, int max);

/* --pair "sv,en": two languages to write out of a joint alignment. */
typedef struct cli_pair {
  char tag[2][CLI_TAG_MAX]; /* normalised */
  size_t docs[2];           /* the documents so tagged, once found */
} cli_pair;
/* Parse arg into pair->tag; CLI_EXIT_USAGE with the reason in msg when it
 * is not two tags or names one language twice. */
int cli_parse_pair(const char *arg, cli_pair *pair, char *msg, size_t cap);
/* Find the documents of al tagged pair->tag (as paralign_document_lang
 * gives them, case aside), into pair->docs; CLI_EXIT_USAGE with a message
 * naming the documents' languages when a tag is none of them or several. */
int cli_pair_docs(const paralign_alignment *al, cli_pair *pair, char *msg, size_t cap);

/* --- start and end ------------------------------------------------------ */
/* At the start: ignore SIGPIPE and SIGXFSZ (writes then fail and exit 3),
 * read the umask. */
void cli_start(void);
/* Before the first temporary file, and before any other thread is started
 * (threads inherit the mask): block the signals that end the process and
 * start the thread that handles them (it removes pending temporary files,
 * then ends the process by the signal).  Once only; later calls return 0.
 * Returns 0 or an errno. */
int cli_watch_signals(void);
/* End the thread cli_watch_signals started, if any (before main returns). */
void cli_stop(void);
/* Standard output flushed and closed: rc, or CLI_EXIT_OUTPUT with a message
 * when what was written there did not arrive (a full disk, a closed pipe). */
int cli_finish_stdout(int rc);

/* The temporary files the signal thread removes (cli_signals.c).  Create
 * and register one with the lock held; add returns -1 when the table is
 * full. */
void cli_pending_lock(void);
void cli_pending_unlock(void);
int cli_pending_add(char *path);
void cli_pending_remove(const char *path);
/* The umask, read once at start (umask() can only be read by setting it). */
mode_t cli_umask(void);

/* --- atomic output ------------------------------------------------------
 * Output goes to a temporary file beside the target and is renamed over it
 * only when complete, so a failure or a signal never leaves a partial file.
 * A NULL or "-" path writes to standard output. */
typedef struct cli_output {
  FILE *fp;
  char *path;   /* as given, for messages; NULL for stdout */
  char *target; /* the file replaced: path, or where its symbolic links lead */
  char *tmp;    /* temporary file, NULL when written in place */
  int failed;
  int no_sync; /* set after open: no fsync at commit (batch syncs once at the end) */
} cli_output;

int cli_output_open(cli_output *out, const char *path);
/* A paralign_write_fn writing to a cli_output. */
int cli_output_write(const char *data, size_t len, void *ctx);
/* Flush, sync and rename; prints the error and returns its exit code, or 0. */
int cli_output_commit(cli_output *out);
/* Remove the temporary file (after an error). */
void cli_output_abort(cli_output *out);

/* --- shared reading options -------------------------------------------- */
/* Long options every reading subcommand accepts; see cli_read_option(). */
#define CLI_OPT_ENCODING 1001
#define CLI_OPT_REPLACE_INVALID 1002
#define CLI_OPT_MAX_SIZE 1003
#define CLI_OPT_INPUT_FORMAT 1004
#define CLI_READ_LONG_OPTIONS                                                                      \
  {"encoding", required_argument, NULL, CLI_OPT_ENCODING},                                         \
      {"replace-invalid", no_argument, NULL, CLI_OPT_REPLACE_INVALID},                             \
      {"max-size", required_argument, NULL, CLI_OPT_MAX_SIZE}, {                                   \
    "input-format", required_argument, NULL, CLI_OPT_INPUT_FORMAT                                  \
  }
/* The --help lines of the reading options: the same in every subcommand. */
#define CLI_READ_HELP                                                                              \
  "  --input-format F     text, pdf, docx or html (default: found from the content)\n"             \
  "  --encoding E         input encoding of text and HTML (default: BOM, else UTF-8;\n"            \
  "                       HTML: its <meta> charset), e.g. windows-1257\n"                          \
  "  --replace-invalid    replace invalid UTF-8 with U+FFFD instead of failing\n"                  \
  "  --max-size N         refuse inputs above N bytes (default 512M; also what a DOCX\n"           \
  "                       may inflate to)\n"
/* Apply one of those options; returns 1 if handled, 0 if not one of them,
 * -1 on a bad value (message printed). */
int cli_read_option(int opt, const char *arg, paralign_read_options *ro);
/* Parse "100M", "2G", "4096" into bytes; returns 0 or -1. */
int cli_parse_size(const char *s, size_t *out);

/* --- translation units: paragraphs or sentences (--units) -------------- */
typedef enum cli_units { CLI_UNITS_PARAGRAPH = 0, CLI_UNITS_SENTENCE = 1 } cli_units;
/* Parse "paragraph" or "sentence"; returns 0 or -1. */
int cli_parse_units(const char *s, cli_units *out);
/* Parse --format of align and batch ("tmx", "tsv", "jsonl"); returns 0 or -1. */
int cli_parse_format(const char *s, paralign_format *out);
/* Parse --format of check ("text", "json", "html"); returns 0 or -1. */
int cli_parse_report_format(const char *s, paralign_report_format *out);
/* What was written: units, and sentence units that are whole paragraph
 * units kept as one. */
typedef struct cli_units_written {
  size_t units, whole;
} cli_units_written;
/* Write al's paragraph units, or the sentence units aligned inside them,
 * through fn.  Returns a paralign_status with err filled. */
int cli_write_units(const paralign_alignment *al, cli_units units, paralign_format format,
                    const paralign_write_options *wo, paralign_write_fn fn, void *ctx,
                    cli_units_written *written, paralign_error *err);

/* --- text of any bytes (cli_text.c) -------------------------------------- */
/* Write s as a JSON string literal (with quotes), valid UTF-8 whatever s
 * holds: a byte that is not UTF-8 becomes U+FFFD. */
void cli_json_string(FILE *f, const char *s);
/* Write s for a terminal: control characters, bidi controls and bytes that
 * are not UTF-8 as \xNN or \u{XXXX}, so that a file name cannot drive it. */
void cli_fput_visible(FILE *f, const char *s);
#endif
