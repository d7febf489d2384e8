/* batch_progress.c: progress of `paralign batch` on standard error.
 *
 * On a terminal: one bar redrawn in place (at most ten times a second) with
 * the rate and the time left.  Otherwise (a log file, a Slurm job): a plain
 * line each time another tenth of the sets is done (after the first
 * second) or ten seconds passed, so logs stay short for big collections and
 * still show life. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"

#define BAR_WIDTH 30
#define TTY_INTERVAL 0.1
#define LOG_INTERVAL 10.0

double batch_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void batch_progress_init(batch_progress *p, size_t total, int quiet) {
  *p = (batch_progress){0};
  p->total = total;
  p->quiet = quiet;
  p->tty = isatty(STDERR_FILENO);
  p->start = p->last_draw = batch_now();
}

/* "1:02:03" or "2:03" for a number of seconds. */
static void format_duration(char *buf, size_t size, double seconds) {
  unsigned long s = seconds < 0 ? 0 : (unsigned long)(seconds + 0.5);
  if (s >= 3600)
    snprintf(buf, size, "%lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
  else
    snprintf(buf, size, "%lu:%02lu", s / 60, s % 60);
}

static void rate_and_eta(const batch_progress *p, double now, double *rate, char *eta,
                         size_t size) {
  double elapsed = now - p->start;
  *rate = elapsed > 0 ? (double)p->done / elapsed : 0;
  if (*rate > 0)
    format_duration(eta, size, (double)(p->total - p->done) / *rate);
  else
    snprintf(eta, size, "?");
}

static void draw_bar(batch_progress *p, double now) {
  double rate;
  char eta[32];
  rate_and_eta(p, now, &rate, eta, sizeof eta);
  size_t filled = p->total ? p->done * BAR_WIDTH / p->total : BAR_WIDTH;
  char bar[BAR_WIDTH + 1];
  for (size_t i = 0; i < BAR_WIDTH; i++)
    bar[i] = i < filled ? '#' : '.';
  bar[BAR_WIDTH] = '\0';
  fprintf(stderr, "\r\033[K[%s] %zu/%zu sets  %.1f sets/s  ETA %s", bar, p->done, p->total, rate,
          eta);
  if (p->failed)
    fprintf(stderr, "  %zu failed", p->failed);
  fflush(stderr);
  p->drawn = 1;
}

static void log_line(batch_progress *p, double now) {
  double rate;
  char eta[32];
  rate_and_eta(p, now, &rate, eta, sizeof eta);
  fprintf(stderr, "paralign: batch: %zu/%zu sets (%.0f%%), %zu failed, %.1f sets/s, ETA %s\n",
          p->done, p->total, p->total ? 100.0 * (double)p->done / (double)p->total : 100.0,
          p->failed, rate, eta);
}

static int log_due(const batch_progress *p, double now) {
  if (p->done == p->total)
    return 0; /* the summary says it */
  /* A batch done within a second needs no progress, only its summary. */
  size_t tenth = p->total / 10 ? p->total / 10 : 1;
  return (p->done - p->last_done >= tenth && now - p->start >= 1.0) ||
         now - p->last_draw >= LOG_INTERVAL;
}

void batch_progress_step(batch_progress *p, const batch_set *set) {
  p->done++;
  p->units += set->units;
  if (set->error)
    p->failed++;
  if (p->quiet)
    return;
  double now = batch_now();
  if (p->tty && (now - p->last_draw >= TTY_INTERVAL || p->done == p->total)) {
    draw_bar(p, now);
    p->last_draw = now;
  } else if (!p->tty && log_due(p, now)) {
    log_line(p, now);
    p->last_draw = now;
    p->last_done = p->done;
  }
}

static void erase_bar(batch_progress *p) {
  if (p->drawn) {
    fputs("\r\033[K", stderr);
    p->drawn = 0;
  }
}

void batch_progress_message(batch_progress *p, const char *fmt, ...) {
  erase_bar(p);
  va_list ap;
  va_start(ap, fmt);
  char *msg = NULL;
  fputs("paralign: ", stderr);
  /* Manifest lines and file names are shown, never obeyed by the terminal. */
  if (vasprintf(&msg, fmt, ap) >= 0)
    cli_fput_visible(stderr, msg);
  free(msg);
  fputc('\n', stderr);
  va_end(ap);
  fflush(stderr);
}

void batch_progress_finish(batch_progress *p) { erase_bar(p); }
