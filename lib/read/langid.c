/* langid.c: language tags (through ICU) and language detection: libexttextcat's
 * n-gram fingerprints of the languages of data/lang (the 24 official EU
 * languages), and the commonest
 * words of Swedish, Latvian and English, which settle close calls between
 * two fingerprints and stand in for them when the library was built
 * without libexttextcat.  Only the start of a long text is read. */
#include "read/langid.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <unicode/uloc.h>

#if defined(PARALIGN_HAVE_TEXTCAT)
#include <constants.h>
#include <fingerprint.h>
#endif

#include "paralign.h"
#include "text/langdata.h"
#include "text/url.h"

/* Enough text for a fingerprint many times over (libexttextcat's authors
 * find a few hundred bytes enough); more would only cost time. */
#define SAMPLE_BYTES (8 * 1024)
/* Fewer letters than this tell no language reliably (a heading such as
 * "Joint controllers" reads as French). */
#define MIN_LETTERS 30

/* ---- tags ---------------------------------------------------------------- */

/* ISO 639-2 bibliographic codes, which ICU does not know. */
static const char *const iso639_2b[][2] = {
    {"ger", "de"}, {"fre", "fr"}, {"dut", "nl"}, {"cze", "cs"}, {"slo", "sk"},
    {"rum", "ro"}, {"gre", "el"}, {"ice", "is"}, {"alb", "sq"}, {"mac", "mk"}};

/* tag with '_' read as '-' and a bibliographic language code replaced. */
static int prepare_tag(const char *tag, char *buf, size_t cap) {
  size_t n = strlen(tag);
  if (n == 0 || n >= cap)
    return -1;
  for (size_t i = 0; i <= n; i++)
    buf[i] = tag[i] == '_' ? '-' : tag[i];
  size_t lang_len = strcspn(buf, "-");
  for (size_t i = 0; lang_len == 3 && i < sizeof iso639_2b / sizeof *iso639_2b; i++) {
    char low[4] = {0};
    for (size_t k = 0; k < 3; k++)
      low[k] = (char)(buf[k] >= 'A' && buf[k] <= 'Z' ? buf[k] + 32 : buf[k]);
    if (strcmp(low, iso639_2b[i][0]) == 0) {
      if (n - 1 >= cap)
        return -1;
      memmove(buf + 2, buf + 3, n - 2);
      memcpy(buf, iso639_2b[i][1], 2);
      break;
    }
  }
  return 0;
}

/* Whether tag is, as written, the code of a language with data ("sv"):
 * ICU gives such a code back unchanged (tests/test_langid.c holds every one
 * to that), so the usual tags of a command line and of a document need not
 * open ICU's locale tables, the larger part of a short run's start-up. */
static int data_language_code(const char *tag) {
  const char *code;
  for (size_t i = 0; (code = paralign_langdata_language(i)) != NULL; i++)
    if (strcmp(tag, code) == 0)
      return 1;
  return 0;
}

int paralign_lang_tag_normalize(const char *tag, char *out, size_t cap) {
  char buf[PARALIGN_LANG_TAG_MAX], id[ULOC_FULLNAME_CAPACITY], canon[ULOC_FULLNAME_CAPACITY];
  if (tag && out && data_language_code(tag) && strlen(tag) < cap) {
    memcpy(out, tag, strlen(tag) + 1);
    return 0;
  }
  if (!tag || !out || prepare_tag(tag, buf, sizeof buf) != 0)
    return -1;
  UErrorCode st = U_ZERO_ERROR;
  int32_t parsed = 0;
  int32_t n = uloc_forLanguageTag(buf, id, (int32_t)sizeof id, &parsed, &st);
  if (U_FAILURE(st) || n <= 0 || parsed != (int32_t)strlen(buf) || n >= (int32_t)sizeof id)
    return -1;
  uloc_canonicalize(id, canon, (int32_t)sizeof canon, &st);
  /* a known language: ICU has its ISO 639 code ("xx", "svenska" have none) */
  if (U_FAILURE(st) || uloc_getISO3Language(canon)[0] == '\0')
    return -1;
  char result[ULOC_FULLNAME_CAPACITY];
  n = uloc_toLanguageTag(canon, result, (int32_t)sizeof result, 1, &st);
  if (U_FAILURE(st) || n <= 0 || (size_t)n >= cap || (size_t)n >= sizeof result)
    return -1;
  memcpy(out, result, (size_t)n + 1);
  return 0;
}

