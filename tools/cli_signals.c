/* cli_signals.c: signals never leave a temporary output file behind.
 *
 * A handler running in whichever thread the signal lands on cannot see what
 * the other threads are doing: with `batch --jobs 4`, workers went on
 * creating temporary files after the handler had removed the ones it knew.
 * So the signals that end the process are blocked in every thread, from
 * before the first temporary file is made and before any worker thread is
 * started, and one thread waits for them.  It takes the lock of the table of
 * pending temporary files for good (a file is created and registered under
 * that lock, so none can appear afterwards), removes them all, and ends the
 * process by the same signal, which gives the status a shell expects (130
 * for Ctrl-C).
 *
 * SIGPIPE and SIGXFSZ are ignored instead: a write to a closed pipe or past
 * the file size limit then fails with EPIPE or EFBIG, and the ordinary error
 * path removes the temporary file and exits 3.  Only SIGKILL can leave one. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* One temporary file per thread at most: `batch` runs up to BATCH_MAX_JOBS. */
#define MAX_PENDING 256
static char *pending[MAX_PENDING];
static pthread_mutex_t pending_lock = PTHREAD_MUTEX_INITIALIZER;
static mode_t process_umask;

/* The signals whose default is to end the process and that a user or a job
 * system sends (SIGKILL and SIGSTOP cannot be caught). */
static const int fatal_signals[] = {SIGHUP,  SIGINT,  SIGQUIT, SIGTERM,  SIGUSR1,
                                    SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM};

void cli_pending_lock(void) { pthread_mutex_lock(&pending_lock); }
void cli_pending_unlock(void) { pthread_mutex_unlock(&pending_lock); }

int cli_pending_add(char *path) {
  for (int i = 0; i < MAX_PENDING; i++)
    if (!pending[i]) {
      pending[i] = path;
      return 0;
    }
  return -1;
}

void cli_pending_remove(const char *path) {
  for (int i = 0; i < MAX_PENDING; i++)
    if (pending[i] == path)
      pending[i] = NULL;
}

mode_t cli_umask(void) { return process_umask; }

static pthread_t signal_thread;
static int signal_thread_started;

/* cli_stop ends the thread with this signal, sent to the thread itself: a
 * cancellation would unwind its stack, and loading the unwinder costs more
 * than the rest of a short run's start-up. */
#define QUIT_SIGNAL SIGRTMIN

/* Only cli_stop's own signal ends the thread quietly; the same signal from
 * another process is treated as the fatal signal it is by default. */
static int is_quit_request(const siginfo_t *info) {
  return info->si_signo == QUIT_SIGNAL && info->si_pid == getpid();
}

static void *wait_for_signals(void *arg) {
  const sigset_t *set = arg;
  siginfo_t info;
  int sig;
  while ((sig = sigwaitinfo(set, &info)) < 0) /* EINTR */
    ;
  if (is_quit_request(&info))
    return NULL;
  pthread_mutex_lock(&pending_lock); /* kept: no temporary file is made after this */
  for (int i = 0; i < MAX_PENDING; i++)
    if (pending[i])
      unlink(pending[i]);
  signal(sig, SIG_DFL);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, sig);
  pthread_sigmask(SIG_UNBLOCK, &one, NULL);
  raise(sig);
  _exit(128 + sig); /* not reached: the default action ends the process */
}

/* The thread waits, then unlinks a few files: a small stack will do, where
 * the default (8 MB) is a mapping the size of the rest of a short run. */
#define SIGNAL_THREAD_STACK (64 * 1024)

static int start_signal_thread(sigset_t *set) {
  pthread_attr_t attr;
  int e = pthread_attr_init(&attr);
  if (e)
    return e;
  size_t stack = SIGNAL_THREAD_STACK < PTHREAD_STACK_MIN ? PTHREAD_STACK_MIN : SIGNAL_THREAD_STACK;
  e = pthread_attr_setstacksize(&attr, stack);
  if (!e)
    e = pthread_create(&signal_thread, &attr, wait_for_signals, set);
  pthread_attr_destroy(&attr);
  return e;
}

void cli_start(void) {
  process_umask = umask(0); /* read once, before any thread: it can only be read by setting it */
  umask(process_umask);
  signal(SIGPIPE, SIG_IGN);
  signal(SIGXFSZ, SIG_IGN);
}

/* Until a temporary file may exist, a signal's default action is all a
 * command needs: the thread is started only then, and a command writing to
 * standard output (or only printing its version) never pays for it. */
int cli_watch_signals(void) {
  if (signal_thread_started)
    return 0;
  static sigset_t set;
  sigemptyset(&set);
  for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
    struct sigaction old;
    /* A signal ignored by whoever started us (nohup) stays ignored. */
    if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
      sigaddset(&set, fatal_signals[i]);
  }
  sigaddset(&set, QUIT_SIGNAL);
  int e = pthread_sigmask(SIG_BLOCK, &set, NULL);
  if (!e)
    e = start_signal_thread(&set);
  signal_thread_started = !e;
  return e;
}

/* The thread is ended and joined, not left running into exit: what it holds
 * is freed (a memory checker sees no thread stack lost). */
void cli_stop(void) {
  if (!signal_thread_started)
    return;
  pthread_kill(signal_thread, QUIT_SIGNAL);
  pthread_join(signal_thread, NULL);
  signal_thread_started = 0;
}
