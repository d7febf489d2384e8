/* paralign_bench.c: measure paralign through its public API.
 *
 *   paralign_bench read [--runs N] [--mb M] [--lang L] --label TEXT FILE
 *       read+normalise throughput: FILE repeated to about M MB in memory,
 *       parsed N times (paralign_document_parse); MB/s.
 *   paralign_bench pipeline [--runs N] [--langs L1,L2..] [--force] [--units U] [--tmx OUT]
 *                           --label TEXT FILE...
 *       the whole pipeline: read the files, align, write TMX to memory.  Each
 *       run is a child process, so its peak memory (ru_maxrss) is its own.
 *       --force aligns even when the files do not look parallel (the
 *       parallelism found is printed either way).  --units sentence also
 *       aligns the sentences inside the units (counted as aligning) and
 *       writes sentence units.
 *   paralign_bench document [--runs N] [--lang L] --label TEXT FILE
 *       reading one document as it is (a PDF, DOCX or HTML file, or text):
 *       paralign_document_read_file N times after a warm-up; seconds per
 *       read, with its pages (PDF) and paragraphs.
 *   paralign_bench command [--runs N] [--bytes B] --label TEXT -- PROGRAM ARGS...
 *       wall time, CPU time (user + system) and peak memory of a command
 *       run as a whole process, its standard output thrown away (for
 *       `paralign batch`, `paralign paragraphs` on a large file, start-up);
 *       --bytes: the size of its input, for MB/s of CPU time.
 *
 * Each measurement prints one line of TAB-separated key=value fields for
 * bench/table.py: kind, label, runs, the sorted per-run values and what was
 * measured.  Only the public API is used: the figures are what a user gets. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "paralign.h"

#define MAX_FILES 16
#define MAX_RUNS 101
#define WARMUP_BYTES 4096

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void die(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2), noreturn))
#endif
    ;

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "paralign_bench: ");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(2);
}

/* --- a growable byte buffer, also the TMX sink --------------------------- */

typedef struct buffer {
  char *data;
  size_t len, cap;
} buffer;

static int buffer_append(buffer *b, const char *data, size_t len) {
  if (b->len + len > b->cap) {
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->len + len)
      cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p)
      return -1;
    b->data = p;
    b->cap = cap;
  }
  memcpy(b->data + b->len, data, len);
  b->len += len;
  return 0;
}

static int write_to_buffer(const char *data, size_t len, void *ctx) {
  return buffer_append(ctx, data, len);
}

static buffer read_whole_file(const char *path) {
  buffer b = {0};
  FILE *f = fopen(path, "rb");
  if (!f)
    die("cannot open %s", path);
  char chunk[1 << 16];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (buffer_append(&b, chunk, got) != 0)
      die("out of memory reading %s", path);
  fclose(f);
  return b;
}

/* --- statistics ------------------------------------------------------------ */

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Sorted values as "v1,v2,...": table.py takes the median, min and max. */
static void print_values(const char *key, double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, compare_doubles);
  printf("\t%s=", key);
  for (int i = 0; i < n; i++)
    printf("%s%.6g", i ? "," : "", v[i]);
}

/* --- options --------------------------------------------------------------- */

typedef struct bench_args {
  int runs, force, sentences;
  double mb, bytes;
  const char *label, *lang, *langs, *tmx;
  char **files;
  int nfiles;
} bench_args;

static void parse_args(int argc, char **argv, bench_args *a) {
  int i = 2;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    const char *opt = argv[i];
    if (strcmp(opt, "--") == 0) {
      i++;
      break;
    }
    if (strcmp(opt, "--force") == 0) {
      a->force = 1;
      continue;
    }
    if (i + 1 >= argc)
      die("%s needs a value", opt);
    const char *val = argv[++i];
    if (strcmp(opt, "--runs") == 0)
      a->runs = atoi(val);
    else if (strcmp(opt, "--mb") == 0)
      a->mb = atof(val);
    else if (strcmp(opt, "--bytes") == 0)
      a->bytes = atof(val);
    else if (strcmp(opt, "--label") == 0)
      a->label = val;
    else if (strcmp(opt, "--lang") == 0)
      a->lang = val;
    else if (strcmp(opt, "--langs") == 0)
      a->langs = val;
    else if (strcmp(opt, "--tmx") == 0)
      a->tmx = val;
    else if (strcmp(opt, "--units") == 0 &&
             (strcmp(val, "sentence") == 0 || strcmp(val, "paragraph") == 0))
      a->sentences = strcmp(val, "sentence") == 0;
    else
      die("unknown option %s", opt);
  }
  if (a->runs < 1 || a->runs > MAX_RUNS)
    die("--runs must be 1..101");
  a->files = argv + i;
  a->nfiles = argc - i;
  if (!a->label)
    a->label = a->nfiles ? a->files[0] : "?";
}