void paralign_lang_primary(const char *tag, char *out, size_t cap) {
  size_t n = 0;
  while (tag && tag[n] && tag[n] != '-' && tag[n] != '_' && n + 1 < cap) {
    char c = tag[n];
    out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[n] = '\0';
  if (strcmp(out, "und") == 0)
    out[0] = '\0';
}

int paralign_lang_same(const char *a, const char *b) {
  char pa[16], pb[16];
  paralign_lang_primary(a, pa, sizeof pa);
  paralign_lang_primary(b, pb, sizeof pb);
  return pa[0] && strcmp(pa, pb) == 0;
}

/* ---- the word cues: Swedish, Latvian, English ---------------------------- */

typedef struct lang_cues {
  const char *code;
  const char *const *words; /* NULL-terminated, lower case */
  const char *const *letters;
} lang_cues;

static const char *const sv_words[] = {"och", "att", "det",   "som",  "är",   "för",  "med",
                                       "av",  "på",  "till",  "den",  "inte", "har",  "om",
                                       "ett", "ska", "eller", "samt", "även", "från", NULL};
static const char *const lv_words[] = {"un",  "ir",  "par",  "ar",   "kas",  "no",  "lai",
                                       "uz",  "ka",  "arī",  "vai",  "kā",   "tās", "šo",
                                       "bet", "pie", "savu", "kuri", "tiek", NULL};
static const char *const en_words[] = {"the", "and", "of",    "to",   "in",  "is", "that",
                                       "for", "on",  "with",  "as",   "be",  "by", "this",
                                       "are", "it",  "which", "from", "its", NULL};
static const char *const sv_letters[] = {"å", "ä", "ö", NULL};
static const char *const lv_letters[] = {"ā", "ē", "ī", "ū", "š", "ž",
                                         "ņ", "ļ", "ķ", "ģ", "č", NULL};
static const char *const no_letters[] = {NULL};

static const lang_cues cues[] = {
    {"sv", sv_words, sv_letters}, {"lv", lv_words, lv_letters}, {"en", en_words, no_letters}};
#define NCUES (sizeof cues / sizeof *cues)

static int in_list(const char *const *list, const char *w, size_t len) {
  for (size_t i = 0; list[i]; i++)
    if (strlen(list[i]) == len && memcmp(list[i], w, len) == 0)
      return 1;
  return 0;
}

static int is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x80 && c != 0xE2 && c != 0xC2);
}

/* Score each language on the words of s. */
static void score_words(const char *s, size_t len, double *score) {
  size_t i = 0;
  while (i < len) {
    while (i < len && !is_word_byte((unsigned char)s[i]))
      i++;
    size_t start = i;
    while (i < len && (is_word_byte((unsigned char)s[i]) || ((unsigned char)s[i] & 0xC0) == 0x80))
      i++;
    size_t n = i - start;
    if (n == 0 || n > 6)
      continue;
    char w[8];
    for (size_t k = 0; k < n; k++)
      w[k] = s[start + k] >= 'A' && s[start + k] <= 'Z' ? (char)(s[start + k] + 32) : s[start + k];
    for (size_t l = 0; l < NCUES; l++)
      score[l] += in_list(cues[l].words, w, n);
  }
}

static void score_letters(const char *s, size_t len, double *score) {
  for (size_t i = 0; i + 1 < len; i++) {
    if ((unsigned char)s[i] < 0xC3 || (unsigned char)s[i] > 0xC5)
      continue;
    for (size_t l = 0; l < NCUES; l++)
      for (size_t k = 0; cues[l].letters[k]; k++)
        if (memcmp(s + i, cues[l].letters[k], 2) == 0)
          score[l] += 0.2;
  }
}

/* sv, lv or en by their words and letters, or "und". */
static const char *detect_by_words(const char *text, size_t len) {
  double score[NCUES] = {0};
  score_words(text, len, score);
  score_letters(text, len, score);
  size_t best = 0;
  for (size_t l = 0; l < NCUES; l++)
    if (score[l] > score[best])
      best = l;
  size_t second = best == 0 ? 1 : 0;
  for (size_t l = 0; l < NCUES; l++)
    if (l != best && score[l] > score[second])
      second = l;
  if (score[best] < 3 || score[best] < 1.5 * score[second])
    return "und";
  return cues[best].code;
}

/* ---- fingerprints: the languages of data/lang ----------------------------- */

