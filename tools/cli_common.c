/* cli_common.c: error reporting, input loading and list parsing for the CLI. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* Messages name files and quote manifest fields: whatever bytes they hold
 * are shown, never obeyed by the terminal ("ctl\x1b[31m.txt"). */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
static void
vreport(const char *kind, const char *fmt, va_list ap) {
  char *msg = NULL;
  fprintf(stderr, "paralign: %s", kind);
  if (vasprintf(&msg, fmt, ap) >= 0)
    cli_fput_visible(stderr, msg);
  else
    fputs("(out of memory while reporting an error)", stderr);
  free(msg);
  fputc('\n', stderr);
}

void cli_errorf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport("error: ", fmt, ap);
  va_end(ap);
}

void cli_warnf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport("warning: ", fmt, ap);
  va_end(ap);
}

int cli_exit_for_status(int status) {
  switch (status) {
  case PARALIGN_OK: return CLI_EXIT_OK;
  case PARALIGN_ERR_IO:
  case PARALIGN_ERR_ENCODING:
  case PARALIGN_ERR_BINARY:
  case PARALIGN_ERR_EMPTY:
  case PARALIGN_ERR_TOO_LARGE:
  case PARALIGN_ERR_LIMIT:
  case PARALIGN_ERR_DAMAGED:
  case PARALIGN_ERR_ENCRYPTED:
  case PARALIGN_ERR_UNSUPPORTED: return CLI_EXIT_INPUT;
  case PARALIGN_ERR_UNKNOWN_ENCODING:
  case PARALIGN_ERR_UNKNOWN_LANGUAGE:
  case PARALIGN_ERR_INVALID_ARGUMENT: return CLI_EXIT_USAGE;
  case PARALIGN_ERR_NOT_PARALLEL: return CLI_EXIT_FINDINGS;
  case PARALIGN_ERR_OUTPUT: return CLI_EXIT_OUTPUT;
  default: return CLI_EXIT_INTERNAL;
  }
}

int cli_report(const paralign_error *err) {
  const char *msg = err->message[0] ? err->message : paralign_strerror(err->code);
  if (err->file[0] && err->has_position)
    cli_errorf("%s:%lu:%lu: %s (byte %zu)", err->file, err->line, err->column, msg, err->byte);
  else if (err->file[0])
    cli_errorf("%s: %s", err->file, msg);
  else
    cli_errorf("%s", msg);
  return cli_exit_for_status(err->code);
}

int cli_finish_stdout(int rc) {
  /* What went to standard output must have arrived: --help > /dev/full is
   * an output error like any other. */
  errno = 0;
  int e = fflush(stdout) != 0 ? (errno ? errno : EIO) : ferror(stdout) ? EIO : 0;
  if (fclose(stdout) != 0 && !e)
    e = errno ? errno : EIO;
  if (!e || (rc != CLI_EXIT_OK && rc != CLI_EXIT_FINDINGS))
    return rc; /* a failure already said and counted (a closed pipe in batch --jsonl) */
  cli_errorf("standard output: %s", strerror(e));
  return CLI_EXIT_OUTPUT;
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport("", fmt, ap);
  va_end(ap);
  fprintf(stderr, "Try 'paralign %s%s--help' for more information.\n", cmd ? cmd : "",
          cmd ? " " : "");
  return CLI_EXIT_USAGE;
}

int cli_split_list(char *list, char **items, int max) {
  int n = 0;
  for (char *item = list; item; n++) {
    char *comma = strchr(item, ',');
    if (comma)
      *comma = '\0';
    if (!item[0] || n == max)
      return -1; /* "sv,,en" is a typo, not "sv,en" */
    items[n] = item;
    item = comma ? comma + 1 : NULL;
  }
  return n;
}

int cli_slurp(FILE *f, size_t limit, char **data, size_t *len) {
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  if (!buf)
    return ENOMEM;
  for (;;) {
    /* At most limit + 1 bytes: enough to know the stream is too large. */
    size_t room = limit - n < cap - n ? limit - n + 1 : cap - n;
    size_t got = fread(buf + n, 1, room, f);
    n += got;
    if (got == 0 || n > limit)
      break;
    if (n == cap) {
      char *p = realloc(buf, cap * 2 + 1);
      if (!p) {
        free(buf);
        return ENOMEM;
      }
      buf = p;
      cap *= 2;
    }
  }
  if (ferror(f)) {
    int e = errno ? errno : EIO;
    free(buf);
    return e;
  }
  buf[n] = '\0';
  *data = buf;
  *len = n;
  return 0;
}

static int load_stdin(const paralign_read_options *opts, paralign_document **out) {
  char *data = NULL;
  size_t len = 0;
  size_t limit = opts && opts->max_size ? opts->max_size : PARALIGN_DEFAULT_MAX_SIZE;
  int e = cli_slurp(stdin, limit, &data, &len);
  if (e) {
    cli_errorf("standard input: %s", strerror(e));
    return e == ENOMEM ? CLI_EXIT_INTERNAL : CLI_EXIT_INPUT;
  }
  if (len > limit) {
    free(data);
    cli_errorf("standard input: above the size limit of %zu bytes (see --max-size)", limit);
    return CLI_EXIT_INPUT;
  }
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse(data, len, "<stdin>", opts, cli_heap_mem(), out, &err);
  free(data);
  return rc == PARALIGN_OK ? CLI_EXIT_OK : cli_report(&err);
}

