/* numfmt.c: a language's number and date conventions, read from ICU: the
 * date format symbols (month names), the long date pattern (its order and
 * its literal words), the date-time pattern generator (field names), the
 * decimal format symbols, the ordinal rule-based formatter and the compact
 * formats (multipliers).  Every word is kept folded in one string pool. */
#include "text/numfmt.h"

#include <stdio.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include <utf8proc.h>

#include "base/buf.h"
#include "paralign.h"
#include "text/fold.h"

#define ICU_CAP 256

typedef enum entry_kind {
  MONTH_WIDE, /* "novembris", "stycznia", "Ιανουαρίου" */
  MONTH_ABBR, /* "nov", "sty", "Ιαν" */
  DATE_WORD,  /* a literal of the long date: "de", "gada", "m" */
  DATE_STEM,  /* a field name, inflected in dates: "päivä", "gads" */
  ORDINAL,    /* "er", "st", "º" */
  MULTIPLIER  /* "millionen" (value: the power of ten) */
} entry_kind;

typedef struct entry {
  size_t off; /* in pool */
  unsigned char len, kind, value;
  unsigned char capital; /* ICU writes it with a capital ("May", "Januar") */
} entry;

struct paralign_numfmt {
  paralign_mem mem;
  paralign_buf pool; /* folded words, NUL-separated */
  entry *v;
  size_t n, cap;
  unsigned groups, decimals;
  int year_first;
  int snapshot; /* copied from the build's snapshot, not read from ICU */
};

/* The tables of the languages of data/lang (and of none: "und"), as ICU
 * gave them when paralign was built (text/numfmt_gen.c writes them with
 * paralign_numfmt_snapshot_source): building one from ICU costs more than
 * reading and aligning a short document.  They are taken only when the ICU
 * at run time is the version they were read from, so that a table is the
 * same either way; any other language or version is read from ICU. */
typedef struct numfmt_snapshot {
  const char *lang;
  unsigned groups, decimals;
  int year_first;
  const entry *v;
  size_t n;
  const char *pool;
  size_t pool_len;
} numfmt_snapshot;

#ifdef PARALIGN_NUMFMT_SNAPSHOT
#include "text/numfmt_snapshot.h"
#endif

