/* test_alloc.c: allocation failures.  A failing allocator refuses the N-th
 * allocation, for every N, during a parse of a seed document (and of a PDF,
 * a DOCX and an HTML document when those readers are built) and during the
 * alignment, TMX writing, check and report writing of a small pair, and during the
 * sentence alignment and writing of three versions: every call must fail cleanly
 * with PARALIGN_ERR_NOMEM (no crash, *out NULL) and release everything it
 * had allocated (allocations and frees are counted).
 *
 * Where the tool is built (Linux), `paralign batch` goes through the same:
 * its sources are linked in with malloc and friends wrapped at link time
 * (-Wl,--wrap), so that the library's allocations, jansson's and the tool's
 * own fail in turn, on two worker threads.  Every set must then either be
 * written whole or fail with exit 5, no temporary file may be left, and
 * nothing may leak. */
#define _GNU_SOURCE /* strnlen, va_copy with -std=c11 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "testutil.h"

/* Give up rather than loop forever if some call never stops allocating. */
#define MAX_ROUNDS 200000

typedef struct failing {
  size_t fail_at; /* 1-based attempt to refuse; 0: refuse none */
  size_t attempts;
  size_t live; /* blocks handed out and not yet freed */
  int refused; /* the fail_at-th attempt happened */
} failing;

static int refuse(failing *f) {
  f->attempts++;
  if (f->attempts != f->fail_at)
    return 0;
  f->refused = 1;
  return 1;
}

static void *failing_malloc(size_t n, void *ctx) {
  failing *f = ctx;
  if (refuse(f))
    return NULL;
  void *p = malloc(n);
  f->live += p != NULL;
  return p;
}

static void *failing_realloc(void *p, size_t n, void *ctx) {
  failing *f = ctx;
  if (!p)
    return failing_malloc(n, ctx);
  if (refuse(f))
    return NULL; /* p stays valid, as with realloc */
  return realloc(p, n);
}

static void failing_free(void *p, void *ctx) {
  failing *f = ctx;
  if (p)
    f->live--;
  free(p);
}

static paralign_mem failing_mem(failing *f, size_t fail_at) {
  memset(f, 0, sizeof *f);
  f->fail_at = fail_at;
  paralign_mem mem = {failing_malloc, failing_realloc, failing_free, f};
  return mem;
}

/* ---- parsing -------------------------------------------------------------- */

/* Parse with the fail_at-th allocation refused; returns non-zero when that
 * allocation happened (so that later rounds are still needed). */
static int parse_round(const char *text, size_t len, size_t fail_at, size_t *paragraphs) {
  failing f;
  paralign_mem mem = failing_mem(&f, fail_at);
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse(text, len, "seed", NULL, &mem, &doc, &err);
  if (f.refused) {
    ck_assert_msg(rc == PARALIGN_ERR_NOMEM, "allocation %zu refused: got status %d (%s)", fail_at,
                  rc, err.message);
    ck_assert_int_eq(err.code, PARALIGN_ERR_NOMEM);
    ck_assert_ptr_null(doc);
  } else {
    ck_assert_msg(rc == PARALIGN_OK, "parse failed: %s", err.message);
    *paragraphs = paralign_document_count(doc);
  }
  paralign_document_free(doc);
  ck_assert_msg(f.live == 0, "allocation %zu refused: %zu blocks leaked", fail_at, f.live);
  return f.refused;
}

/* The seeds, and documents of the other formats as far as this build reads
 * them (for those, every allocation of paralign's own is refused in turn; the
 * libraries' are theirs). */
static const char *const documents[] = {
    "seeds/000_99d952fa1365f389.txt",   "seeds/001_131cc33483b97d95.txt",
    "seeds/002_a07fe2476f6a6bb4.txt",   "seeds/003_d39c38ddf7449eec.txt",
    "seeds/004_d6c2b8bb3e30ce40.txt",
#ifdef PARALIGN_HAVE_HTML
    "formats/ids2025_lv.html",
#endif
#ifdef PARALIGN_HAVE_DOCX
    "formats/cases/word-features.docx",
#endif
#ifdef PARALIGN_HAVE_PDF
    "formats/ids2025_lv.pdf",
#endif
};

