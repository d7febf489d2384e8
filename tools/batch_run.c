/* batch_run.c: run the document sets of `paralign batch` on a thread pool.
 *
 * The library has no global state, so each worker reads, aligns and writes
 * its own set without locks; only the shared bookkeeping (the next set to
 * take, progress, result lines) is under one mutex. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"

/* A library error as one line: "file:line:col: message (byte N)". */
static void fail_with(batch_set *set, const paralign_error *err, const char *hint) {
  const char *msg = err->message[0] ? err->message : paralign_strerror(err->code);
  int code = cli_exit_for_status(err->code);
  if (err->file[0] && err->has_position)
    batch_set_fail(set, code, "%s:%lu:%lu: %s (byte %zu)%s", err->file, err->line, err->column, msg,
                   err->byte, hint);
  else if (err->file[0])
    batch_set_fail(set, code, "%s: %s%s", err->file, msg, hint);
  else
    batch_set_fail(set, code, "%s%s", msg, hint);
}

static int load_one(batch_set *set, size_t i, const batch_options *opts, paralign_document **doc) {
  const char *path = set->files[i];
  struct stat st;
  if (stat(path, &st) != 0) {
    batch_set_fail(set, CLI_EXIT_INPUT, "%s: %s", path, strerror(errno));
    return -1;
  }
  if (S_ISDIR(st.st_mode)) {
    batch_set_fail(set, CLI_EXIT_INPUT, "%s: is a directory, not a document", path);
    return -1;
  }
  paralign_read_options ro = opts->read;
  ro.lang = set->langs ? set->langs[i] : NULL;
  if (set->format != PARALIGN_INPUT_AUTO)
    ro.format = (paralign_input_format)set->format;
  paralign_error err = PARALIGN_ERROR_INIT;
  if (paralign_document_read_file(path, &ro, cli_heap_mem(), doc, &err) != PARALIGN_OK) {
    fail_with(set, &err, "");
    return -1;
  }
  return 0;
}

/* Whether the directory part of path (up to its last '/') exists. */
static int parent_exists(char *path) {
  char *last = strrchr(path, '/');
  if (!last || last == path)
    return 1;
  *last = '\0';
  struct stat st;
  int exists = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
  *last = '/';
  return exists;
}

/* mkdir -p for the directory part of path (another worker may race us). */
static int make_parent_dirs(batch_set *set, const char *path) {
  char *dir = strdup(path);
  if (!dir) {
    batch_set_fail(set, CLI_EXIT_INTERNAL, "out of memory");
    return -1;
  }
  int rc = 0;
  char *p = parent_exists(dir) ? NULL : strchr(dir + 1, '/');
  for (; p && rc == 0; p = strchr(p + 1, '/')) {
    *p = '\0';
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
      batch_set_fail(set, CLI_EXIT_OUTPUT, "%s: cannot create directory: %s", dir, strerror(errno));
      rc = -1;
    }
    *p = '/';
  }
  free(dir);
  return rc;
}

static int write_output(batch_set *set, const paralign_alignment *al, const batch_options *opts,
                        const paralign_write_options *wo, size_t *units) {
  if (make_parent_dirs(set, set->target) != 0)
    return -1;
  cli_output out;
  int rc = cli_output_open(&out, set->target);
  if (rc != CLI_EXIT_OK) {
    batch_set_fail(set, rc, "%s: cannot create the output file", set->target);
    return -1;
  }
  out.no_sync = 1; /* one syncfs at the end instead: see batch_sync_outputs */
  paralign_error err = PARALIGN_ERROR_INIT;
  cli_units mode = set->units_mode >= 0 ? (cli_units)set->units_mode : opts->units;
  cli_units_written written = {0, 0};
  if (cli_write_units(al, mode, opts->format, wo, cli_output_write, &out, &written, &err) !=
      PARALIGN_OK) {
    int failed = out.failed;
    cli_output_abort(&out);
    if (failed)
      batch_set_fail(set, CLI_EXIT_OUTPUT, "%s: cannot write output: %s", set->target,
                     strerror(failed));
    else
      fail_with(set, &err, "");
    return -1;
  }
  rc = cli_output_commit(&out);
  if (rc != CLI_EXIT_OK)
    batch_set_fail(set, rc, "%s: cannot write output", set->target);
  *units = written.units;
  return rc == CLI_EXIT_OK ? 0 : -1;
}

/* The languages the set's line or the run names with --pair, or all. */
static void write_pair_or_all(batch_set *set, const paralign_alignment *al,
                              const batch_options *opts) {
  const char *arg = set->pair ? set->pair : opts->pair;
  if (!arg) {
    write_output(set, al, opts, &opts->write, &set->units);
    return;
  }
  cli_pair pair;
  char msg[512];
  if (cli_parse_pair(arg, &pair, msg, sizeof msg) != CLI_EXIT_OK ||
      cli_pair_docs(al, &pair, msg, sizeof msg) != CLI_EXIT_OK) {
    batch_set_fail(set, CLI_EXIT_USAGE, "%s", msg);
    return;
  }
  paralign_write_options wo = opts->write;
  wo.docs = pair.docs;
  wo.ndocs = 2;
  write_output(set, al, opts, &wo, &set->units);
}