static const numfmt_snapshot *snapshot_of(const char *key) {
#ifdef PARALIGN_NUMFMT_SNAPSHOT
  UVersionInfo v;
  char icu[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(v);
  u_versionToString(v, icu);
  if (strcmp(icu, NUMFMT_SNAPSHOT_ICU) != 0)
    return NULL;
  for (size_t i = 0; i < sizeof numfmt_snapshots / sizeof *numfmt_snapshots; i++)
    if (strcmp(numfmt_snapshots[i].lang, key) == 0)
      return &numfmt_snapshots[i];
#else
  (void)key;
#endif
  return NULL;
}

/* f filled from a snapshot. */
static int from_snapshot(paralign_numfmt *f, const numfmt_snapshot *s) {
  f->v = paralign_mem_calloc(&f->mem, s->n ? s->n : 1, sizeof *f->v);
  if (!f->v || paralign_buf_append(&f->pool, s->pool, s->pool_len) != 0)
    return PARALIGN_ERR_NOMEM;
  memcpy(f->v, s->v, s->n * sizeof *f->v);
  f->n = f->cap = s->n;
  f->groups = s->groups;
  f->decimals = s->decimals;
  f->year_first = s->year_first;
  f->snapshot = 1;
  return PARALIGN_OK;
}

/* ---- the table ------------------------------------------------------------ */

static const char *word_at(const paralign_numfmt *f, const entry *e) {
  return f->pool.data + e->off;
}

/* Whether a folded word of kind is already there (with any value). */
static int has(const paralign_numfmt *f, const char *w, size_t len, entry_kind kind) {
  for (size_t i = 0; i < f->n; i++)
    if (f->v[i].kind == kind && f->v[i].len == len && memcmp(word_at(f, &f->v[i]), w, len) == 0)
      return 1;
  return 0;
}

static int starts_upper(const char *s, size_t n) {
  utf8proc_int32_t cp;
  return n && utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp) > 0 &&
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Add the folded form of UTF-8 word s (n bytes); empty and too long words
 * are skipped. */
static int add(paralign_numfmt *f, const char *s, size_t n, entry_kind kind, int value) {
  char w[PARALIGN_FOLD_MAX];
  size_t len = paralign_fold(s, n, w, sizeof w);
  if (len == 0 || len == (size_t)-1 || len > 255 || has(f, w, len, kind))
    return PARALIGN_OK;
  void *arr = f->v;
  if (paralign_mem_grow(&f->mem, &arr, &f->cap, f->n + 1, sizeof *f->v) != 0)
    return PARALIGN_ERR_NOMEM;
  f->v = arr;
  entry e = {f->pool.len, (unsigned char)len, (unsigned char)kind, (unsigned char)value,
             (unsigned char)starts_upper(s, n)};
  if (paralign_buf_append(&f->pool, w, len) != 0 || paralign_buf_putc(&f->pool, '\0') != 0)
    return PARALIGN_ERR_NOMEM;
  f->v[f->n++] = e;
  return PARALIGN_OK;
}

/* ---- ICU strings ------------------------------------------------------------ */

/* u (n UTF-16 units, or -1: NUL-terminated) as UTF-8 in out; 0 or -1. */
static int to_utf8(const UChar *u, int32_t n, char *out, size_t cap) {
  UErrorCode st = U_ZERO_ERROR;
  int32_t len = 0;
  u_strToUTF8(out, (int32_t)cap, &len, u, n, &st);
  if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING || (size_t)len >= cap)
    return -1;
  return 0;
}

static int is_letter_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x80 && c != 0xE2);
}

/* Add each run of letters of s (UTF-8) as kind: "ta" of Maltese "ta’", "Mio"
 * of "Mio." (the scanner reads words as letters, and skips the apostrophes
 * and periods around them).  0xE2 starts the typographic apostrophes and
 * spaces, which are no letters. */
static int add_words(paralign_numfmt *f, const char *s, entry_kind kind, int value) {
  size_t i = 0, len = strlen(s);
  int rc = PARALIGN_OK;
  while (i < len && rc == PARALIGN_OK) {
    while (i < len && !is_letter_byte((unsigned char)s[i]))
      i++;
    size_t start = i;
    while (i < len && is_letter_byte((unsigned char)s[i]))
      i++;
    if (i > start)
      rc = add(f, s + start, i - start, kind, value);
  }
  return rc;
}

/* ---- months and the long date ------------------------------------------------ */

static int add_months(paralign_numfmt *f, const UDateFormat *df) {
  static const UDateFormatSymbolType wide[] = {UDAT_MONTHS, UDAT_STANDALONE_MONTHS};
  static const UDateFormatSymbolType abbr[] = {UDAT_SHORT_MONTHS, UDAT_STANDALONE_SHORT_MONTHS};
  int rc = PARALIGN_OK;
  for (int t = 0; t < 4 && rc == PARALIGN_OK; t++)
    for (int m = 0; m < 12 && rc == PARALIGN_OK; m++) {
      UChar u[ICU_CAP];
      char s[ICU_CAP];
      UErrorCode st = U_ZERO_ERROR;
      int32_t n = udat_getSymbols(df, t < 2 ? wide[t] : abbr[t - 2], m, u, ICU_CAP, &st);
      if (U_FAILURE(st) || to_utf8(u, n, s, sizeof s) != 0)
        continue;
      size_t len = strlen(s);
      while (len && s[len - 1] == '.')
        len--;
      rc = add(f, s, len, t < 2 ? MONTH_WIDE : MONTH_ABBR, m + 1);
    }
  return rc;
}

/* The literal words of a date pattern ("d 'de' MMMM 'de' y": "de"), and
 * whether the year comes first (before the day and the month). */