START_TEST(test_alloc_parse_fails_cleanly_at_every_allocation) {
  size_t len;
  char *text = tu_read_data(documents[_i], &len);
  size_t paragraphs = 0, n = 1;
  while (n < MAX_ROUNDS && parse_round(text, len, n, &paragraphs))
    n++;
  ck_assert_uint_lt(n, MAX_ROUNDS);
  ck_assert_uint_gt(n, 2);
  ck_assert_uint_gt(paragraphs, 5);
  fprintf(stderr, "parse %s: refused each of %zu allocations in turn\n", documents[_i], n - 1);
  free(text);
}
END_TEST

/* Reading a file reads its text in place when it needs no clean-up (seed
 * 000) and cleans a copy when it does (seed 004): both paths, every
 * allocation refused in turn. */
static int read_file_round(const char *path, size_t fail_at) {
  failing f;
  paralign_mem mem = failing_mem(&f, fail_at);
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_read_file(path, NULL, &mem, &doc, &err);
  if (f.refused) {
    ck_assert_msg(rc == PARALIGN_ERR_NOMEM, "allocation %zu refused: got status %d (%s)", fail_at,
                  rc, err.message);
    ck_assert_ptr_null(doc);
  } else {
    ck_assert_msg(rc == PARALIGN_OK, "read failed: %s", err.message);
    ck_assert_uint_gt(paralign_document_count(doc), 5);
  }
  paralign_document_free(doc);
  ck_assert_msg(f.live == 0, "allocation %zu refused: %zu blocks leaked", fail_at, f.live);
  return f.refused;
}

START_TEST(test_alloc_read_file_fails_cleanly_at_every_allocation) {
  const char *seeds[] = {"seeds/000_99d952fa1365f389.txt", "seeds/004_d6c2b8bb3e30ce40.txt"};
  size_t n = 1;
  while (n < MAX_ROUNDS && read_file_round(tu_data_path(seeds[_i]), n))
    n++;
  ck_assert_uint_lt(n, MAX_ROUNDS);
  ck_assert_uint_gt(n, 2);
}
END_TEST

/* The document's arena: small and large requests, each allocation of its
 * blocks refused in turn; what it handed out stays usable, nothing leaks. */
static int arena_round(size_t fail_at) {
  failing f;
  paralign_mem mem = failing_mem(&f, fail_at);
  paralign_arena a;
  paralign_arena_init(&a, &mem);
  int ok = 1;
  for (size_t k = 0; k < 2000 && ok; k++) {
    size_t size = k % 97 == 0 ? 300000 + k : 1 + k % 61;
    unsigned char *p = paralign_arena_alloc(&a, size);
    char *t = paralign_arena_strndup(&a, "label", 5);
    ok = p && t;
    if (ok) {
      memset(p, 0xAB, size); /* ASan sees an overrun */
      ck_assert_str_eq(t, "label");
    }
  }
  ck_assert_int_eq(ok, !f.refused);
  paralign_arena_free(&a);
  ck_assert_msg(f.live == 0, "allocation %zu refused: %zu blocks leaked", fail_at, f.live);
  return f.refused;
}

START_TEST(test_alloc_arena_fails_cleanly_at_every_allocation) {
  size_t n = 1;
  while (n < MAX_ROUNDS && arena_round(n))
    n++;
  ck_assert_uint_gt(n, 5); /* blocks double in size: a handful of allocations */
}
END_TEST

/* ---- aligning and writing --------------------------------------------------- */

/* The text of a seed from the line starting with first_label to the line
 * starting with end_label (excluded): a small but real document. */
