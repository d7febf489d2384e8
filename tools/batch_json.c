/* batch_json.c: a JSON-lines manifest entry for `paralign batch`:
 *
 *   {"langs":["sv","en"],"files":["a.txt","b.txt"],"output":"x.tmx","id":7}
 *
 * "langs" may also be a string "sv,en" or null (detect); "id" (any JSON
 * value) is echoed in the result line so that a distributed run can join
 * results back; "units" ("paragraph" or "sentence") overrides the run's
 * --units for this set; "input_format" ("text", "pdf", "docx", "html" or
 * "auto") reads the set's files as that format; other keys are ignored.
 * Just enough JSON for that: a strict parser of one object, with string
 * escapes decoded to UTF-8. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "cli.h"
#include "cli_docs.h"

#define JSON_MAX_DEPTH 32

typedef struct json_cursor {
  const char *start, *p, *end;
  batch_set *set;
  int nomem;
} json_cursor;

static int fail(json_cursor *c, const char *what) {
  batch_set_fail(c->set, CLI_EXIT_USAGE, "invalid JSON at column %zu: %s",
                 (size_t)(c->p - c->start) + 1, what);
  return -1;
}

static int out_of_memory(json_cursor *c) {
  c->nomem = 1;
  return -1;
}

static void skip_space(json_cursor *c) {
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
    c->p++;
}

/* Consume ch (after blanks) or fail. */
static int expect(json_cursor *c, char ch, const char *what) {
  skip_space(c);
  if (c->p >= c->end || *c->p != ch)
    return fail(c, what);
  c->p++;
  return 0;
}

static int peek(json_cursor *c) {
  skip_space(c);
  return c->p < c->end ? (unsigned char)*c->p : -1;
}

static int hex4(json_cursor *c, unsigned *out) {
  if (c->end - c->p < 4)
    return fail(c, "short \\u escape");
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    char h = *c->p++;
    int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
            : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
    if (d < 0)
      return fail(c, "bad hex digit in \\u escape");
    v = v * 16 + (unsigned)d;
  }
  *out = v;
  return 0;
}

static size_t put_utf8(char *o, unsigned cp) {
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | cp >> 6);
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | cp >> 12);
    o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | cp >> 18);
  o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
  o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
  o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* \uXXXX, with a surrogate pair joined; NUL is refused (paths end at it). */
static int unicode_escape(json_cursor *c, unsigned *cp) {
  if (hex4(c, cp) != 0)
    return -1;
  if (*cp >= 0xD800 && *cp < 0xDC00) {
    unsigned lo;
    if (c->end - c->p < 2 || c->p[0] != '\\' || c->p[1] != 'u')
      return fail(c, "lone surrogate in \\u escape");
    c->p += 2;
    if (hex4(c, &lo) != 0)
      return -1;
    if (lo < 0xDC00 || lo > 0xDFFF)
      return fail(c, "bad surrogate pair in \\u escape");
    *cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
  } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
    return fail(c, "lone surrogate in \\u escape");
  }
  return *cp == 0 ? fail(c, "\\u0000 in a string") : 0;
}

static int escape(json_cursor *c, char *o, size_t *n) {
  if (c->p >= c->end)
    return fail(c, "unterminated string");
  char e = *c->p++;
  const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
  const char *k = e ? strchr(from, e) : NULL;
  if (k) {
    o[(*n)++] = to[k - from];
    return 0;
  }
  if (e != 'u')
    return fail(c, "bad escape in string");
  unsigned cp;
  if (unicode_escape(c, &cp) != 0)
    return -1;
  *n += put_utf8(o + *n, cp);
  return 0;
}

/* A string value, decoded into a fresh buffer (NULL out: just skip it). */
static int parse_string(json_cursor *c, char **out) {
  if (expect(c, '"', "expected a string") != 0)
    return -1;
  /* Decoding never grows the text: \uXXXX (6 bytes) gives at most 3, and a
   * pair (12) at most 4. */
  char *o = malloc((size_t)(c->end - c->p) + 1);
  if (!o)
    return out_of_memory(c);
  size_t n = 0;
  while (c->p < c->end && *c->p != '"') {
    unsigned char ch = (unsigned char)*c->p++;
    if (ch < 0x20) {
      free(o);
      return fail(c, "control character in string");
    }
    if (ch != '\\') {
      o[n++] = (char)ch;
    } else if (escape(c, o, &n) != 0) {
      free(o);
      return -1;
    }
  }
  if (c->p >= c->end) {
    free(o);
    return fail(c, "unterminated string");
  }
  c->p++;
  o[n] = '\0';
  if (out)
    *out = o;
  else
    free(o);
  return 0;
}