struct paralign_langid {
  paralign_mem mem;
  size_t n;          /* fingerprints loaded */
  void **fp;         /* libexttextcat's, n of them */
  const char **code; /* the language of each (static) */
  int full;          /* every language of data/lang has its fingerprint */
};

int paralign_langid_is_full(const paralign_langid *id) { return id && id->full; }

#if defined(PARALIGN_HAVE_TEXTCAT)

/* The fingerprints of Latvian, Lithuanian, Estonian and Hungarian were made
 * from text in 8-bit encodings read as Latin-1 ("â" for "ā", "÷" for "š",
 * "ô" for "õ", "õ" for "ő": the n-grams of lv.lm, lt.lm, et.lm and hu.lm
 * show it), so their letters never match text written correctly.  The text
 * is spelled the same way before it is compared with them.  Latvian and
 * Hungarian are Windows-1257 and ISO 8859-2 read as Latin-1; the Lithuanian
 * letters are read off lt.lm's n-grams ("ójo" ėjo, "i÷k" išk, "uý" už). */
typedef struct legacy_spelling {
  const char *lang;
  const char *const (*map)[2]; /* pairs, ended by {NULL, NULL} */
} legacy_spelling;

static const char *const lv_legacy[][2] = {{"ā", "â"}, {"ē", "ç"}, {"ī", "î"}, {"š", "ð"},
                                           {"ņ", "ò"}, {"ū", "û"}, {"ž", "þ"}, {"č", "è"},
                                           {"ģ", "ì"}, {"ķ", "í"}, {"ļ", "ï"}, {NULL, NULL}};
static const char *const lt_legacy[][2] = {{"ė", "ó"}, {"š", "÷"},  {"ž", "ý"}, {"č", "ß"},
                                           {"ą", "Ý"}, {"į", "õ"},  {"ų", "ù"}, {"ū", "û"},
                                           {"ę", "ñ"}, {NULL, NULL}};
static const char *const et_legacy[][2] = {{"õ", "ô"}, {NULL, NULL}};
static const char *const hu_legacy[][2] = {{"ő", "õ"}, {"ű", "û"}, {NULL, NULL}};
static const legacy_spelling legacy[] = {
    {"lv", lv_legacy}, {"lt", lt_legacy}, {"et", et_legacy}, {"hu", hu_legacy}};
#define NLEGACY (sizeof legacy / sizeof *legacy)

static void unload(paralign_langid *id) {
  for (size_t l = 0; l < id->n; l++)
    fp_Done(id->fp[l]);
  paralign_mem_free(&id->mem, id->fp);
  paralign_mem_free(&id->mem, id->code);
  id->fp = NULL;
  id->code = NULL;
  id->n = 0;
  id->full = 0;
}

/* libexttextcat's fingerprint of lang, or NULL when it has none. */
static void *read_fingerprint(const char *lang) {
  char path[sizeof PARALIGN_TEXTCAT_DIR + 16];
  snprintf(path, sizeof path, "%s%s.lm", PARALIGN_TEXTCAT_DIR, lang);
  void *fp = fp_Init(lang);
  if (fp && !fp_Read(fp, path, MAXNGRAMS)) {
    fp_Done(fp);
    fp = NULL;
  }
  return fp;
}

/* Read the fingerprint of every language that has data; a language
 * libexttextcat has none for is left out (it is then never detected). */
static int load(paralign_langid *id) {
  size_t want = 0;
  while (paralign_langdata_language(want))
    want++;
  id->fp = paralign_mem_calloc(&id->mem, want ? want : 1, sizeof *id->fp);
  id->code = paralign_mem_calloc(&id->mem, want ? want : 1, sizeof *id->code);
  if (!id->fp || !id->code) {
    unload(id);
    return PARALIGN_ERR_NOMEM;
  }
  for (size_t l = 0; l < want; l++) {
    const char *lang = paralign_langdata_language(l);
    void *fp = read_fingerprint(lang);
    if (fp) {
      id->fp[id->n] = fp;
      id->code[id->n++] = lang;
    }
  }
  id->full = want > 1 && id->n == want;
  return PARALIGN_OK;
}

typedef struct ranking {
  size_t best, second;
  double margin; /* distance of the second over the best's, >= 1 */
} ranking;

/* text with each letter of map replaced by its legacy spelling (no longer:
 * every legacy letter is two bytes, as the letters it stands for). */