static char *seed_excerpt(const char *relpath, const char *first_label, const char *end_label) {
  char *text = tu_read_data(relpath, NULL);
  char *start = strstr(text, first_label), *end = start ? strstr(start, end_label) : NULL;
  ck_assert_msg(start && end, "%s: labels not found", relpath);
  size_t len = (size_t)(end - start);
  char *out = malloc(len + 1);
  ck_assert_ptr_nonnull(out);
  memcpy(out, start, len);
  out[len] = '\0';
  free(text);
  return out;
}

typedef struct pair {
  paralign_document *docs[3];
  tu_sink reference; /* the outputs written with no allocation refused */
  size_t n;          /* documents */
} pair;

/* Align, write TMX, check and write the report (every format) with mem; returns the
 * status of the first failing call. */
static int align_and_write(pair *p, const paralign_mem *mem, tu_sink *out, paralign_error *err) {
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20260101T120000Z";
  paralign_alignment *al = NULL;
  paralign_report *rep = NULL;
  int rc = paralign_align((const paralign_document *const *)p->docs, p->n, &ao, mem, &al, err);
  if (rc != PARALIGN_OK)
    ck_assert_ptr_null(al);
  else
    rc = paralign_alignment_write(al, PARALIGN_FORMAT_TMX, &wo, tu_sink_write, out, err);
  if (rc == PARALIGN_OK) {
    rc = paralign_check(al, NULL, mem, &rep, err);
    if (rc != PARALIGN_OK)
      ck_assert_ptr_null(rep);
  }
  for (int f = PARALIGN_REPORT_TEXT; f <= PARALIGN_REPORT_HTML && rc == PARALIGN_OK; f++)
    rc = paralign_report_write(rep, (paralign_report_format)f, tu_sink_write, out, err);
  paralign_report_free(rep);
  paralign_alignment_free(al);
  return rc;
}

static int align_round(pair *p, size_t fail_at) {
  failing f;
  paralign_mem mem = failing_mem(&f, fail_at);
  tu_sink out = {NULL, 0};
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = align_and_write(p, &mem, &out, &err);
  if (f.refused) {
    ck_assert_msg(rc == PARALIGN_ERR_NOMEM, "allocation %zu refused: got status %d (%s)", fail_at,
                  rc, err.message);
    ck_assert_int_eq(err.code, PARALIGN_ERR_NOMEM);
  } else {
    ck_assert_msg(rc == PARALIGN_OK, "align/write failed: %s", err.message);
    ck_assert_uint_eq(out.len, p->reference.len);
    ck_assert_int_eq(memcmp(out.data, p->reference.data, out.len), 0);
  }
  ck_assert_msg(f.live == 0, "allocation %zu refused: %zu blocks leaked", fail_at, f.live);
  free(out.data);
  return f.refused;
}

START_TEST(test_alloc_align_write_and_check_fail_cleanly_at_every_allocation) {
  char *sv = seed_excerpt("seeds/001_131cc33483b97d95.txt", "\n1. ", "\n5. ");
  char *lv = seed_excerpt("seeds/004_d6c2b8bb3e30ce40.txt", "\n1. ", "\n5. ");
  pair p = {{tu_parse(sv, "sv"), tu_parse(lv, "lv"), NULL}, {NULL, 0}, 2};
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_msg(align_and_write(&p, NULL, &p.reference, &err) == PARALIGN_OK, "%s", err.message);
  ck_assert_ptr_nonnull(strstr(p.reference.data, "<tu"));
  size_t n = 1;
  while (n < MAX_ROUNDS && align_round(&p, n))
    n++;
  ck_assert_uint_lt(n, MAX_ROUNDS);
  ck_assert_uint_gt(n, 2);
  fprintf(stderr, "align+write+check: refused each of %zu allocations in turn\n", n - 1);
  free(p.reference.data);
  paralign_document_free(p.docs[0]);
  paralign_document_free(p.docs[1]);
  free(sv);
  free(lv);
}
END_TEST