static void align_and_write(batch_set *set, paralign_document **docs, const batch_options *opts) {
  paralign_alignment *al = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_align((const paralign_document *const *)docs, set->count, &opts->align,
                          cli_heap_mem(), &al, &err);
  if (rc == PARALIGN_ERR_NOT_PARALLEL)
    fail_with(set, &err, " (use --force to align anyway)");
  else if (rc != PARALIGN_OK)
    fail_with(set, &err, "");
  else
    write_pair_or_all(set, al, opts);
  paralign_alignment_free(al);
}

void batch_run_set(batch_set *set, const batch_options *opts) {
  double start = batch_now();
  paralign_document **docs = calloc(set->count, sizeof *docs);
  if (!docs) {
    batch_set_fail(set, CLI_EXIT_INTERNAL, "out of memory");
    return;
  }
  size_t loaded = 0;
  while (loaded < set->count && load_one(set, loaded, opts, &docs[loaded]) == 0)
    loaded++;
  char msg[1024];
  int langs_rc = loaded == set->count ? cli_langs_problem(docs, loaded, msg, sizeof msg) : 0;
  if (langs_rc != CLI_EXIT_OK)
    batch_set_fail(set, langs_rc, "%s", msg);
  else if (loaded == set->count)
    align_and_write(set, docs, opts);
  for (size_t i = 0; i < loaded; i++)
    paralign_document_free(docs[i]);
  free(docs);
  set->seconds = batch_now() - start;
}

/* --- durability ---------------------------------------------------------- */

#define SYNC_MAX_DEVICES 16

/* One fsync per output costs a disk round trip each (milliseconds, more
 * than aligning a set), so outputs are renamed into place unsynced and each
 * file system written to is synced once here.  An interrupted run still
 * never leaves a partial file: only a power failure before this point can. */
int batch_sync_outputs(const batch_manifest *m) {
  dev_t done[SYNC_MAX_DEVICES];
  size_t ndone = 0;
  int rc = 0;
  for (size_t i = 0; i < m->count && rc == 0; i++) {
    const batch_set *set = &m->sets[i];
    if (set->error || !set->target)
      continue;
    /* Only regular files were renamed into place; a FIFO or a device was
     * written where it is (and opening a FIFO would wait for a writer). */
    struct stat st;
    if (stat(set->target, &st) != 0 || !S_ISREG(st.st_mode))
      continue;
    int fd = open(set->target, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      if (fd >= 0)
        close(fd);
      continue; /* removed or replaced meanwhile: nothing of ours to sync */
    }
    size_t k = 0;
    while (k < ndone && done[k] != st.st_dev)
      k++;
    if (k == ndone) {
      if (ndone == SYNC_MAX_DEVICES)
        sync();
      else if (syncfs(fd) != 0)
        rc = errno ? errno : EIO;
      if (ndone < SYNC_MAX_DEVICES)
        done[ndone++] = st.st_dev;
    }
    close(fd);
  }
  return rc;
}

/* --- the pool ------------------------------------------------------------ */

typedef struct pool {
  batch_manifest *manifest;
  const batch_options *opts;
  batch_progress *progress;
  pthread_mutex_t lock;
  size_t next;
  int stdout_errno; /* the results could not be written: no more sets are taken */
} pool;

static void report(pool *pl, const batch_set *set) {
  if (set->error)
    batch_progress_message(pl->progress, "error: manifest line %lu: %s", set->line, set->error);
  if (pl->opts->jsonl && !pl->stdout_errno) {
    errno = 0;
    batch_write_result(stdout, set);
    /* Line by line, so that a pipeline downstream sees results as they come;
     * once it is gone (`| head`), aligning more sets is work for nothing. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
      pl->stdout_errno = errno ? errno : EIO;
      pl->next = pl->manifest->count;
    }
  }
  batch_progress_step(pl->progress, set);
}

static void *worker(void *arg) {
  pool *pl = arg;
  pthread_mutex_lock(&pl->lock);
  while (pl->next < pl->manifest->count) {
    batch_set *set = &pl->manifest->sets[pl->next++];
    if (!set->error) {
      pthread_mutex_unlock(&pl->lock);
      batch_run_set(set, pl->opts);
      pthread_mutex_lock(&pl->lock);
    }
    report(pl, set);
  }
  pthread_mutex_unlock(&pl->lock);
  return NULL;
}

int batch_run_all(batch_manifest *m, const batch_options *opts, batch_progress *progress) {
  pool pl = {m, opts, progress, PTHREAD_MUTEX_INITIALIZER, 0, 0};
  size_t jobs = (size_t)opts->jobs;
  if (jobs > m->count)
    jobs = m->count ? m->count : 1;
  pthread_t threads[BATCH_MAX_JOBS];
  size_t started = 0;
  /* The calling thread works too, so a failed pthread_create only slows us. */
  while (started + 1 < jobs && pthread_create(&threads[started], NULL, worker, &pl) == 0)
    started++;
  worker(&pl);
  for (size_t i = 0; i < started; i++)
    pthread_join(threads[i], NULL);
  pthread_mutex_destroy(&pl.lock);
  return pl.stdout_errno;
}