/* --- read: parse throughput ----------------------------------------------- */

/* The file repeated (blank line between copies) to at least mb megabytes. */
static buffer repeated(const buffer *one, double mb) {
  buffer b = {0};
  do {
    if (buffer_append(&b, one->data, one->len) != 0 || buffer_append(&b, "\n\n", 2) != 0)
      die("out of memory");
  } while ((double)b.len < mb * 1e6);
  return b;
}

static int cmd_read(bench_args *a) {
  if (a->nfiles != 1)
    die("read takes one FILE");
  buffer one = read_whole_file(a->files[0]);
  buffer big = repeated(&one, a->mb > 0 ? a->mb : 32);
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = a->lang;
  double rate[MAX_RUNS];
  size_t paragraphs = 0;
  for (int r = -1; r < a->runs; r++) { /* run -1 warms up */
    paralign_document *doc = NULL;
    paralign_error err = PARALIGN_ERROR_INIT;
    double t0 = now();
    if (paralign_document_parse(big.data, big.len, a->files[0], &ro, NULL, &doc, &err) !=
        PARALIGN_OK)
      die("parse failed: %s", err.message[0] ? err.message : paralign_strerror(err.code));
    double t1 = now();
    paragraphs = paralign_document_count(doc);
    paralign_document_free(doc);
    if (r >= 0)
      rate[r] = (double)big.len / 1e6 / (t1 - t0);
  }
  printf("kind=read\tlabel=%s\truns=%d\tbytes=%zu\tparagraphs=%zu", a->label, a->runs, big.len,
         paragraphs);
  print_values("mb_per_s", rate, a->runs);
  putchar('\n');
  free(one.data);
  free(big.data);
  return 0;
}

/* --- document: one file read as it is ----------------------------------- */

static unsigned long last_page(const paralign_document *doc) {
  unsigned long pages = 0;
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    unsigned long p = paralign_paragraph_page(paralign_document_get(doc, i));
    pages = p > pages ? p : pages;
  }
  return pages;
}

static int cmd_document(bench_args *a) {
  if (a->nfiles != 1)
    die("document takes one FILE");
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = a->lang;
  double secs[MAX_RUNS];
  buffer whole = read_whole_file(a->files[0]);
  size_t paragraphs = 0, bytes = whole.len;
  unsigned long pages = 0;
  free(whole.data);
  for (int r = -1; r < a->runs; r++) { /* run -1 warms up */
    paralign_document *doc = NULL;
    paralign_error err = PARALIGN_ERROR_INIT;
    double t0 = now();
    if (paralign_document_read_file(a->files[0], &ro, NULL, &doc, &err) != PARALIGN_OK)
      die("%s: %s", a->files[0], err.message[0] ? err.message : paralign_strerror(err.code));
    double t1 = now();
    paragraphs = paralign_document_count(doc);
    pages = last_page(doc);
    paralign_document_free(doc);
    if (r >= 0)
      secs[r] = t1 - t0;
  }
  printf("kind=document\tlabel=%s\truns=%d\tbytes=%zu\tparagraphs=%zu\tpages=%lu", a->label,
         a->runs, bytes, paragraphs, pages);
  print_values("seconds", secs, a->runs);
  putchar('\n');
  return 0;
}

/* --- pipeline: read, align, write TMX; one child process per run ---------- */

typedef struct run_result {
  int status;
  double seconds, phase[3]; /* read, align, write */
  size_t units, bytes, tmx_bytes;
  double parallelism;
  size_t paragraphs[MAX_FILES];
  char message[1100]; /* file + ": " + message, below PIPE_BUF with the rest */
} run_result;

static int split_langs(const char *arg, char langs[][16], int max) {
  int n = 0;
  for (const char *p = arg; p && *p && n < max;) {
    size_t len = strcspn(p, ",");
    snprintf(langs[n++], 16, "%.*s", (int)(len < 15 ? len : 15), p);
    p += len + (p[len] == ',');
  }
  return n;
}

static void fail_result(run_result *res, const paralign_error *err) {
  res->status = err->code;
  snprintf(res->message, sizeof res->message, "%s%s%s", err->file, err->file[0] ? ": " : "",
           err->message[0] ? err->message : paralign_strerror(err->code));
}

