/* test_core.c: versions, status strings, errors and the allocator hook. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/error.h"
#include "base/mem.h"
#include "testutil.h"
#include "text/utf8.h"

START_TEST(test_core_version_matches_macros) {
  ck_assert_int_eq(paralign_version(), PARALIGN_VERSION);
  ck_assert_str_eq(paralign_version_string(), PARALIGN_VERSION_STRING);
  ck_assert_int_eq(paralign_version() >> 16, PARALIGN_VERSION_MAJOR);
  ck_assert_ptr_nonnull(strchr(paralign_unicode_version(), '.'));
}
END_TEST

START_TEST(test_core_strerror_names_every_status) {
  for (int s = PARALIGN_ERR_INTERNAL; s <= PARALIGN_OK; s++) {
    const char *m = paralign_strerror(s);
    ck_assert_ptr_nonnull(m);
    ck_assert_str_ne(m, "unknown error");
  }
  ck_assert_str_eq(paralign_strerror(-999), "unknown error");
}
END_TEST

START_TEST(test_core_error_carries_position) {
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_error_set_at(&err, PARALIGN_ERR_ENCODING, "a.txt", 3, 7, 42, "bad byte 0x%02X",
                                 0xC3u);
  ck_assert_int_eq(rc, PARALIGN_ERR_ENCODING);
  ck_assert_int_eq(err.code, PARALIGN_ERR_ENCODING);
  ck_assert_str_eq(err.file, "a.txt");
  ck_assert_uint_eq(err.line, 3);
  ck_assert_uint_eq(err.byte, 42);
  ck_assert_str_eq(err.message, "bad byte 0xC3");
  paralign_error_clear(&err);
  ck_assert_int_eq(err.code, PARALIGN_OK);
  ck_assert_int_eq(err.has_position, 0);
}
END_TEST

typedef struct {
  size_t allocs, frees;
} counting;

static void *count_malloc(size_t n, void *ctx) {
  ((counting *)ctx)->allocs++;
  return malloc(n);
}
static void *count_realloc(void *p, size_t n, void *ctx) {
  if (!p)
    ((counting *)ctx)->allocs++;
  return realloc(p, n);
}
static void count_free(void *p, void *ctx) {
  if (p)
    ((counting *)ctx)->frees++;
  free(p);
}

START_TEST(test_core_custom_allocator_sees_every_allocation) {
  counting c = {0, 0};
  paralign_mem mem = {count_malloc, count_realloc, count_free, &c};
  paralign_document *doc = NULL;
  const char *text = "1. First paragraph.\n\n2. Second paragraph.\n";
  ck_assert_int_eq(paralign_document_parse(text, strlen(text), "t", NULL, &mem, &doc, NULL),
                   PARALIGN_OK);
  ck_assert_uint_gt(c.allocs, 0);
  paralign_document_free(doc);
  ck_assert_uint_eq(c.allocs, c.frees);
}
END_TEST

START_TEST(test_core_buf_grows_and_formats) {
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  for (int i = 0; i < 1000; i++)
    ck_assert_int_eq(paralign_buf_printf(&b, "%d,", i), 0);
  ck_assert_uint_eq(strlen(b.data), b.len);
  ck_assert(strncmp(b.data, "0,1,2,", 6) == 0);
  paralign_buf_clear(&b);
  ck_assert_int_eq(paralign_buf_put_utf8(&b, 0x20AC), 0);
  ck_assert_str_eq(b.data, "\xE2\x82\xAC");
  paralign_buf_free(&b);
}
END_TEST

/* A large array reserved at once, on huge pages where the system has them
 * (aligned to one), filled in part, fitted to what it holds and grown
 * again, its items kept each time; with a caller's allocator, the same
 * through that allocator's own calls. */
