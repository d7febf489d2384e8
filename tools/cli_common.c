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

#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
static void vreport(const char *kind, const char *fmt, va_list ap) {
  fprintf(stderr, "paralign: %s", kind);
  vfprintf(stderr, fmt, ap);
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
  case PARALIGN_ERR_UNSUPPORTED:
    return CLI_EXIT_INPUT;
  case PARALIGN_ERR_UNKNOWN_ENCODING:
  case PARALIGN_ERR_UNKNOWN_LANGUAGE:
  case PARALIGN_ERR_INVALID_ARGUMENT:
    return CLI_EXIT_USAGE;
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
  for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok;
       tok = strtok_r(NULL, ",", &save)) {
    if (n == max)
      return -1;
    items[n++] = tok;
  }
  return n;
}

int cli_slurp(FILE *f, size_t limit, char **data, size_t *len) {
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  if (!buf)
    return ENOMEM;
  size_t got;
  while (n <= limit && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
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
    return CLI_EXIT_INPUT;
  }
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse(data, len, "<stdin>", opts, NULL, out, &err);
  free(data);
  return rc == PARALIGN_OK ? CLI_EXIT_OK : cli_report(&err);
}

int cli_load_document(const char *path, const paralign_read_options *opts,
                      paralign_document **out) {
  *out = NULL;
  if (strcmp(path, "-") == 0)
    return load_stdin(opts, out);
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
  int rc = paralign_document_read_file(path, opts, NULL, out, &err);
  if (rc != PARALIGN_OK)
    return cli_report(&err);
  for (size_t i = 0; i < paralign_document_warning_count(*out); i++)
    cli_warnf("%s: %s", path, paralign_document_warning(*out, i));
  return CLI_EXIT_OK;
}

int cli_parse_size(const char *s, size_t *out) {
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s)
    return -1;
  unsigned long long mul = 1;
  switch (*end) {
  case '\0': break;
  case 'k': case 'K': mul = 1024ULL; end++; break;
  case 'm': case 'M': mul = 1024ULL * 1024; end++; break;
  case 'g': case 'G': mul = 1024ULL * 1024 * 1024; end++; break;
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
  case CLI_OPT_ENCODING:
    ro->encoding = arg;
    return 1;
  case CLI_OPT_REPLACE_INVALID:
    ro->flags |= PARALIGN_READ_REPLACE_INVALID;
    return 1;
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
  default:
    return 0;
  }
}

int cli_parse_units(const char *s, cli_units *out) {
  if (strcmp(s, "paragraph") == 0)
    *out = CLI_UNITS_PARAGRAPH;
  else if (strcmp(s, "sentence") == 0)
    *out = CLI_UNITS_SENTENCE;
  else
    return -1;
  return 0;
}

static int write_sentences(const paralign_alignment *al, paralign_format format,
                           const paralign_write_options *wo, paralign_write_fn fn, void *ctx,
                           cli_units_written *written, paralign_error *err) {
  paralign_sentences *sent = NULL;
  int rc = paralign_sentences_align(al, NULL, NULL, &sent, err);
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

/* The end of the run from p (before end) of bytes that need no escape in a
 * JSON string: eight at a time while none is a control character, a quote
 * or a backslash. */
static const unsigned char *json_plain_run(const unsigned char *p, const unsigned char *end) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  while (end - p >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    uint64_t stop = ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b);
    if (stop & high)
      break;
    p += 8;
  }
  while (p < end && *p >= 0x20 && *p != '"' && *p != '\\')
    p++;
  return p;
}

/* Runs of bytes that need no escape are written whole: this writes every
 * paragraph of `paralign paragraphs --format jsonl`. */
void cli_json_string(FILE *f, const char *s) {
  fputc('"', f);
  const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
  while (p < end) {
    const unsigned char *run = p;
    p = json_plain_run(p, end);
    fwrite(run, 1, (size_t)(p - run), f);
    if (p == end)
      break;
    switch (*p) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\r': fputs("\\r", f); break;
    case '\t': fputs("\\t", f); break;
    default: fprintf(f, "\\u%04x", *p); break;
    }
    p++;
  }
  fputc('"', f);
}