static int skip_value(json_cursor *c, int depth);

static int skip_container(json_cursor *c, char close, int depth) {
  c->p++;
  if (peek(c) == close) {
    c->p++;
    return 0;
  }
  for (;;) {
    if (close == '}' && (parse_string(c, NULL) != 0 || expect(c, ':', "expected ':'") != 0))
      return -1;
    if (skip_value(c, depth + 1) != 0)
      return -1;
    int next = peek(c);
    c->p++;
    if (next == close)
      return 0;
    if (next != ',')
      return c->p--, fail(c, "expected ',' or the end of a list or object");
  }
}

static int skip_literal(json_cursor *c) {
  static const char *const words[] = {"true", "false", "null"};
  for (size_t i = 0; i < 3; i++) {
    size_t n = strlen(words[i]);
    if ((size_t)(c->end - c->p) >= n && memcmp(c->p, words[i], n) == 0) {
      c->p += n;
      return 0;
    }
  }
  const char *q = c->p;
  if (q < c->end && *q == '-')
    q++;
  while (q < c->end && strchr("0123456789.eE+-", *q))
    q++;
  if (q == c->p || (q - c->p == 1 && *c->p == '-'))
    return fail(c, "expected a value");
  c->p = q;
  return 0;
}

static int skip_value(json_cursor *c, int depth) {
  if (depth > JSON_MAX_DEPTH)
    return fail(c, "nested too deeply");
  int ch = peek(c);
  if (ch == '"')
    return parse_string(c, NULL);
  if (ch == '{' || ch == '[')
    return skip_container(c, ch == '{' ? '}' : ']', depth);
  return skip_literal(c);
}

/* ["a","b",...] into a fresh array of strings. */
static int parse_string_array(json_cursor *c, char ***items, size_t *count) {
  if (expect(c, '[', "expected a list of strings") != 0)
    return -1;
  size_t cap = 4, n = 0;
  char **v = calloc(cap, sizeof *v);
  if (!v)
    return out_of_memory(c);
  int rc = 0;
  if (peek(c) == ']')
    c->p++;
  else
    for (;;) {
      if (n == cap) {
        char **p = realloc(v, cap * 2 * sizeof *v);
        if (!p) {
          rc = out_of_memory(c);
          break;
        }
        v = p;
        cap *= 2;
      }
      if ((rc = parse_string(c, &v[n])) != 0)
        break;
      n++;
      int next = peek(c);
      c->p++;
      if (next == ']')
        break;
      if (next != ',') {
        c->p--;
        rc = fail(c, "expected ',' or ']' in a list");
        break;
      }
    }
  if (rc != 0) {
    for (size_t i = 0; i < n; i++)
      free(v[i]);
    free(v);
    return -1;
  }
  *items = v;
  *count = n;
  return 0;
}

typedef struct json_fields {
  char **files, **langs;
  size_t nfiles, nlangs;
  char *langs_csv; /* "langs" given as one string */
  int langs_given;
} json_fields;

static int parse_langs_value(json_cursor *c, json_fields *f) {
  int ch = peek(c);
  f->langs_given = 1;
  if (ch == '"')
    return parse_string(c, &f->langs_csv);
  if (ch == 'n') {
    f->langs_given = 0;
    return skip_literal(c);
  }
  return parse_string_array(c, &f->langs, &f->nlangs);
}

/* The raw text of a value, for "id". */
static int copy_raw_value(json_cursor *c, char **out) {
  skip_space(c);
  const char *from = c->p;
  if (skip_value(c, 0) != 0)
    return -1;
  free(*out);
  *out = strndup(from, (size_t)(c->p - from));
  return *out ? 0 : out_of_memory(c);
}

/* "units": "sentence" or "paragraph" (null: the run's --units). */
static int parse_units_value(json_cursor *c) {
  if (peek(c) == 'n')
    return skip_literal(c);
  char *value = NULL;
  if (parse_string(c, &value) != 0)
    return -1;
  cli_units units;
  int rc = cli_parse_units(value, &units);
  if (rc == 0)
    c->set->units_mode = (int)units;
  else
    batch_set_fail(c->set, CLI_EXIT_USAGE, "\"units\" must be \"paragraph\" or \"sentence\", not "
                   "\"%s\"", value);
  free(value);
  return rc;
}

