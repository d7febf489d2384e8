/* langid.c: Swedish, Latvian and English told apart by their commonest
 * words and their letters.  Only the start of a long text is read. */
#include "read/langid.h"

#include <string.h>

#include "paralign.h"

#define SAMPLE_BYTES (64 * 1024)

static const char *const iso639_1 =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu ";

/* Three-letter codes of the languages of the EU and its neighbours. */
static const char *const iso639_3[][2] = {
    {"swe", "sv"}, {"lav", "lv"}, {"eng", "en"}, {"deu", "de"}, {"ger", "de"}, {"fra", "fr"},
    {"fre", "fr"}, {"fin", "fi"}, {"est", "et"}, {"lit", "lt"}, {"pol", "pl"}, {"dan", "da"},
    {"nld", "nl"}, {"dut", "nl"}, {"spa", "es"}, {"ita", "it"}, {"por", "pt"}, {"ces", "cs"},
    {"cze", "cs"}, {"slk", "sk"}, {"slo", "sk"}, {"slv", "sl"}, {"hrv", "hr"}, {"hun", "hu"},
    {"ron", "ro"}, {"rum", "ro"}, {"bul", "bg"}, {"ell", "el"}, {"gre", "el"}, {"mlt", "mt"},
    {"gle", "ga"}, {"nor", "no"}, {"nob", "nb"}, {"nno", "nn"}, {"isl", "is"}, {"ice", "is"},
    {"rus", "ru"}, {"ukr", "uk"}};

int paralign_lang_canonical(const char *code, char *out, size_t cap) {
  if (!code || cap < 4)
    return 0;
  char low[4] = {0};
  size_t n = 0;
  while (code[n] && code[n] != '-' && code[n] != '_' && n < 4) {
    char c = code[n];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if (c < 'a' || c > 'z' || n >= 3)
      return 0;
    low[n++] = c;
  }
  if (code[n] && code[n + 1] == '\0')
    return 0; /* "sv-" */
  if (n == 2) {
    char probe[4] = {low[0], low[1], ' ', 0};
    if (!strstr(iso639_1, probe))
      return 0;
    memcpy(out, low, 3);
    return 1;
  }
  for (size_t i = 0; n == 3 && i < sizeof iso639_3 / sizeof *iso639_3; i++)
    if (strcmp(low, iso639_3[i][0]) == 0) {
      memcpy(out, iso639_3[i][1], 3);
      return 1;
    }
  return 0;
}

typedef struct lang_cues {
  const char *code;
  const char *const *words; /* NULL-terminated, lower case */
  const char *const *letters;
} lang_cues;

static const char *const sv_words[] = {"och", "att", "det", "som", "är", "för", "med", "av",
                                       "på", "till", "den", "inte", "har", "om", "ett",
                                       "ska", "eller", "samt", "även", "från", NULL};
static const char *const lv_words[] = {"un", "ir", "par", "ar", "kas", "no", "lai", "uz", "ka",
                                       "arī", "vai", "kā", "tās", "šo", "bet", "pie", "savu",
                                       "kuri", "tiek", NULL};
static const char *const en_words[] = {"the", "and", "of", "to", "in", "is", "that", "for",
                                       "on", "with", "as", "be", "by", "this", "are", "it",
                                       "which", "from", "its", NULL};
static const char *const sv_letters[] = {"å", "ä", "ö", NULL};
static const char *const lv_letters[] = {"ā", "ē", "ī", "ū", "š", "ž", "ņ", "ļ", "ķ", "ģ", "č",
                                         NULL};
static const char *const no_letters[] = {NULL};

static const lang_cues cues[] = {{"sv", sv_words, sv_letters},
                                 {"lv", lv_words, lv_letters},
                                 {"en", en_words, no_letters}};
#define NLANGS (sizeof cues / sizeof *cues)

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
    for (size_t l = 0; l < NLANGS; l++)
      score[l] += in_list(cues[l].words, w, n);
  }
}

static void score_letters(const char *s, size_t len, double *score) {
  for (size_t i = 0; i + 1 < len; i++) {
    if ((unsigned char)s[i] < 0xC3 || (unsigned char)s[i] > 0xC5)
      continue;
    for (size_t l = 0; l < NLANGS; l++)
      for (size_t k = 0; cues[l].letters[k]; k++)
        if (memcmp(s + i, cues[l].letters[k], 2) == 0)
          score[l] += 0.2;
  }
}

const char *paralign_detect_language(const char *text, size_t len) {
  if (!text)
    return "und";
  if (len > SAMPLE_BYTES)
    len = SAMPLE_BYTES;
  double score[NLANGS] = {0};
  score_words(text, len, score);
  score_letters(text, len, score);
  size_t best = 0, second = 1;
  for (size_t l = 0; l < NLANGS; l++)
    if (score[l] > score[best])
      best = l;
  second = best == 0 ? 1 : 0;
  for (size_t l = 0; l < NLANGS; l++)
    if (l != best && score[l] > score[second])
      second = l;
  if (score[best] < 3 || score[best] < 1.5 * score[second])
    return "und";
  return cues[best].code;
}