static int read_pattern(paralign_numfmt *f, const UChar *pat, int32_t n) {
  char lit[ICU_CAP];
  size_t nl = 0;
  int quoted = 0, first_field = 0;
  for (int32_t i = 0; i < n; i++) {
    UChar c = pat[i];
    char s[8];
    if (c == '\'') {
      quoted = !quoted;
    } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      if (!first_field && (c == 'y' || c == 'd' || c == 'M' || c == 'L'))
        first_field = c;
      if (nl + 1 < sizeof lit)
        lit[nl++] = ' ';
    } else if (to_utf8(&pat[i], 1, s, sizeof s) == 0 && nl + strlen(s) + 1 < sizeof lit) {
      memcpy(lit + nl, s, strlen(s));
      nl += strlen(s);
    }
  }
  lit[nl] = '\0';
  f->year_first |= first_field == 'y';
  return add_words(f, lit, DATE_WORD, 0);
}

static int add_dates(paralign_numfmt *f, const char *locale) {
  UErrorCode st = U_ZERO_ERROR;
  UDateFormat *df = udat_open(UDAT_NONE, UDAT_LONG, locale, NULL, 0, NULL, 0, &st);
  if (U_FAILURE(st) || !df)
    return PARALIGN_OK; /* no date data: numeric dates only */
  int rc = add_months(f, df);
  UChar pat[ICU_CAP];
  st = U_ZERO_ERROR;
  int32_t n = udat_toPattern(df, 0, pat, ICU_CAP, &st);
  if (rc == PARALIGN_OK && U_SUCCESS(st) && n < ICU_CAP)
    rc = read_pattern(f, pat, n);
  udat_close(df);
  return rc;
}

/* The wide name of a date field ("day", "year") as the locale itself has it
 * in its "fields" table, into out (UTF-8); 0, or -1 when the locale has no
 * name of its own there (it inherits one).  This is what the date-time
 * pattern generator reads for the name, without building a generator, which
 * costs more than all the rest of this table. */
static int own_field_name(const char *locale, const char *key, char *out, size_t cap) {
  UErrorCode st = U_ZERO_ERROR;
  UResourceBundle *bundle = ures_open(NULL, locale, &st);
  UResourceBundle *fields = ures_getByKey(bundle, "fields", NULL, &st);
  UResourceBundle *field = ures_getByKey(fields, key, NULL, &st);
  int32_t n = 0;
  const UChar *name = ures_getStringByKey(field, "dn", &n, &st);
  int rc = U_SUCCESS(st) && name && n < ICU_CAP ? to_utf8(name, n, out, cap) : -1;
  ures_close(field);
  ures_close(fields);
  ures_close(bundle);
  return rc;
}

/* The names of the day and year fields ("päivä", "gads", "Tag"), whose
 * inflected forms write dates in some languages ("27 päivänä huhtikuuta",
 * "2016. gada"): the locale's own, else the pattern generator's, which
 * follows the locale's fallbacks. */
static int add_field_names(paralign_numfmt *f, const char *locale) {
  static const UDateTimePatternField fields[] = {UDATPG_DAY_FIELD, UDATPG_YEAR_FIELD};
  static const char *const keys[] = {"day", "year"};
  UDateTimePatternGenerator *g = NULL;
  int rc = PARALIGN_OK;
  for (size_t i = 0; i < 2 && rc == PARALIGN_OK; i++) {
    UChar u[ICU_CAP];
    char s[ICU_CAP];
    UErrorCode st = U_ZERO_ERROR;
    if (own_field_name(locale, keys[i], s, sizeof s) == 0) {
      rc = add_words(f, s, DATE_STEM, 0);
      continue;
    }
    if (!g)
      g = udatpg_open(locale, &st);
    if (U_FAILURE(st) || !g)
      break;
    int32_t n = udatpg_getFieldDisplayName(g, fields[i], UDATPG_WIDE, u, ICU_CAP, &st);
    if (U_SUCCESS(st) && to_utf8(u, n, s, sizeof s) == 0)
      rc = add_words(f, s, DATE_STEM, 0);
  }
  if (g)
    udatpg_close(g);
  return rc;
}

