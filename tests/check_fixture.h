/* check_fixture.h: what the check suites share (check_fixture.c). */
#ifndef PARALIGN_CHECK_FIXTURE_H
#define PARALIGN_CHECK_FIXTURE_H

#include <stddef.h>

#include "testutil.h"

#define SV_2023 "seeds/000_99d952fa1365f389.txt"
#define EN_2023 "seeds/002_a07fe2476f6a6bb4.txt"
#define SV_2025 "seeds/001_131cc33483b97d95.txt"
#define LV_2025 "seeds/004_d6c2b8bb3e30ce40.txt"
#define SV_STRATEGY "seeds/003_d39c38ddf7449eec.txt"
#define BIBLE_SV "bible_excerpt/gen5-7_sv.txt"
#define BIBLE_LV "bible_excerpt/gen5-7_lv.txt"
#define BIBLE_EN "bible_excerpt/gen5-7_en.txt"

/* ---- checking ------------------------------------------------------------ */

typedef struct checked {
  paralign_document *docs[3];
  size_t n;
  paralign_alignment *al;
  paralign_report *report;
} checked;

/* Read, align and check n texts (n <= 3) in languages langs. */
void check_texts(checked *c, char **texts, const char *const *langs, size_t n);
/* The same for files under data/. */
void check_files(checked *c, const char *const *paths, const char *const *langs, size_t n);
void checked_free(checked *c);
/* The findings of r on stderr (for a failing test). */
void dump(const paralign_report *r);
/* The one error of the report, which must be of kind: its index. */
size_t the_error(const paralign_report *r, paralign_finding_kind kind);
/* How many findings of kind r has at severity sev; *first: the first one's
 * index (left alone when there is none; first may be NULL). */
size_t count_findings(const paralign_report *r, paralign_finding_kind kind, paralign_severity sev,
                      size_t *first);

/* A paralign_write_fn adding the bytes written to *(size_t *)ctx. */
int collect(const char *data, size_t len, void *ctx);

extern const char *const sv_lv[];
extern const char *const sv_en[];
extern const char *const sv_lv_en[];

/* ---- texts --------------------------------------------------------------- */

/* The 2025 seed pair (sv, lv) and the 2023 one (sv, en) into texts[0..1]. */
void load_2025(char **texts);
void load_2023(char **texts);
/* Genesis 5-7 in sv, lv, en into t[0..2]. */
void load_bible(char **t);
void free_texts(char **texts, size_t n);

/* A small hand-made pair of versions that lines up: sections I and II,
 * numbered paragraphs 1. to 7., footnote 1 after paragraph 2, "30" in
 * paragraph 4, an address in paragraph 6. */
extern const char check_hand_sv[];
extern const char check_hand_en[];
/* The hand-made pair into t[0..1] (malloc'd), for damaging. */
void load_hand(char **t);

#endif