/* The measured work; the documents are freed as a user would free them. */
static void pipeline_once(const bench_args *a, char langs[][16], buffer *tmx, run_result *res) {
  paralign_document *docs[MAX_FILES] = {0};
  paralign_alignment *al = NULL;
  paralign_sentences *sent = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20260101T000000Z";
  int n = a->nfiles, rc = PARALIGN_OK;
  double t0 = now(), t1, t2;
  for (int i = 0; i < n && rc == PARALIGN_OK; i++) {
    paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
    ro.lang = a->langs ? langs[i] : NULL;
    rc = paralign_document_read_file(a->files[i], &ro, NULL, &docs[i], &err);
  }
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = a->force ? PARALIGN_ALIGN_FORCE : 0u;
  t1 = now();
  if (rc == PARALIGN_OK)
    rc = paralign_align((const paralign_document *const *)docs, (size_t)n, &ao, NULL, &al, &err);
  if (rc == PARALIGN_OK && a->sentences) /* sentence units: aligning them is aligning */
    rc = paralign_sentences_align(al, NULL, NULL, &sent, &err);
  t2 = now();
  if (rc == PARALIGN_OK)
    rc = sent ? paralign_sentences_write(sent, PARALIGN_FORMAT_TMX, &wo, write_to_buffer, tmx, &err)
              : paralign_alignment_write(al, PARALIGN_FORMAT_TMX, &wo, write_to_buffer, tmx, &err);
  res->seconds = now() - t0;
  res->phase[0] = t1 - t0;
  res->phase[1] = t2 - t1;
  res->phase[2] = t0 + res->seconds - t2;
  if (rc != PARALIGN_OK)
    fail_result(res, &err);
  res->units = sent ? paralign_sentences_count(sent) : paralign_alignment_count(al);
  res->parallelism = al ? paralign_alignment_parallelism(al) : 0.0;
  res->tmx_bytes = tmx->len;
  for (int i = 0; i < n; i++)
    res->paragraphs[i] = docs[i] ? paralign_document_count(docs[i]) : 0;
  paralign_sentences_free(sent);
  paralign_alignment_free(al);
  for (int i = 0; i < n; i++)
    paralign_document_free(docs[i]);
}

static void save_tmx(const char *path, const buffer *tmx) {
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(tmx->data, 1, tmx->len, f) != tmx->len || fclose(f) != 0)
    die("cannot write %s", path);
}

static void child(const bench_args *a, char langs[][16], int fd, int save) {
  buffer tmx = {0};
  run_result res = {0};
  pipeline_once(a, langs, &tmx, &res);
  if (save && a->tmx && res.status == PARALIGN_OK)
    save_tmx(a->tmx, &tmx);
  ssize_t w = write(fd, &res, sizeof res);
  _exit(w == (ssize_t)sizeof res ? 0 : 3);
}

/* One pipeline run in a child process: its result, and its peak RSS in KiB. */
static long in_child(const bench_args *a, char langs[][16], int save, run_result *res) {
  int fds[2];
  if (pipe(fds) != 0)
    die("pipe: %s", strerror(errno));
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0)
    die("fork: %s", strerror(errno));
  if (pid == 0) {
    close(fds[0]);
    child(a, langs, fds[1], save);
  }
  close(fds[1]);
  ssize_t got = read(fds[0], res, sizeof *res);
  close(fds[0]);
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0 || got != (ssize_t)sizeof *res)
    die("a measurement child failed");
  return ru.ru_maxrss;
}

/* One-time process set-up (ICU data, language tables) is not the pipeline's
 * cost: warm the library up on the first few kilobytes of each file. */
static void warm_up(const bench_args *a, char langs[][16]) {
  paralign_document *docs[MAX_FILES] = {0};
  int n = 0;
  for (int i = 0; i < a->nfiles; i++) {
    buffer b = read_whole_file(a->files[i]);
    size_t len = b.len < WARMUP_BYTES ? b.len : WARMUP_BYTES;
    while (len > 0 && len < b.len && b.data[len - 1] != '\n')
      len--;
    paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
    ro.lang = a->langs ? langs[i] : NULL;
    if (paralign_document_parse(b.data, len, a->files[i], &ro, NULL, &docs[n], NULL) == PARALIGN_OK)
      n++;
    free(b.data);
  }
  paralign_alignment *al = NULL;
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  if (n >= 2)
    paralign_align((const paralign_document *const *)docs, (size_t)n, &ao, NULL, &al, NULL);
  paralign_alignment_free(al);
  for (int i = 0; i < n; i++)
    paralign_document_free(docs[i]);
}