/* ---- numbers ---------------------------------------------------------------- */

static unsigned mark_of(const UChar *u, int32_t n) {
  if (n != 1)
    return 0;
  switch (u[0]) {
  case '.': return PARALIGN_NUMFMT_DOT;
  case ',': return PARALIGN_NUMFMT_COMMA;
  case '\'':
  case 0x2019: return PARALIGN_NUMFMT_APOS;
  case ' ':
  case 0x00A0:
  case 0x202F:
  case 0x2009: return PARALIGN_NUMFMT_SPACE;
  default: return 0;
  }
}

static void read_marks(paralign_numfmt *f, const char *locale) {
  UErrorCode st = U_ZERO_ERROR;
  UNumberFormat *nf = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &st);
  if (U_FAILURE(st) || !nf)
    return;
  UChar u[8];
  st = U_ZERO_ERROR;
  int32_t n = unum_getSymbol(nf, UNUM_DECIMAL_SEPARATOR_SYMBOL, u, 8, &st);
  if (U_SUCCESS(st))
    f->decimals |= mark_of(u, n);
  st = U_ZERO_ERROR;
  n = unum_getSymbol(nf, UNUM_GROUPING_SEPARATOR_SYMBOL, u, 8, &st);
  if (U_SUCCESS(st))
    f->groups |= mark_of(u, n);
  unum_close(nf);
}

/* The suffix of a formatted ordinal ("1er" -> "er", "1.º" -> "º",
 * "1-ви" -> "ви"); kept when it has a letter. */
static int add_ordinal(paralign_numfmt *f, const char *s) {
  while (*s >= '0' && *s <= '9')
    s++;
  while (*s == '.' || *s == '-')
    s++;
  return *s ? add_words(f, s, ORDINAL, 0) : PARALIGN_OK;
}

/* 1 to 12 in each public rule set of the ordinal formatter (masculine,
 * feminine...). */
static int add_ordinals(paralign_numfmt *f, const char *locale) {
  UErrorCode st = U_ZERO_ERROR;
  UNumberFormat *nf = unum_open(UNUM_ORDINAL, NULL, 0, locale, NULL, &st);
  if (U_FAILURE(st) || !nf)
    return PARALIGN_OK;
  UChar sets[1024];
  st = U_ZERO_ERROR;
  int32_t nsets = unum_getTextAttribute(nf, UNUM_PUBLIC_RULESETS, sets, 1024, &st);
  if (U_FAILURE(st) || nsets >= 1024)
    nsets = 0;
  int rc = PARALIGN_OK;
  for (int32_t i = 0; i <= nsets && rc == PARALIGN_OK; i++) {
    int32_t start = i;
    while (i < nsets && sets[i] != ';')
      i++;
    st = U_ZERO_ERROR;
    if (i > start)
      unum_setTextAttribute(nf, UNUM_DEFAULT_RULESET, sets + start, i - start, &st);
    for (int k = 1; k <= 12 && rc == PARALIGN_OK && U_SUCCESS(st); k++) {
      UChar u[64];
      char s[128];
      int32_t n = unum_format(nf, k, u, 64, NULL, &st);
      if (U_SUCCESS(st) && to_utf8(u, n, s, sizeof s) == 0)
        rc = add_ordinal(f, s);
    }
  }
  unum_close(nf);
  return rc;
}

/* The word of a compact number ("2 Millionen", "5 mln", "mille"): one word
 * after the number, else nothing (single letters such as "M" are symbols,
 * "mil millones" is two words). */