/* Three versions where the joint run writes rows: the English joins two
 * verses the others keep apart (a cut), the Latvian lost its labels and a
 * verse (its pairs settled alone). */
START_TEST(test_alloc_three_versions_with_rows_fail_cleanly) {
  char *sv = seed_excerpt("bible_excerpt/gen5-7_sv.txt", "Gen 5:1 ", "Gen 5:25 ");
  char *lv = seed_excerpt("bible_excerpt/gen5-7_lv.txt", "Gen 5:1 ", "Gen 5:25 ");
  char *en = seed_excerpt("bible_excerpt/gen5-7_en.txt", "Gen 5:1 ", "Gen 5:25 ");
  for (char *at = strstr(lv, "Gen "); at; at = strstr(at, "Gen ")) {
    char *space = strchr(at + 4, ' ');
    memmove(at, space + 1, strlen(space + 1) + 1);
  }
  char *verse = strstr(lv, "Un Mahalaleēls"), *end = verse ? strstr(verse, "\n\n") : NULL;
  ck_assert_ptr_nonnull(end);
  memmove(verse, end + 2, strlen(end + 2) + 1);
  char *seam = strstr(en, "\n\nGen 5:20 ");
  ck_assert_ptr_nonnull(seam);
  memmove(seam + 1, seam + 11, strlen(seam + 11) + 1);
  seam[0] = ' ';
  pair p = {{tu_parse(sv, "sv"), tu_parse(lv, "lv"), tu_parse(en, "en")}, {NULL, 0}, 3};
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_msg(align_and_write(&p, NULL, &p.reference, &err) == PARALIGN_OK, "%s", err.message);
  ck_assert_ptr_nonnull(strstr(p.reference.data, ".1\">")); /* some unit written as rows */
  size_t n = 1;
  while (n < MAX_ROUNDS && align_round(&p, n))
    n++;
  ck_assert_uint_lt(n, MAX_ROUNDS);
  fprintf(stderr, "three versions with rows: refused each of %zu allocations in turn\n", n - 1);
  free(p.reference.data);
  for (size_t d = 0; d < 3; d++)
    paralign_document_free(p.docs[d]);
  free(sv);
  free(lv);
  free(en);
}
END_TEST

/* ---- sentence units ----------------------------------------------------------- */

/* Align three versions (the third a copy of the second, so that joins go
 * past two documents), cut and align their sentences, write every format. */
static int sentences_and_write(paralign_document *const *docs, const paralign_mem *mem,
                               tu_sink *out, paralign_error *err) {
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20260101T120000Z";
  wo.flags = PARALIGN_WRITE_KEEP_UNALIGNED | PARALIGN_WRITE_PARAGRAPH_UNITS;
  paralign_alignment *al = NULL;
  paralign_sentences *s = NULL;
  int rc = paralign_align((const paralign_document *const *)docs, 3, &ao, mem, &al, err);
  if (rc == PARALIGN_OK) {
    rc = paralign_sentences_align(al, NULL, mem, &s, err);
    if (rc != PARALIGN_OK)
      ck_assert_ptr_null(s);
  }
  for (int f = PARALIGN_FORMAT_TMX; f <= PARALIGN_FORMAT_JSONL && rc == PARALIGN_OK; f++)
    rc = paralign_sentences_write(s, (paralign_format)f, &wo, tu_sink_write, out, err);
  paralign_sentences_free(s);
  paralign_alignment_free(al);
  return rc;
}