static char *respell(const paralign_mem *mem, const char *text, size_t len,
                     const char *const (*map)[2]) {
  char *out = paralign_mem_strndup(mem, text, len); /* fp_Create reads to a NUL */
  for (size_t i = 0; out && i + 1 < len; i++) {
    if ((unsigned char)out[i] < 0xC0)
      continue;
    for (size_t k = 0; map[k][0]; k++)
      if (memcmp(out + i, map[k][0], 2) == 0) {
        memcpy(out + i, map[k][1], 2);
        break;
      }
  }
  return out;
}

/* The distance of the fingerprint of text (NUL-terminated) from fp, or -1
 * when the text makes none. */
static int distance(const char *text, size_t len, void *fp) {
  void *unknown = fp_Init(NULL);
  int dist =
      fp_Create(unknown, text, (uint4)len, MAXNGRAMS) ? fp_Compare(fp, unknown, INT_MAX) : -1;
  fp_Done(unknown);
  return dist;
}

/* The same for a fingerprint made from text in a legacy spelling. */
static int distance_respelled(paralign_langid *id, const char *text, size_t len,
                              const char *const (*map)[2], void *fp, int *dist) {
  char *copy = respell(&id->mem, text, len, map);
  if (!copy)
    return PARALIGN_ERR_NOMEM;
  *dist = distance(copy, len, fp);
  paralign_mem_free(&id->mem, copy);
  return PARALIGN_OK;
}

static const char *const (*legacy_map(const char *lang))[2] {
  for (size_t k = 0; k < NLEGACY; k++)
    if (strcmp(legacy[k].lang, lang) == 0)
      return legacy[k].map;
  return NULL;
}

/* The distances of the text (NUL-terminated) from every fingerprint: the
 * text's own fingerprint is made once, and once more for each legacy
 * spelling.  A distance is -1 when the text makes no fingerprint. */
static int distances(paralign_langid *id, const char *text, size_t len, int *dist) {
  void *unknown = fp_Init(NULL);
  int made = fp_Create(unknown, text, (uint4)len, MAXNGRAMS);
  int rc = PARALIGN_OK;
  for (size_t l = 0; l < id->n && rc == PARALIGN_OK; l++) {
    const char *const(*map)[2] = legacy_map(id->code[l]);
    dist[l] = -1;
    if (map)
      rc = distance_respelled(id, text, len, map, id->fp[l], &dist[l]);
    else if (made)
      dist[l] = fp_Compare(id->fp[l], unknown, INT_MAX);
  }
  fp_Done(unknown);
  return rc;
}

static size_t count_letters(const char *text, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    n += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
  }
  return n;
}

/* The best and second best of n >= 2 distances. */
static void order(const int *dist, size_t n, ranking *r) {
  r->best = 0;
  for (size_t l = 1; l < n; l++)
    if (dist[l] < dist[r->best])
      r->best = l;
  r->second = r->best == 0 ? 1 : 0;
  for (size_t l = 0; l < n; l++)
    if (l != r->best && dist[l] < dist[r->second])
      r->second = l;
  r->margin = dist[r->best] > 0 ? (double)dist[r->second] / (double)dist[r->best] : 2.0;
}

/* Rank the languages by the distance of their fingerprints from the text's
 * (NUL-terminated); *ranked is 0 when the text is too short to tell. */
static int rank(paralign_langid *id, const char *text, size_t len, ranking *r, int *ranked) {
  *ranked = 0;
  if (id->n < 2 || count_letters(text, len) < MIN_LETTERS)
    return PARALIGN_OK;
  int *dist = paralign_mem_calloc(&id->mem, id->n, sizeof *dist);
  if (!dist)
    return PARALIGN_ERR_NOMEM;
  int rc = distances(id, text, len, dist);
  int made = rc == PARALIGN_OK;
  for (size_t l = 0; l < id->n && made; l++)
    made = dist[l] >= 0;
  if (made)
    order(dist, id->n, r);
  *ranked = made;
  paralign_mem_free(&id->mem, dist);
  return rc;
}

/* The fingerprints decide when their best is ahead by libexttextcat's own
 * margin (THRESHOLDVALUE); a closer call between two languages is settled by
 * the word cues when they name one of the two (Latvian and Lithuanian). */
static int detect_by_fingerprints(paralign_langid *id, const char *text, size_t len,
                                  const char *by_words, const char **lang) {
  ranking r;
  int ranked;
  int rc = rank(id, text, len, &r, &ranked);
  const char *best = ranked ? id->code[r.best] : "", *second = ranked ? id->code[r.second] : "";
  if (!ranked)
    *lang = "und";
  else if (r.margin >= THRESHOLDVALUE)
    *lang = best;
  else if (strcmp(by_words, best) == 0 || strcmp(by_words, second) == 0)
    *lang = by_words;
  else
    *lang = "und";
  return rc;
}

