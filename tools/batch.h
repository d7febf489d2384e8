/* batch.h: the pieces of `paralign batch`: manifest, worker pool, progress. */
#ifndef PARALIGN_BATCH_H
#define PARALIGN_BATCH_H

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#include "cli.h"
#include "paralign.h"

/* Threads are capped: beyond this the pending-temp-file table of
 * cli_output.c would overflow, and no machine gains from more. */
#define BATCH_MAX_JOBS 256

/* One document set: a line of the manifest and, once run, its result. */
typedef struct batch_set {
  unsigned long line; /* 1-based line in the manifest */
  size_t count;       /* number of files */
  char **files;       /* count paths */
  char **langs;       /* count language codes, or NULL to detect them */
  char *output;       /* the output path as written in the manifest */
  char *target;       /* where it is written: output resolved under -o DIR */
  char *id;           /* the JSON value of "id" (compact), echoed in results; or NULL */
  int units_mode;     /* a cli_units the line asks for, or -1: the run's --units */
  char *pair;         /* "sv,en" the line asks for (checked), or NULL: the run's --pair */
  int format;         /* "input_format" of a JSON entry: a paralign_input_format, 0 (auto) */
  /* The result. */
  int exit;       /* a cli_exit code; 0 when the set was aligned */
  char *error;    /* what went wrong, or NULL */
  size_t units;   /* units written */
  double seconds; /* wall time spent on the set */
} batch_set;

/* The manifest: every set it lists, in order. */
typedef struct batch_manifest {
  batch_set *sets;
  size_t count;
} batch_manifest;

/* Where outputs may go. */
typedef struct batch_paths {
  const char *outdir; /* -o DIR: relative outputs go under it (NULL: the current directory) */
  int absolute;       /* --absolute-outputs: absolute output paths are allowed */
} batch_paths;

/* Read the manifest at path ("-": standard input).  Lines that cannot be
 * parsed, whose output would leave the output directory, or that conflict
 * with another line (batch_reject_conflicts) become sets that already carry
 * their error, so that the others still run.  Returns 0, or an errno value
 * when the manifest itself could not be read. */
int batch_manifest_read(const char *path, const batch_paths *paths, batch_manifest *m);
/* The same for a manifest already in memory (data[0..len)), read from path. */
int batch_manifest_parse(const char *data, size_t len, const char *path, const batch_paths *paths,
                         batch_manifest *m);
/* Fail the sets whose output is an input (of any set), the manifest or the
 * output of an earlier line, and the sets naming one input twice; files are
 * compared by device and inode.  Returns 0 or ENOMEM. */
int batch_reject_conflicts(batch_manifest *m, const char *manifest);
/* Set jansson up (its allocator); call once before parsing JSON lines. */
void batch_json_init(void);
void batch_manifest_free(batch_manifest *m);
/* Parse one line, TSV or JSON (a line that starts with '{').  Returns 0, or
 * -1 with set->error saying why (NULL error: out of memory). */
int batch_parse_line(const char *line, size_t len, batch_set *set);
int batch_parse_json(const char *line, size_t len, batch_set *set);
/* Set an error message on a set (formatted); keeps the first one. */
void batch_set_fail(batch_set *set, int exit_code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* What every set is run with. */
typedef struct batch_options {
  paralign_read_options read;
  paralign_align_options align;
  paralign_write_options write;
  paralign_format format;
  cli_units units;  /* --units; a manifest line may ask for another */
  const char *pair; /* --pair "sv,en" (checked), or NULL: every language; a line may ask */
  int jobs;
  int jsonl; /* write one JSON result line per set to standard output */
  int quiet; /* no progress */
} batch_options;

/* Progress on standard error: a bar with rate and ETA on a terminal, plain
 * lines every tenth of the work (or every ten seconds) otherwise. */
typedef struct batch_progress {
  size_t total, done, failed, units;
  double start, last_draw;
  size_t last_done;
  int tty, quiet, drawn;
} batch_progress;

double batch_now(void);
void batch_progress_init(batch_progress *p, size_t total, int quiet);
/* Count one finished set and redraw when due. */
void batch_progress_step(batch_progress *p, const batch_set *set);
/* Print a message line (an error) without garbling the bar. */
void batch_progress_message(batch_progress *p, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Erase the bar before the summary. */
void batch_progress_finish(batch_progress *p);

/* Run one set: read, align, write atomically.  Fills the result fields. */
void batch_run_set(batch_set *set, const batch_options *opts);
/* Run every set on opts->jobs threads; reports each as it finishes.
 * Returns 0, or the errno of writing a result to standard output (--jsonl),
 * after which no more sets were started. */
int batch_run_all(batch_manifest *m, const batch_options *opts, batch_progress *progress);
/* Flush the outputs written to disk (each file system once); 0 or errno. */
int batch_sync_outputs(const batch_manifest *m);
/* The JSON result line of a finished set. */
void batch_write_result(FILE *f, const batch_set *set);

#endif