START_TEST(test_core_large_arrays_reserved_and_fitted) {
  paralign_mem m = paralign_mem_or_default(NULL);
  unsigned char *big = paralign_mem_alloc_large(&m, 3u << 20);
  ck_assert_ptr_nonnull(big);
#if defined(__linux__)
  ck_assert_uint_eq((uintptr_t)big % (2u << 20), 0);
#endif
  memset(big, 0xAB, 3u << 20);
  paralign_mem_free(&m, big);

  counting c = {0, 0};
  paralign_mem counted = {count_malloc, count_realloc, count_free, &c};
  const paralign_mem *mems[] = {&m, &counted};
  for (size_t k = 0; k < 2; k++) {
    void *arr = NULL;
    size_t cap = 0;
    ck_assert_int_eq(paralign_mem_reserve(mems[k], &arr, &cap, 1000000, sizeof(int)), 0);
    ck_assert_uint_eq(cap, 1000000);
    int *v = arr;
    for (int i = 0; i < 1000; i++)
      v[i] = i * 7;
    ck_assert_int_eq(paralign_mem_fit(mems[k], &arr, &cap, 1000, sizeof(int)), 0);
    ck_assert_uint_eq(cap, 1000);
    ck_assert_int_eq(paralign_mem_reserve(mems[k], &arr, &cap, 5000, sizeof(int)), 0);
    ck_assert_uint_eq(cap, 5000);
    v = arr;
    for (int i = 0; i < 1000; i++)
      ck_assert_int_eq(v[i], i * 7);
    paralign_mem_free(mems[k], arr);
  }
  ck_assert_uint_eq(c.allocs, 1); /* the reserve; the fit and the growth resize it */
  ck_assert_uint_eq(c.frees, 1);
}
END_TEST

/* Capitals and small letters of every script, counted sixteen ASCII bytes
 * at a time or one character at a time, and the count cut short once the
 * capitals cannot reach the ratio asked for. */
START_TEST(test_core_cases_counted) {
  size_t upper, lower;
  const char *caps = "PRIORITERADE ÅTGÄRDER FÖR EU:S DIGITALA DIPLOMATI";
  ck_assert_int_eq(paralign_utf8_count_cases(caps, strlen(caps), &upper, &lower, 4), 1);
  ck_assert_uint_eq(upper, 43);
  ck_assert_uint_eq(lower, 0);
  const char *greek = "ΓΕΝΙΚΕΣ ΔΙΑΤΑΞΕΙΣ και Άρθρο 1";
  ck_assert_int_eq(paralign_utf8_count_cases(greek, strlen(greek), &upper, &lower, 0), 1);
  ck_assert_uint_eq(upper, 17);
  ck_assert_uint_eq(lower, 7);
  const char *prose = "I ett alltmer utmanande geopolitiskt sammanhang, som förvärras av Rysslands";
  ck_assert_int_eq(paralign_utf8_count_cases(prose, strlen(prose), &upper, &lower, 4), 0);
  ck_assert_uint_lt(upper + lower, 64); /* stopped early */
  ck_assert_int_eq(paralign_utf8_count_cases(prose, strlen(prose), &upper, &lower, 0), 1);
  ck_assert_uint_eq(upper, 2);
  ck_assert_uint_eq(lower, 63);
}
END_TEST

START_TEST(test_core_null_objects_are_safe) {
  paralign_document_free(NULL);
  paralign_alignment_free(NULL);
  ck_assert_uint_eq(paralign_document_count(NULL), 0);
  ck_assert_ptr_null(paralign_document_get(NULL, 0));
}
END_TEST

int main(void) {
  Suite *s = suite_create("core");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_core_version_matches_macros);
  tcase_add_test(tc, test_core_strerror_names_every_status);
  tcase_add_test(tc, test_core_error_carries_position);
  tcase_add_test(tc, test_core_custom_allocator_sees_every_allocation);
  tcase_add_test(tc, test_core_buf_grows_and_formats);
  tcase_add_test(tc, test_core_large_arrays_reserved_and_fitted);
  tcase_add_test(tc, test_core_cases_counted);
  tcase_add_test(tc, test_core_null_objects_are_safe);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