#else

static int load(paralign_langid *id) {
  id->full = 0;
  return PARALIGN_OK;
}
static void unload(paralign_langid *id) { (void)id; }

#endif

paralign_langid *paralign_langid_new(const paralign_mem *mem) {
  paralign_mem m = paralign_mem_or_default(mem);
  paralign_langid *id = paralign_mem_calloc(&m, 1, sizeof *id);
  if (!id)
    return NULL;
  id->mem = m;
  if (load(id) != PARALIGN_OK) {
    paralign_mem_free(&m, id);
    return NULL;
  }
  return id;
}

void paralign_langid_free(paralign_langid *id) {
  if (!id)
    return;
  unload(id);
  paralign_mem m = id->mem;
  paralign_mem_free(&m, id);
}

/* ---- the sample ----------------------------------------------------------- */

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* A web or e-mail address: its words are no evidence of the language around
 * it ("international-partnerships.ec.europa.eu" in a Swedish footnote). */
static int is_address(const char *w, size_t n) {
  if (paralign_url_scheme(w, n))
    return 1;
  const char *at = memchr(w, '@', n);
  return at && memchr(at, '.', n - (size_t)(at - w)) != NULL;
}

/* The words of text less addresses, one space apart, NUL-terminated: at
 * most SAMPLE_BYTES, cut between words. */
static char *take_sample(const paralign_mem *mem, const char *text, size_t len, size_t *out_len) {
  size_t cap = (len < SAMPLE_BYTES ? len : SAMPLE_BYTES) + 1, n = 0;
  char *out = paralign_mem_alloc(mem, cap);
  for (size_t i = 0; out && i < len;) {
    while (i < len && is_blank(text[i]))
      i++;
    size_t start = i;
    while (i < len && !is_blank(text[i]))
      i++;
    size_t w = i - start;
    if (w == 0 || is_address(text + start, w))
      continue;
    if (n + w + 1 >= cap)
      break;
    memcpy(out + n, text + start, w);
    n += w;
    out[n++] = ' ';
  }
  if (out)
    out[n] = '\0';
  *out_len = n;
  return out;
}

int paralign_langid_detect(paralign_langid *id, const char *text, size_t len, const char **lang) {
  *lang = "und";
  if (!text)
    return PARALIGN_OK;
  paralign_mem m = id ? id->mem : paralign_mem_or_default(NULL);
  size_t n;
  char *sample = take_sample(&m, text, len, &n);
  if (!sample)
    return PARALIGN_ERR_NOMEM;
  int rc = PARALIGN_OK;
  *lang = detect_by_words(sample, n);
#if defined(PARALIGN_HAVE_TEXTCAT)
  if (id && id->n > 1)
    rc = detect_by_fingerprints(id, sample, n, *lang, lang);
#endif
  paralign_mem_free(&m, sample);
  return rc;
}

const char *paralign_detect_language(const char *text, size_t len) {
  const char *lang = "und";
  paralign_langid *id = paralign_langid_new(NULL);
  if (id && paralign_langid_detect(id, text, len, &lang) != PARALIGN_OK)
    lang = "und";
  paralign_langid_free(id);
  return lang;
}

const char *paralign_language_detector(void) {
#if defined(PARALIGN_HAVE_TEXTCAT)
  return "libexttextcat " PARALIGN_TEXTCAT_VERSION;
#else
  return "built in, libexttextcat was not found at build time";
#endif
}

const char *paralign_detected_languages(void) {
#if defined(PARALIGN_HAVE_TEXTCAT)
  return paralign_langdata_languages();
#else
  return "sv lv en";
#endif
}

int paralign_language_tag(const char *tag, char *out, size_t cap) {
  char buf[PARALIGN_LANG_TAG_MAX];
  if (!out || cap == 0)
    return PARALIGN_ERR_INVALID_ARGUMENT;
  if (paralign_lang_tag_normalize(tag, buf, sizeof buf) != 0)
    return PARALIGN_ERR_UNKNOWN_LANGUAGE;
  size_t n = strlen(buf);
  if (n >= cap)
    return PARALIGN_ERR_INVALID_ARGUMENT;
  memcpy(out, buf, n + 1);
  return PARALIGN_OK;
}