static long self_rss_kib(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

static void print_pipeline(const bench_args *a, const run_result *res, double *secs, double *peak,
                           double phases[3][MAX_RUNS], long baseline) {
  size_t bytes = 0;
  printf("kind=pipeline\tlabel=%s\truns=%d\tfiles=%d", a->label, a->runs, a->nfiles);
  for (int i = 0; i < a->nfiles; i++) {
    buffer b = read_whole_file(a->files[i]);
    bytes += b.len;
    free(b.data);
  }
  printf("\tbytes=%zu\tparagraphs=", bytes);
  for (int i = 0; i < a->nfiles; i++)
    printf("%s%zu", i ? "/" : "", res->paragraphs[i]);
  printf("\tunits=%zu\ttmx_bytes=%zu\tparallelism=%.3f\tforced=%d\tbaseline_kib=%ld\tstatus=%s",
         res->units, res->tmx_bytes, res->parallelism, a->force, baseline,
         res->status == PARALIGN_OK ? "ok" : "error");
  if (res->status != PARALIGN_OK)
    printf("\terror=%s", res->message);
  print_values("seconds", secs, a->runs);
  print_values("peak_kib", peak, a->runs);
  print_values("read_s", phases[0], a->runs);
  print_values("align_s", phases[1], a->runs);
  print_values("write_s", phases[2], a->runs);
  putchar('\n');
}

static int cmd_pipeline(bench_args *a) {
  char langs[MAX_FILES][16];
  if (a->nfiles < 2 || a->nfiles > MAX_FILES)
    die("pipeline takes 2 to 16 FILEs");
  if (a->langs && split_langs(a->langs, langs, MAX_FILES) != a->nfiles)
    die("--langs needs one language per file");
  warm_up(a, langs);
  long baseline = self_rss_kib();
  double secs[MAX_RUNS], peak[MAX_RUNS], phases[3][MAX_RUNS];
  run_result res = {0};
  for (int r = 0; r < a->runs; r++) {
    peak[r] = (double)in_child(a, langs, r == a->runs - 1, &res);
    secs[r] = res.seconds;
    for (int p = 0; p < 3; p++)
      phases[p][r] = res.phase[p];
    if (res.status != PARALIGN_OK) {
      a->runs = r + 1; /* an error is reported once, not timed */
      break;
    }
  }
  print_pipeline(a, &res, secs, peak, phases, baseline);
  return res.status == PARALIGN_OK ? 0 : 1;
}

/* --- command: wall time and peak memory of a process --------------------- */

static int cmd_command(bench_args *a) {
  if (a->nfiles < 1)
    die("command needs a PROGRAM");
  double secs[MAX_RUNS], peak[MAX_RUNS], cpu[MAX_RUNS];
  int failed = 0;
  for (int r = 0; r < a->runs; r++) {
    fflush(stdout);
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0)
      die("fork: %s", strerror(errno));
    if (pid == 0) {
      int null = open("/dev/null", O_WRONLY);
      if (null < 0 || dup2(null, STDOUT_FILENO) < 0)
        _exit(126);
      execvp(a->files[0], a->files);
      _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0)
      die("wait: %s", strerror(errno));
    secs[r] = now() - t0;
    peak[r] = (double)ru.ru_maxrss;
    cpu[r] = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
             (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
    failed += !WIFEXITED(status) || WEXITSTATUS(status) != 0;
  }
  printf("kind=command\tlabel=%s\truns=%d\tfailed_runs=%d", a->label, a->runs, failed);
  if (a->bytes > 0)
    printf("\tbytes=%.0f", a->bytes);
  print_values("seconds", secs, a->runs);
  print_values("cpu_s", cpu, a->runs);
  print_values("peak_kib", peak, a->runs);
  putchar('\n');
  return failed ? 1 : 0;
}

int main(int argc, char **argv) {
  bench_args a = {5, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, 0};
  if (argc < 2) {
    fprintf(stderr, "usage: paralign_bench read|pipeline|document|command [OPTIONS] FILE...\n");
    return 2;
  }
  parse_args(argc, argv, &a);
  if (strcmp(argv[1], "read") == 0)
    return cmd_read(&a);
  if (strcmp(argv[1], "pipeline") == 0)
    return cmd_pipeline(&a);
  if (strcmp(argv[1], "command") == 0)
    return cmd_command(&a);
  if (strcmp(argv[1], "document") == 0)
    return cmd_document(&a);
  die("unknown mode %s (read, pipeline, document or command)", argv[1]);
}