static int sentences_round(paralign_document *const *docs, const tu_sink *reference,
                           size_t fail_at) {
  failing f;
  paralign_mem mem = failing_mem(&f, fail_at);
  tu_sink out = {NULL, 0};
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = sentences_and_write(docs, &mem, &out, &err);
  if (f.refused) {
    ck_assert_msg(rc == PARALIGN_ERR_NOMEM, "allocation %zu refused: got status %d (%s)", fail_at,
                  rc, err.message);
    ck_assert_int_eq(err.code, PARALIGN_ERR_NOMEM);
  } else {
    ck_assert_msg(rc == PARALIGN_OK, "sentences failed: %s", err.message);
    ck_assert_uint_eq(out.len, reference->len);
    ck_assert_int_eq(memcmp(out.data, reference->data, out.len), 0);
  }
  ck_assert_msg(f.live == 0, "allocation %zu refused: %zu blocks leaked", fail_at, f.live);
  free(out.data);
  return f.refused;
}

START_TEST(test_alloc_sentences_fail_cleanly_at_every_allocation) {
  /* paragraphs 1.-4. of the 2025 pair: a unit of 1 sentence against 4, one of
   * 2 against 3 (a 1-2 group), a page of 1-1 units */
  char *sv = seed_excerpt("seeds/001_131cc33483b97d95.txt", "\n1. ", "\n5. ");
  char *lv = seed_excerpt("seeds/004_d6c2b8bb3e30ce40.txt", "\n1. ", "\n5. ");
  paralign_document *docs[3] = {tu_parse(sv, "sv"), tu_parse(lv, "lv"), tu_parse(lv, "et")};
  tu_sink reference = {NULL, 0};
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_msg(sentences_and_write(docs, NULL, &reference, &err) == PARALIGN_OK, "%s",
                err.message);
  ck_assert_ptr_nonnull(strstr(reference.data, "segtype=\"sentence\""));
  ck_assert_ptr_nonnull(strstr(reference.data, "\"segmentation\":\"paragraph\""));
  size_t n = 1;
  while (n < MAX_ROUNDS && sentences_round(docs, &reference, n))
    n++;
  ck_assert_uint_lt(n, MAX_ROUNDS);
  ck_assert_uint_gt(n, 2);
  fprintf(stderr, "align+sentences+write: refused each of %zu allocations in turn\n", n - 1);
  free(reference.data);
  for (int d = 0; d < 3; d++)
    paralign_document_free(docs[d]);
  free(sv);
  free(lv);
}
END_TEST

#ifdef PARALIGN_TEST_BATCH
/* ---- batch, with malloc wrapped ------------------------------------------ */
#include <dirent.h>
#include <pthread.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"

/* The link-time wrappers (-Wl,--wrap=malloc...) and what they wrap. */
void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t max);
int __wrap_vasprintf(char **out, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 0)))
#endif
    ;
int __wrap_asprintf(char **out, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* The wrapped allocator: off until armed; then it counts blocks and refuses
 * the fail_at-th request.  Shared by the worker threads. */
static struct {
  pthread_mutex_t lock;
  int armed;
  size_t fail_at, attempts;
  long live;
  int refused;
} wrap = {PTHREAD_MUTEX_INITIALIZER, 0, 0, 0, 0, 0};

static int wrap_refuse(void) {
  pthread_mutex_lock(&wrap.lock);
  int no = wrap.armed && ++wrap.attempts == wrap.fail_at;
  wrap.refused |= no;
  pthread_mutex_unlock(&wrap.lock);
  return no;
}

static void wrap_count(long delta) {
  pthread_mutex_lock(&wrap.lock);
  if (wrap.armed)
    wrap.live += delta;
  pthread_mutex_unlock(&wrap.lock);
}

void *__wrap_malloc(size_t n) {
  if (wrap_refuse())
    return NULL;
  void *p = __real_malloc(n);
  if (p)
    wrap_count(1);
  return p;
}

void *__wrap_calloc(size_t n, size_t size) {
  if (wrap_refuse())
    return NULL;
  void *p = __real_calloc(n, size);
  if (p)
    wrap_count(1);
  return p;
}

void *__wrap_realloc(void *p, size_t n) {
  if (!p)
    return __wrap_malloc(n);
  return wrap_refuse() ? NULL : __real_realloc(p, n);
}

void __wrap_free(void *p) {
  if (p)
    wrap_count(-1);
  __real_free(p);
}

char *__wrap_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = __wrap_malloc(n);
  return p ? memcpy(p, s, n) : NULL;
}

