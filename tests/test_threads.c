/* test_threads.c: no global mutable state.  Two threads read, align and
 * write different document pairs at the same time, several times over (the
 * paragraph units, then the sentence units inside them), and must produce
 * exactly the bytes of serial runs; threads that use one document at once
 * share the conventions it loads on first use.  tests/extra/tsan.sh runs
 * this under ThreadSanitizer, which also reports any data race. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/document.h"
#include "testutil.h"

#define ROUNDS 3

typedef struct job {
  const char *files[2];
  const char *langs[2];
  char *reference; /* serial result */
  int failures;    /* rounds whose output differed or failed */
} job;

/* Read both files, align and write TMX; the output (malloc'ed) or NULL.
 * Runs in worker threads, so it reports failure instead of asserting. */
static char *run_job(const job *j) {
  paralign_document *docs[2] = {NULL, NULL};
  paralign_alignment *al = NULL;
  tu_sink out = {NULL, 0};
  int rc = PARALIGN_OK;
  for (int i = 0; i < 2 && rc == PARALIGN_OK; i++) {
    paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
    ro.lang = j->langs[i];
    char path[4096]; /* not tu_data_path(): its static buffer is shared */
    snprintf(path, sizeof path, "%s/%s", PARALIGN_DATA_DIR, j->files[i]);
    rc = paralign_document_read_file(path, &ro, NULL, &docs[i], NULL);
  }
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  if (rc == PARALIGN_OK)
    rc = paralign_align((const paralign_document *const *)docs, 2, &ao, NULL, &al, NULL);
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20260101T120000Z";
  if (rc == PARALIGN_OK)
    rc = paralign_alignment_write(al, PARALIGN_FORMAT_TMX, &wo, tu_sink_write, &out, NULL);
  paralign_sentences *sent = NULL;
  if (rc == PARALIGN_OK)
    rc = paralign_sentences_align(al, NULL, NULL, &sent, NULL);
  if (rc == PARALIGN_OK)
    rc = paralign_sentences_write(sent, PARALIGN_FORMAT_TMX, &wo, tu_sink_write, &out, NULL);
  paralign_sentences_free(sent);
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
  if (rc != PARALIGN_OK) {
    free(out.data);
    return NULL;
  }
  return out.data;
}

static void *worker(void *arg) {
  job *j = arg;
  for (int r = 0; r < ROUNDS; r++) {
    char *out = run_job(j);
    if (!out || strcmp(out, j->reference) != 0)
      j->failures++;
    free(out);
  }
  return NULL;
}

START_TEST(test_threads_parallel_runs_match_serial_runs) {
  job jobs[2] = {
      {{"seeds/000_99d952fa1365f389.txt", "seeds/002_a07fe2476f6a6bb4.txt"}, {"sv", "en"}, NULL, 0},
      {{"seeds/001_131cc33483b97d95.txt", "seeds/004_d6c2b8bb3e30ce40.txt"}, {"sv", "lv"}, NULL, 0},
  };
  for (int i = 0; i < 2; i++) {
    jobs[i].reference = run_job(&jobs[i]);
    ck_assert_msg(jobs[i].reference != NULL, "serial run %d failed", i);
    ck_assert_ptr_nonnull(strstr(jobs[i].reference, "<tu"));
    ck_assert_ptr_nonnull(strstr(jobs[i].reference, "segtype=\"sentence\""));
  }
  ck_assert_str_ne(jobs[0].reference, jobs[1].reference);
  pthread_t threads[2];
  for (int i = 0; i < 2; i++)
    ck_assert_int_eq(pthread_create(&threads[i], NULL, worker, &jobs[i]), 0);
  for (int i = 0; i < 2; i++)
    ck_assert_int_eq(pthread_join(threads[i], NULL), 0);
  for (int i = 0; i < 2; i++) {
    ck_assert_msg(jobs[i].failures == 0, "job %d: %d of %d threaded runs differ from serial", i,
                  jobs[i].failures, ROUNDS);
    free(jobs[i].reference);
  }
}
END_TEST

/* Threads that align one document at once share the number and date
 * conventions it loads on first use: each gets the one table kept. */
typedef struct asker {
  const paralign_document *doc;
  const paralign_numfmt *got;
} asker;

static void *ask_numfmt(void *arg) {
  asker *a = arg;
  a->got = paralign_document_numfmt(a->doc);
  return NULL;
}

START_TEST(test_threads_share_one_documents_conventions) {
  for (int round = 0; round < 8; round++) {
    paralign_document *doc = tu_parse_data("seeds/004_d6c2b8bb3e30ce40.txt", "lv");
    pthread_t threads[4];
    asker ask[4];
    for (int i = 0; i < 4; i++) {
      ask[i].doc = doc;
      ck_assert_int_eq(pthread_create(&threads[i], NULL, ask_numfmt, &ask[i]), 0);
    }
    for (int i = 0; i < 4; i++)
      ck_assert_int_eq(pthread_join(threads[i], NULL), 0);
    for (int i = 0; i < 4; i++)
      ck_assert_ptr_eq(ask[i].got, paralign_document_numfmt(doc));
    ck_assert_ptr_nonnull(ask[0].got);
    paralign_document_free(doc);
  }
}
END_TEST

static Suite *threads_suite(void) {
  Suite *s = suite_create("threads");
  TCase *tc = tcase_create("threads");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_threads_parallel_runs_match_serial_runs);
  tcase_add_test(tc, test_threads_share_one_documents_conventions);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(threads_suite()); }
