/* cmd_paragraphs.c: `paralign paragraphs`: show what the reader made of a file. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cli_docs.h"

static void help(void) {
  printf("Usage: paralign paragraphs [OPTIONS] FILE\n"
         "\n"
         "Read FILE (- for standard input; text, PDF, DOCX or HTML), normalise it and\n"
         "print its paragraphs: number (from 1, as TSV, JSONL and check reports count\n"
         "them), where it is (the line; for PDF, DOCX and HTML the page or paragraph),\n"
         "kind, level, label and text.\n"
         "\n"
         "Options:\n"
         "  --lang L             the document's language, a BCP 47 tag (sv, de, el, pt-PT);\n"
         "                       detected when absent\n" CLI_READ_HELP
         "  --format F           text (default) or jsonl\n"
         "  -o, --output FILE    write to FILE (atomically; never one of the inputs)\n"
         "  -h, --help           show this help\n");
}

static void print_text(FILE *f, const paralign_document *doc) {
  size_t n = paralign_document_count(doc);
  int text = paralign_document_format(doc) == PARALIGN_INPUT_TEXT;
  for (size_t i = 0; i < n; i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    fprintf(f, "%zu\t", i + 1);
    if (text)
      fprintf(f, "%lu", paralign_paragraph_line(p));
    else
      fputs(paralign_paragraph_location(p), f);
    fprintf(f, "\t%s\t%d\t%s\t%s\n", paralign_kind_name(paralign_paragraph_kind(p)),
            paralign_paragraph_level(p), paralign_paragraph_label(p), paralign_paragraph_text(p));
  }
}

/* The JSONL records gathered in blocks of 64 KB before they are written: a
 * record is a dozen pieces, and a large document has many records. */
typedef struct record_out {
  cli_output *out;
  size_t len;
  char data[65536];
} record_out;

static void flush_records(record_out *o) {
  if (o->len)
    cli_output_write(o->data, o->len, o->out); /* a failure is kept for the commit */
  o->len = 0;
}

static int put_bytes(const char *s, size_t n, void *ctx) {
  record_out *o = ctx;
  if (n > sizeof o->data - o->len)
    flush_records(o);
  if (n > sizeof o->data)
    return cli_output_write(s, n, o->out);
  memcpy(o->data + o->len, s, n);
  o->len += n;
  return 0;
}

static void put_text(record_out *o, const char *s) { put_bytes(s, strlen(s), o); }

/* Whether s is short and needs no escape: printable ASCII but the quote and
 * the backslash (the labels, keys and locations of most paragraphs). */
static int short_plain(const char *s, size_t len) {
  if (len > 64)
    return 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
      return 0;
  }
  return 1;
}

/* s as a JSON string: a short plain one put between its quotes here, as
 * paralign_json_quote would write it, without a call for each piece. */
static void put_json(record_out *o, const char *s, size_t len) {
  if (short_plain(s, len) && len + 2 <= sizeof o->data - o->len) {
    char *p = o->data + o->len;
    p[0] = '"';
    memcpy(p + 1, s, len);
    p[len + 1] = '"';
    o->len += len + 2;
    return;
  }
  paralign_json_quote(s, len, put_bytes, o); /* a failure is kept for the commit */
}

static void put_json_str(record_out *o, const char *s) { put_json(o, s, strlen(s)); }

/* A decimal number, without printf: a large document has many. */
static void put_number(record_out *o, long long v) {
  char buf[24];
  size_t n = sizeof buf;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do
    buf[--n] = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (v < 0)
    buf[--n] = '-';
  put_bytes(buf + n, sizeof buf - n, o);
}

static void put_paragraph(record_out *o, const paralign_paragraph *p, size_t i) {
  put_text(o, "{\"index\":");
  put_number(o, (long long)i + 1);
  put_text(o, ",\"kind\":\"");
  put_text(o, paralign_kind_name(paralign_paragraph_kind(p)));
  put_text(o, "\",\"label\":");
  put_json_str(o, paralign_paragraph_label(p));
  put_text(o, ",\"scheme\":\"");
  put_text(o, paralign_scheme_name(paralign_paragraph_scheme(p)));
  put_text(o, "\",\"value\":");
  put_number(o, paralign_paragraph_value(p));
  put_text(o, ",\"key\":");
  put_json_str(o, paralign_paragraph_key(p));
  put_text(o, ",\"level\":");
  put_number(o, paralign_paragraph_level(p));
  put_text(o, ",\"line\":");
  put_number(o, (long long)paralign_paragraph_line(p));
  put_text(o, ",\"page\":");
  put_number(o, (long long)paralign_paragraph_page(p));
  put_text(o, ",\"location\":");
  put_json_str(o, paralign_paragraph_location(p));
  put_text(o, ",\"text\":");
  put_json(o, paralign_paragraph_text(p), paralign_paragraph_text_len(p));
  put_text(o, ",\"footnotes\":[");
  for (size_t k = 0; k < paralign_paragraph_footnote_count(p); k++) {
    if (k)
      put_bytes(",", 1, o);
    put_number(o, paralign_paragraph_footnote(p, k));
  }
  put_text(o, "]}\n");
}

static void print_jsonl(cli_output *out, const paralign_document *doc) {
  record_out o;
  o.out = out;
  o.len = 0;
  size_t n = paralign_document_count(doc);
  for (size_t i = 0; i < n; i++)
    put_paragraph(&o, paralign_document_get(doc, i), i);
  flush_records(&o);
}

int cli_cmd_paragraphs(int argc, char **argv) {
  static const struct option longopts[] = {{"lang", required_argument, NULL, 'l'},
                                           {"format", required_argument, NULL, 'f'},
                                           {"output", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           CLI_READ_LONG_OPTIONS,
                                           {NULL, 0, NULL, 0}};
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  const char *format = "text", *output = NULL;
  int opt;
  optind = 1;
  while ((opt = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
    int r = cli_read_option(opt, optarg, &ro);
    if (r < 0)
      return CLI_EXIT_USAGE;
    if (r > 0)
      continue;
    switch (opt) {
    case 'l': ro.lang = optarg; break;
    case 'f': format = optarg; break;
    case 'o': output = optarg; break;
    case 'h': help(); return CLI_EXIT_OK;
    default: return cli_usage_error("paragraphs", "invalid option");
    }
  }
  if (strcmp(format, "text") != 0 && strcmp(format, "jsonl") != 0)
    return cli_usage_error("paragraphs", "--format must be text or jsonl, not '%s'", format);
  if (argc - optind != 1)
    return cli_usage_error("paragraphs", "expected exactly one FILE");
  int rc = cli_check_output("paragraphs", output, 1, argv + optind);
  if (rc != CLI_EXIT_OK)
    return rc;
  paralign_document *doc = NULL;
  rc = cli_load_document(argv[optind], &ro, &doc);
  if (rc != CLI_EXIT_OK)
    return rc;
  cli_output out;
  rc = cli_output_open(&out, output);
  if (rc == CLI_EXIT_OK) {
    if (strcmp(format, "jsonl") == 0)
      print_jsonl(&out, doc);
    else
      print_text(out.fp, doc);
    rc = cli_output_commit(&out);
  }
  paralign_document_free(doc);
  return rc;
}