static int add_multiplier(paralign_numfmt *f, const char *s, int zeros) {
  while (*s && ((*s >= '0' && *s <= '9') || *s == ' ' || (unsigned char)*s == 0xC2 ||
                (unsigned char)*s == 0xA0))
    s++;
  size_t n = strlen(s);
  while (n && s[n - 1] == '.')
    n--;
  size_t letters = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == ' ')
      return PARALIGN_OK;
    letters += ((unsigned char)s[i] & 0xC0) != 0x80;
  }
  return letters >= 2 ? add(f, s, n, MULTIPLIER, zeros) : PARALIGN_OK;
}

static int add_multipliers(paralign_numfmt *f, const char *locale) {
  static const UNumberFormatStyle styles[] = {UNUM_DECIMAL_COMPACT_LONG,
                                              UNUM_DECIMAL_COMPACT_SHORT};
  static const double values[] = {1e3, 2e3, 5e3, 1e6, 2e6, 5e6, 1e9, 2e9, 5e9};
  int rc = PARALIGN_OK;
  for (size_t k = 0; k < 2 && rc == PARALIGN_OK; k++) {
    UErrorCode st = U_ZERO_ERROR;
    UNumberFormat *nf = unum_open(styles[k], NULL, 0, locale, NULL, &st);
    for (size_t i = 0; nf && U_SUCCESS(st) && i < 9 && rc == PARALIGN_OK; i++) {
      UChar u[64];
      char s[128];
      int32_t n = unum_formatDouble(nf, values[i], u, 64, NULL, &st);
      if (U_SUCCESS(st) && to_utf8(u, n, s, sizeof s) == 0)
        rc = add_multiplier(f, s, 3 * (int)(i / 3 + 1));
    }
    if (nf)
      unum_close(nf);
  }
  return rc;
}

/* ---- loading ------------------------------------------------------------------ */

static int add_locale(paralign_numfmt *f, const char *tag) {
  char locale[ULOC_FULLNAME_CAPACITY];
  UErrorCode st = U_ZERO_ERROR;
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, locale, (int32_t)sizeof locale, &parsed, &st);
  if (U_FAILURE(st))
    snprintf(locale, sizeof locale, "root");
  read_marks(f, locale);
  int rc = add_dates(f, locale);
  if (rc == PARALIGN_OK)
    rc = add_field_names(f, locale);
  if (rc == PARALIGN_OK)
    rc = add_ordinals(f, locale);
  if (rc == PARALIGN_OK)
    rc = add_multipliers(f, locale);
  return rc;
}

static int make(const char *lang, const paralign_mem *mem, int snapshots, paralign_numfmt **out) {
  /* Without a language: the languages the library was first made for. */
  static const char *const fallback[] = {"sv", "lv", "en"};
  paralign_mem m = paralign_mem_or_default(mem);
  paralign_numfmt *f = paralign_mem_calloc(&m, 1, sizeof *f);
  *out = NULL;
  if (!f)
    return PARALIGN_ERR_NOMEM;
  f->mem = m;
  paralign_buf_init(&f->pool, &f->mem);
  int any = lang && *lang && strcmp(lang, "und") != 0;
  const numfmt_snapshot *snap = snapshots ? snapshot_of(any ? lang : "und") : NULL;
  int rc = snap ? from_snapshot(f, snap) : PARALIGN_OK;
  for (size_t i = 0; !snap && i < (any ? 1u : 3u) && rc == PARALIGN_OK; i++)
    rc = add_locale(f, any ? lang : fallback[i]);
  if (rc == PARALIGN_OK && f->pool.failed)
    rc = PARALIGN_ERR_NOMEM;
  if (!any)
    f->year_first = 0; /* Latvian's year-first dates keep their "gada" */
  if (rc != PARALIGN_OK) {
    paralign_numfmt_free(f);
    return rc;
  }
  *out = f;
  return PARALIGN_OK;
}

int paralign_numfmt_new(const char *lang, const paralign_mem *mem, paralign_numfmt **out) {
  return make(lang, mem, 1, out);
}

int paralign_numfmt_new_from_icu(const char *lang, const paralign_mem *mem, paralign_numfmt **out) {
  return make(lang, mem, 0, out);
}