static int load_file(const char *path, const paralign_read_options *opts, paralign_document **out) {
  struct stat st;
  if (stat(path, &st) != 0) {
    cli_errorf("%s: %s", path, strerror(errno));
    return CLI_EXIT_INPUT;
  }
  if (S_ISDIR(st.st_mode)) {
    cli_errorf("%s: is a directory, not a document", path);
    return CLI_EXIT_INPUT;
  }
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_read_file(path, opts, cli_heap_mem(), out, &err);
  return rc == PARALIGN_OK ? CLI_EXIT_OK : cli_report(&err);
}

int cli_load_document(const char *path, const paralign_read_options *opts,
                      paralign_document **out) {
  *out = NULL;
  int rc = strcmp(path, "-") == 0 ? load_stdin(opts, out) : load_file(path, opts, out);
  if (rc != CLI_EXIT_OK)
    return rc;
  for (size_t i = 0; i < paralign_document_warning_count(*out); i++)
    cli_warnf("%s: %s", strcmp(path, "-") == 0 ? "standard input" : path,
              paralign_document_warning(*out, i));
  return CLI_EXIT_OK;
}

int cli_parse_size(const char *s, size_t *out) {
  if (!(*s >= '0' && *s <= '9'))
    return -1; /* strtoull takes " 4" and "-1" (as a huge number) */
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s)
    return -1;
  unsigned long long mul = 1;
  switch (*end) {
  case '\0': break;
  case 'k':
  case 'K':
    mul = 1024ULL;
    end++;
    break;
  case 'm':
  case 'M':
    mul = 1024ULL * 1024;
    end++;
    break;
  case 'g':
  case 'G':
    mul = 1024ULL * 1024 * 1024;
    end++;
    break;
  default: return -1;
  }
  if (*end == 'B' || *end == 'b')
    end++;
  if (*end || v > (unsigned long long)SIZE_MAX / mul)
    return -1;
  *out = (size_t)(v * mul);
  return 0;
}

int cli_read_option(int opt, const char *arg, paralign_read_options *ro) {
  switch (opt) {
  case CLI_OPT_ENCODING: ro->encoding = arg; return 1;
  case CLI_OPT_REPLACE_INVALID: ro->flags |= PARALIGN_READ_REPLACE_INVALID; return 1;
  case CLI_OPT_MAX_SIZE:
    if (cli_parse_size(arg, &ro->max_size) != 0 || ro->max_size == 0) {
      cli_errorf("--max-size: '%s' is not a size (examples: 4096, 64M, 1G)", arg);
      return -1;
    }
    return 1;
  case CLI_OPT_INPUT_FORMAT: {
    int f = paralign_input_format_from_name(arg);
    if (f < 0) {
      cli_errorf("--input-format: '%s' is not text, pdf, docx, html or auto", arg);
      return -1;
    }
    ro->format = (paralign_input_format)f;
    return 1;
  }
  default: return 0;
  }
}

/* The index of s among the n names, or -1: an option's value by name. */
static int pick(const char *s, const char *const *names, int n) {
  for (int i = 0; i < n; i++)
    if (strcmp(s, names[i]) == 0)
      return i;
  return -1;
}

int cli_parse_units(const char *s, cli_units *out) {
  static const char *const names[] = {"paragraph", "sentence"};
  static const cli_units units[] = {CLI_UNITS_PARAGRAPH, CLI_UNITS_SENTENCE};
  int i = pick(s, names, 2);
  if (i < 0)
    return -1;
  *out = units[i];
  return 0;
}

int cli_parse_format(const char *s, paralign_format *out) {
  static const char *const names[] = {"tmx", "tsv", "jsonl"};
  static const paralign_format formats[] = {PARALIGN_FORMAT_TMX, PARALIGN_FORMAT_TSV,
                                            PARALIGN_FORMAT_JSONL};
  int i = pick(s, names, 3);
  if (i < 0)
    return -1;
  *out = formats[i];
  return 0;
}

int cli_parse_report_format(const char *s, paralign_report_format *out) {
  static const char *const names[] = {"text", "json", "html"};
  static const paralign_report_format formats[] = {PARALIGN_REPORT_TEXT, PARALIGN_REPORT_JSON,
                                                   PARALIGN_REPORT_HTML};
  int i = pick(s, names, 3);
  if (i < 0)
    return -1;
  *out = formats[i];
  return 0;
}

static int write_sentences(const paralign_alignment *al, paralign_format format,
                           const paralign_write_options *wo, paralign_write_fn fn, void *ctx,
                           cli_units_written *written, paralign_error *err) {
  paralign_sentences *sent = NULL;
  int rc = paralign_sentences_align(al, NULL, cli_heap_mem(), &sent, err);
  if (rc == PARALIGN_OK)
    rc = paralign_sentences_write(sent, format, wo, fn, ctx, err);
  if (rc == PARALIGN_OK) {
    written->units = paralign_sentences_count(sent);
    for (size_t u = 0; u < written->units; u++)
      written->whole += (paralign_sentences_flags(sent, u) & PARALIGN_UNIT_WHOLE_PARAGRAPH) != 0;
  }
  paralign_sentences_free(sent);
  return rc;
}

int cli_write_units(const paralign_alignment *al, cli_units units, paralign_format format,
                    const paralign_write_options *wo, paralign_write_fn fn, void *ctx,
                    cli_units_written *written, paralign_error *err) {
  written->units = written->whole = 0;
  if (units == CLI_UNITS_SENTENCE)
    return write_sentences(al, format, wo, fn, ctx, written, err);
  int rc = paralign_alignment_write(al, format, wo, fn, ctx, err);
  if (rc == PARALIGN_OK)
    written->units = paralign_alignment_count(al);
  return rc;
}