char *__wrap_strndup(const char *s, size_t max) {
  size_t n = strnlen(s, max);
  char *p = __wrap_malloc(n + 1);
  if (p) {
    memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}

int __wrap_vasprintf(char **out, const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  char *p = n < 0 ? NULL : __wrap_malloc((size_t)n + 1);
  if (!p)
    return -1;
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  *out = p;
  return n;
}

int __wrap_asprintf(char **out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = __wrap_vasprintf(out, fmt, ap);
  va_end(ap);
  return n;
}

#define BATCH_DIR PARALIGN_TEST_TMP "/alloc_batch"

static void write_file(const char *name, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", BATCH_DIR, name);
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  ck_assert_int_eq(fclose(f), 0);
}

/* The files in dir/out, removed; returns how many were temporary files. */
static size_t clear_outputs(void) {
  DIR *d = opendir(BATCH_DIR "/out");
  size_t temps = 0;
  struct dirent *e;
  while (d && (e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    temps += strncmp(e->d_name, ".paralign-", 10) == 0;
    char path[512];
    snprintf(path, sizeof path, "%s/out/%s", BATCH_DIR, e->d_name);
    unlink(path);
  }
  if (d)
    closedir(d);
  return temps;
}

static char *read_output(const char *name) {
  char path[512];
  snprintf(path, sizeof path, "out/%s", name);
  char *rel = strdup(path);
  ck_assert_ptr_nonnull(rel);
  snprintf(path, sizeof path, "%s/%s", BATCH_DIR, rel);
  free(rel);
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  tu_sink s = {NULL, 0};
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    tu_sink_write(buf, n, &s);
  fclose(f);
  return s.data;
}

static const char *const batch_outputs[] = {"a.tmx", "b.tmx", "c.tmx"};

static const char batch_manifest_text[] =
    "sv,lv\t" BATCH_DIR "/sv.txt\t" BATCH_DIR "/lv.txt\ta.tmx\n"
    "{\"langs\":[\"sv\",\"lv\"],\"files\":[\"" BATCH_DIR "/sv.txt\",\"" BATCH_DIR
    "/lv.txt\"],\"output\":\"b.tmx\",\"id\":{\"k\":[1,\"x\"]}}\n"
    "-\t" BATCH_DIR "/sv.txt\t" BATCH_DIR "/lv.txt\tc.tmx\n";

/* One batch run with the fail_at-th allocation refused (0: none); checks
 * the sets and the output directory; returns whether the refusal happened. */
static int batch_round(size_t fail_at, char **reference) {
  batch_options opts;
  memset(&opts, 0, sizeof opts);
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20260101T120000Z";
  opts.read = ro;
  opts.align = ao;
  opts.write = wo;
  opts.format = PARALIGN_FORMAT_TMX;
  opts.jobs = 2;
  opts.quiet = 1;
  batch_paths paths = {BATCH_DIR "/out", 0};
  batch_progress progress;
  batch_progress_init(&progress, 3, 1);
  pthread_mutex_lock(&wrap.lock);
  wrap.armed = 1;
  wrap.fail_at = fail_at;
  wrap.attempts = 0;
  wrap.live = 0;
  wrap.refused = 0;
  pthread_mutex_unlock(&wrap.lock);
  /* Nothing is asserted while armed: Check allocates too. */
  struct {
    unsigned long line;
    int exit;
    char error[160];
  } sets[3];
  size_t nsets = 0;
  batch_manifest m;
  int e = batch_manifest_parse(batch_manifest_text, sizeof batch_manifest_text - 1,
                               BATCH_DIR "/manifest.tsv", &paths, &m);
  if (e == 0) {
    batch_run_all(&m, &opts, &progress);
    for (size_t i = 0; i < m.count && nsets < 3; i++, nsets++) {
      sets[nsets].line = m.sets[i].line;
      sets[nsets].exit = m.sets[i].error ? m.sets[i].exit : 0;
      snprintf(sets[nsets].error, sizeof sets[nsets].error, "%s",
               m.sets[i].error ? m.sets[i].error : "");
    }
    batch_manifest_free(&m);
  }
  pthread_mutex_lock(&wrap.lock);
  wrap.armed = 0;
  long live = wrap.live;
  int refused = wrap.refused;
  pthread_mutex_unlock(&wrap.lock);
  ck_assert_msg(e == 0 || (e == ENOMEM && fail_at), "manifest: %s", strerror(e));
  for (size_t i = 0; i < nsets; i++)
    ck_assert_msg(sets[i].exit == 0 || (fail_at && sets[i].exit == CLI_EXIT_INTERNAL),
                  "allocation %zu refused: line %lu exit %d: %s", fail_at, sets[i].line,
                  sets[i].exit, sets[i].error);
  ck_assert_msg(live == 0, "allocation %zu refused: %ld blocks leaked", fail_at, live);
  for (size_t k = 0; k < 3; k++) {
    char *got = read_output(batch_outputs[k]);
    if (!fail_at)
      reference[k] = got;
    else if (got)
      ck_assert_msg(strcmp(got, reference[k]) == 0, "%s differs", batch_outputs[k]);
    if (fail_at)
      free(got);
  }
  ck_assert_msg(clear_outputs() == 0, "allocation %zu refused: a temporary file was left", fail_at);
  return refused;
}

START_TEST(test_alloc_batch_fails_cleanly_at_every_allocation) {
  mkdir(BATCH_DIR, 0777);
  mkdir(BATCH_DIR "/out", 0777);
  clear_outputs();
  char *sv = seed_excerpt("seeds/001_131cc33483b97d95.txt", "\n1. ", "\n4. ");
  char *lv = seed_excerpt("seeds/004_d6c2b8bb3e30ce40.txt", "\n1. ", "\n4. ");
  write_file("sv.txt", sv);
  write_file("lv.txt", lv);
  free(sv);
  free(lv);
  batch_json_init();
  char *reference[3] = {NULL, NULL, NULL};
  batch_round(0, reference);
  for (size_t k = 0; k < 3; k++)
    ck_assert_msg(reference[k] && strstr(reference[k], "<tu"), "%s not written", batch_outputs[k]);
  size_t n = 1;
  while (n < MAX_ROUNDS && batch_round(n, reference))
    n++;
  ck_assert_uint_lt(n, MAX_ROUNDS);
  ck_assert_uint_gt(n, 100);
  fprintf(stderr, "batch: refused each of %zu allocations in turn\n", n - 1);
  for (size_t k = 0; k < 3; k++)
    free(reference[k]);
}
END_TEST
#endif

static Suite *alloc_suite(void) {
  Suite *s = suite_create("alloc");
  TCase *tc = tcase_create("alloc");
  tcase_set_timeout(tc, 300);
  tcase_add_loop_test(tc, test_alloc_parse_fails_cleanly_at_every_allocation, 0,
                      (int)(sizeof documents / sizeof documents[0]));
  tcase_add_loop_test(tc, test_alloc_read_file_fails_cleanly_at_every_allocation, 0, 2);
  tcase_add_test(tc, test_alloc_arena_fails_cleanly_at_every_allocation);
  tcase_add_test(tc, test_alloc_align_write_and_check_fail_cleanly_at_every_allocation);
  tcase_add_test(tc, test_alloc_three_versions_with_rows_fail_cleanly);
  tcase_add_test(tc, test_alloc_sentences_fail_cleanly_at_every_allocation);
#ifdef PARALIGN_TEST_BATCH
  tcase_add_test(tc, test_alloc_batch_fails_cleanly_at_every_allocation);
#endif
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(alloc_suite()); }