int paralign_numfmt_from_snapshot(const paralign_numfmt *f) { return f && f->snapshot; }

static int same_entry(const entry *a, const entry *b) {
  return a->off == b->off && a->len == b->len && a->kind == b->kind && a->value == b->value &&
         a->capital == b->capital;
}

int paralign_numfmt_same(const paralign_numfmt *a, const paralign_numfmt *b) {
  if (a->n != b->n || a->pool.len != b->pool.len || a->groups != b->groups ||
      a->decimals != b->decimals || a->year_first != b->year_first ||
      (a->pool.len && memcmp(a->pool.data, b->pool.data, a->pool.len) != 0))
    return 0;
  for (size_t i = 0; i < a->n; i++)
    if (!same_entry(&a->v[i], &b->v[i]))
      return 0;
  return 1;
}

#ifdef PARALIGN_NUMFMT_GEN
/* A byte array of C source: {0x61, 0x62, ...}. */
static void put_bytes(paralign_buf *out, const char *s, size_t n) {
  paralign_buf_puts(out, "{");
  for (size_t i = 0; i < n; i++)
    paralign_buf_printf(out, "%s0x%02x", i ? (i % 16 ? ", " : ",\n  ") : "", (unsigned char)s[i]);
  paralign_buf_puts(out, n ? "}" : "0}");
}

int paralign_numfmt_snapshot_source(const paralign_numfmt *f, int index, paralign_buf *out) {
  paralign_buf_printf(out, "static const unsigned char numfmt_pool_%d[] = ", index);
  put_bytes(out, f->pool.data, f->pool.len);
  paralign_buf_printf(out, ";\nstatic const entry numfmt_entries_%d[] = {", index);
  for (size_t i = 0; i < f->n; i++) {
    const entry *e = &f->v[i];
    paralign_buf_printf(out, "%s{%zu, %u, %u, %u, %u}", i ? (i % 4 ? ", " : ",\n  ") : "", e->off,
                        e->len, e->kind, e->value, e->capital);
  }
  paralign_buf_puts(out, f->n ? "};\n" : "{0, 0, 0, 0, 0}};\n");
  return out->failed ? PARALIGN_ERR_NOMEM : PARALIGN_OK;
}

int paralign_numfmt_snapshot_row(const paralign_numfmt *f, const char *lang, int index,
                                 paralign_buf *out) {
  paralign_buf_printf(
      out, "  {\"%s\", %uu, %uu, %d, numfmt_entries_%d, %zu, (const char *)numfmt_pool_%d, %zu},\n",
      lang, f->groups, f->decimals, f->year_first, index, f->n, index, f->pool.len);
  return out->failed ? PARALIGN_ERR_NOMEM : PARALIGN_OK;
}
#endif

void paralign_numfmt_free(paralign_numfmt *f) {
  if (!f)
    return;
  paralign_mem m = f->mem;
  paralign_buf_free(&f->pool);
  paralign_mem_free(&m, f->v);
  paralign_mem_free(&m, f);
}

/* ---- lookups ---------------------------------------------------------------- */

/* Bytes a and b share at their start, cut back to a character boundary. */
static size_t common_prefix(const char *a, size_t na, const char *b, size_t nb) {
  size_t p = 0;
  while (p < na && p < nb && a[p] == b[p])
    p++;
  while (p > 0 && p < na && ((unsigned char)a[p] & 0xC0) == 0x80)
    p--;
  return p;
}