/* "input_format": a format name, as --input-format takes it. */
static int parse_input_format(json_cursor *c) {
  char *name = NULL;
  if (parse_string(c, &name) != 0)
    return -1;
  int format = paralign_input_format_from_name(name);
  free(name);
  if (format < 0)
    return fail(c, "\"input_format\" is not text, pdf, docx, html or auto");
  c->set->format = format;
  return 0;
}

static int parse_member(json_cursor *c, json_fields *f) {
  char *key = NULL;
  if (parse_string(c, &key) != 0)
    return -1;
  int rc = expect(c, ':', "expected ':' after a key");
  if (rc == 0 && f->files == NULL && strcmp(key, "files") == 0)
    rc = parse_string_array(c, &f->files, &f->nfiles);
  else if (rc == 0 && !f->langs_given && strcmp(key, "langs") == 0)
    rc = parse_langs_value(c, f);
  else if (rc == 0 && !c->set->output && strcmp(key, "output") == 0)
    rc = parse_string(c, &c->set->output);
  else if (rc == 0 && strcmp(key, "id") == 0)
    rc = copy_raw_value(c, &c->set->id);
  else if (rc == 0 && strcmp(key, "units") == 0)
    rc = parse_units_value(c);
  else if (rc == 0 && strcmp(key, "input_format") == 0)
    rc = parse_input_format(c);
  else if (rc == 0)
    rc = skip_value(c, 1);
  free(key);
  return rc;
}

static int parse_object(json_cursor *c, json_fields *f) {
  if (expect(c, '{', "expected '{'") != 0)
    return -1;
  if (peek(c) == '}') {
    c->p++;
  } else {
    for (;;) {
      if (parse_member(c, f) != 0)
        return -1;
      int next = peek(c);
      c->p++;
      if (next == '}')
        break;
      if (next != ',')
        return c->p--, fail(c, "expected ',' or '}'");
    }
  }
  skip_space(c);
  return c->p == c->end ? 0 : fail(c, "text after the object");
}

static void free_strings(char **v, size_t n) {
  for (size_t i = 0; v && i < n; i++)
    free(v[i]);
  free(v);
}

/* Split "sv,en" into the langs array. */
static int split_langs_csv(json_fields *f) {
  char *codes[CLI_MAX_DOCS + 1];
  int n = cli_split_list(f->langs_csv, codes, CLI_MAX_DOCS + 1);
  f->langs = calloc(n > 0 ? (size_t)n : 1, sizeof *f->langs);
  if (!f->langs)
    return -1;
  for (int i = 0; i < n; i++)
    if (!(f->langs[f->nlangs++] = strdup(codes[i])))
      return -1;
  return 0;
}

/* Move the fields into the set, checking that they fit together. */
static int check_fields(json_cursor *c, json_fields *f) {
  batch_set *set = c->set;
  if (!f->files || f->nfiles < 2)
    return batch_set_fail(set, CLI_EXIT_USAGE, "\"files\" must list at least two files"), -1;
  if (f->nfiles > CLI_MAX_DOCS)
    return batch_set_fail(set, CLI_EXIT_USAGE, "at most %d files in a set", CLI_MAX_DOCS), -1;
  if (!set->output)
    return batch_set_fail(set, CLI_EXIT_USAGE, "no \"output\""), -1;
  if (f->langs_csv && !(f->langs_csv[0] == '\0' || strcmp(f->langs_csv, "-") == 0) &&
      split_langs_csv(f) != 0)
    return out_of_memory(c);
  if (f->langs && f->nlangs != f->nfiles)
    return batch_set_fail(set, CLI_EXIT_USAGE, "\"langs\" lists %zu languages for %zu files",
                          f->nlangs, f->nfiles), -1;
  set->files = f->files;
  set->count = f->nfiles;
  set->langs = f->langs;
  f->files = f->langs = NULL;
  return 0;
}

int batch_parse_json(const char *line, size_t len, batch_set *set) {
  json_cursor c = {line, line, line + len, set, 0};
  json_fields f = {0};
  int rc = parse_object(&c, &f);
  if (rc == 0)
    rc = check_fields(&c, &f);
  free_strings(f.files, f.nfiles);
  free_strings(f.langs, f.nlangs);
  free(f.langs_csv);
  if (c.nomem) {
    free(set->error);
    set->error = NULL;
  }
  return rc;
}