static size_t chars(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

/* How many characters of form (a stem) word keeps, when word is the form
 * with its ending (at most three characters) replaced by another of at most
 * four: "novembrī" of "novembris", "maid" of "mai"; 0 when it is not.  The
 * stem keeps three characters or more, and more than half the form. */
static size_t inflection(const char *w, size_t wl, const char *form, size_t fl) {
  if (wl == 0 || fl == 0 || w[0] != form[0])
    return 0; /* no stem in common: most forms, told by their first byte */
  size_t p = common_prefix(w, wl, form, fl);
  size_t stem = chars(form, p), form_end = chars(form + p, fl - p), word_end = chars(w + p, wl - p);
  if (stem < 3 || form_end > 3 || word_end > 4 || 2 * stem <= stem + form_end)
    return 0;
  return stem;
}

paralign_month_match paralign_numfmt_month(const paralign_numfmt *f, const char *word, size_t len,
                                           int abbrev_dot, int *month) {
  char w[PARALIGN_FOLD_MAX];
  size_t wl = paralign_fold(word, len, w, sizeof w);
  *month = 0;
  if (!f || wl == 0 || wl == (size_t)-1)
    return PARALIGN_MONTH_NONE;
  size_t best = 0;
  int inflected = 0;
  for (size_t i = 0; i < f->n; i++) {
    const entry *e = &f->v[i];
    if (e->kind != MONTH_WIDE && e->kind != MONTH_ABBR)
      continue;
    const char *form = word_at(f, e);
    if (e->len == wl && memcmp(form, w, wl) == 0) {
      *month = e->value;
      if (e->capital && !starts_upper(word, len))
        return PARALIGN_MONTH_INFLECTED; /* "paragraph 1 may": a verb, unless a year follows */
      return e->kind == MONTH_WIDE || abbrev_dot ? PARALIGN_MONTH_EXACT : PARALIGN_MONTH_SHORT;
    }
    if (abbrev_dot && chars(w, wl) >= 3 && wl < e->len && memcmp(form, w, wl) == 0) {
      *month = e->value;
      return PARALIGN_MONTH_EXACT; /* "Sept." of "september" */
    }
    size_t stem = e->kind == MONTH_WIDE ? inflection(w, wl, form, e->len) : 0;
    if (stem > best) {
      best = stem;
      inflected = e->value;
    }
  }
  *month = inflected;
  return inflected ? PARALIGN_MONTH_INFLECTED : PARALIGN_MONTH_NONE;
}

int paralign_numfmt_date_word(const paralign_numfmt *f, const char *word, size_t len,
                              int inflected) {
  char w[PARALIGN_FOLD_MAX];
  size_t wl = paralign_fold(word, len, w, sizeof w);
  if (!f || wl == 0 || wl == (size_t)-1)
    return 0;
  for (size_t i = 0; i < f->n; i++) {
    const entry *e = &f->v[i];
    int same = e->len == wl && memcmp(word_at(f, e), w, wl) == 0;
    if ((e->kind == DATE_WORD || e->kind == DATE_STEM) && same)
      return 1;
    if (inflected && e->kind == DATE_STEM && inflection(w, wl, word_at(f, e), e->len))
      return 1;
  }
  return 0;
}

int paralign_numfmt_year_first(const paralign_numfmt *f) { return f && f->year_first; }
unsigned paralign_numfmt_groups(const paralign_numfmt *f) {
  return PARALIGN_NUMFMT_SPACE | (f ? f->groups : 0u);
}
unsigned paralign_numfmt_decimals(const paralign_numfmt *f) { return f ? f->decimals : 0u; }

static const entry *find(const paralign_numfmt *f, const char *word, size_t len, entry_kind kind) {
  char w[PARALIGN_FOLD_MAX];
  size_t wl = paralign_fold(word, len, w, sizeof w);
  for (size_t i = 0; f && wl != (size_t)-1 && i < f->n; i++)
    if (f->v[i].kind == kind && f->v[i].len == wl && memcmp(word_at(f, &f->v[i]), w, wl) == 0)
      return &f->v[i];
  return NULL;
}

int paralign_numfmt_ordinal(const paralign_numfmt *f, const char *suffix, size_t len) {
  return find(f, suffix, len, ORDINAL) != NULL;
}

int paralign_numfmt_multiplier(const paralign_numfmt *f, const char *word, size_t len, int *zeros) {
  const entry *e = find(f, word, len, MULTIPLIER);
  *zeros = e ? e->value : 0;
  return e != NULL;
}
