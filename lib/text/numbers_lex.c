/* numbers_lex.c: spelled-out numbers and units in sv, lv and en (month names
 * and the words of dates come from ICU: text/numfmt.h).  Latvian inflects: a
 * stem is listed once with the class of endings it takes. */
#include "text/numbers_lex.h"

#include <stddef.h>
#include <string.h>

/* How a table entry matches a word. */
typedef enum ending_class {
  END_EXACT,   /* the word itself */
  END_LV_CARD, /* div-i/-u/-iem/-ām/-as/-os/-ās */
  END_LV_ORD,  /* treš-ais/-ā/-o/-ajā/-ajam/-ie/-ās/-ajos... */
  END_PREFIX   /* any word starting with the stem ("procentiem") */
} ending_class;

static const char *const lv_card_endings[] = {"i", "u", "iem", "ām", "as", "os", "ās", "ēm", NULL};
static const char *const lv_ord_endings[] = {"ais", "ā",   "o",    "ajā",  "ajam",  "ajai", "ajā",
                                             "ie",  "ās",  "ajos", "ajās", "ajiem", "ajām", "ām",
                                             "a",   "ajo", "ajai", "ajās", NULL};

static int ends_in(const char *rest, const char *const *endings) {
  for (size_t i = 0; endings[i]; i++)
    if (strcmp(rest, endings[i]) == 0)
      return 1;
  return 0;
}

/* Does word match stem under the ending class?  (Called for every word of
 * every paragraph: the first byte rejects most before any string call.) */
static int stem_matches(const char *word, const char *stem, ending_class cls) {
  if (word[0] != stem[0])
    return 0;
  size_t n = strlen(stem);
  if (strncmp(word, stem, n) != 0)
    return 0;
  const char *rest = word + n;
  switch (cls) {
  case END_EXACT: return *rest == '\0';
  case END_LV_CARD: return ends_in(rest, lv_card_endings);
  case END_LV_ORD: return ends_in(rest, lv_ord_endings);
  case END_PREFIX: return 1;
  }
  return 0;
}

/* Can a table entry start with the first byte of word?  Most words are
 * rejected here, before the tables are walked. */
static int may_start(const char *word, const char *firsts) {
  return word[0] != '\0' && strchr(firsts, word[0]) != NULL;
}

typedef struct number_word {
  const char *stem;
  ending_class cls;
  int value;
  int ordinal;
  const char *only_lang; /* NULL, or the one language where it is a number */
} number_word;

/* "one"/"en"/"ett"/"viens" and "andra"/"second"/"otrs" are left out: they are
 * far more often articles or "other" than numbers. */
static const number_word number_words[] = {
    {"two", END_EXACT, 2, 0, NULL},        {"three", END_EXACT, 3, 0, NULL},
    {"four", END_EXACT, 4, 0, NULL},       {"five", END_EXACT, 5, 0, NULL},
    {"six", END_EXACT, 6, 0, NULL},        {"seven", END_EXACT, 7, 0, NULL},
    {"eight", END_EXACT, 8, 0, NULL},      {"nine", END_EXACT, 9, 0, NULL},
    {"ten", END_EXACT, 10, 0, NULL},       {"eleven", END_EXACT, 11, 0, NULL},
    {"twelve", END_EXACT, 12, 0, NULL},    {"twenty", END_EXACT, 20, 0, NULL},
    {"hundred", END_EXACT, 100, 0, NULL},  {"first", END_EXACT, 1, 1, NULL},
    {"third", END_EXACT, 3, 1, NULL},      {"fourth", END_EXACT, 4, 1, NULL},
    {"fifth", END_EXACT, 5, 1, NULL},      {"sixth", END_EXACT, 6, 1, NULL},
    {"seventh", END_EXACT, 7, 1, NULL},    {"eighth", END_EXACT, 8, 1, NULL},
    {"ninth", END_EXACT, 9, 1, NULL},      {"tenth", END_EXACT, 10, 1, NULL},
    {"twelfth", END_EXACT, 12, 1, NULL},   {"två", END_EXACT, 2, 0, NULL},
    {"tre", END_EXACT, 3, 0, NULL},        {"fyra", END_EXACT, 4, 0, NULL},
    {"fem", END_EXACT, 5, 0, NULL},        {"sex", END_EXACT, 6, 0, "sv"},
    {"sju", END_EXACT, 7, 0, NULL},        {"åtta", END_EXACT, 8, 0, NULL},
    {"nio", END_EXACT, 9, 0, NULL},        {"tio", END_EXACT, 10, 0, NULL},
    {"elva", END_EXACT, 11, 0, NULL},      {"tolv", END_EXACT, 12, 0, NULL},
    {"tjugo", END_EXACT, 20, 0, NULL},     {"hundra", END_EXACT, 100, 0, NULL},
    {"första", END_EXACT, 1, 1, NULL},     {"tredje", END_EXACT, 3, 1, NULL},
    {"fjärde", END_EXACT, 4, 1, NULL},     {"femte", END_EXACT, 5, 1, NULL},
    {"sjätte", END_EXACT, 6, 1, NULL},     {"sjunde", END_EXACT, 7, 1, NULL},
    {"åttonde", END_EXACT, 8, 1, NULL},    {"nionde", END_EXACT, 9, 1, NULL},
    {"tionde", END_EXACT, 10, 1, NULL},    {"tolfte", END_EXACT, 12, 1, NULL},
    {"div", END_LV_CARD, 2, 0, NULL},      {"trīs", END_EXACT, 3, 0, NULL},
    {"trij", END_LV_CARD, 3, 0, NULL},     {"četr", END_LV_CARD, 4, 0, NULL},
    {"piec", END_LV_CARD, 5, 0, NULL},     {"seš", END_LV_CARD, 6, 0, NULL},
    {"septiņ", END_LV_CARD, 7, 0, NULL},   {"astoņ", END_LV_CARD, 8, 0, NULL},
    {"deviņ", END_LV_CARD, 9, 0, NULL},    {"desmit", END_EXACT, 10, 0, NULL},
    {"divdesmit", END_EXACT, 20, 0, NULL}, {"simt", END_EXACT, 100, 0, NULL},
    {"pirm", END_LV_ORD, 1, 1, NULL},      {"treš", END_LV_ORD, 3, 1, NULL},
    {"ceturt", END_LV_ORD, 4, 1, NULL},    {"piekt", END_LV_ORD, 5, 1, NULL},
    {"sest", END_LV_ORD, 6, 1, NULL},      {"septīt", END_LV_ORD, 7, 1, NULL},
    {"astot", END_LV_ORD, 8, 1, NULL},     {"devīt", END_LV_ORD, 9, 1, NULL},
    {"desmit", END_LV_ORD, 10, 1, NULL},
};

/* Whether tag ("sv", "sv-SE") is of language code. */
static int is_lang(const char *tag, const char *code) {
  size_t n = strlen(code);
  return tag && strncmp(tag, code, n) == 0 && (tag[n] == '\0' || tag[n] == '-' || tag[n] == '_');
}

int paralign_numbers_word(const char *word, const char *lang, int *ordinal) {
  /* Every entry starts with one of these (0xC3, 0xC4: "å", "č"). */
  if (!may_start(word, "acdefhnpst\xC3\xC4"))
    return 0;
  for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++) {
    const number_word *w = &number_words[i];
    if (w->only_lang && !is_lang(lang, w->only_lang))
      continue;
    if (stem_matches(word, w->stem, w->cls)) {
      *ordinal = w->ordinal;
      return w->value;
    }
  }
  return 0;
}

typedef struct unit_entry {
  const char *stem;
  ending_class cls;
  int kind;
  int zeros;
} unit_entry;

static const unit_entry units[] = {
    {"procent", END_PREFIX, 1, 0}, {"percent", END_PREFIX, 1, 0}, {"thousand", END_PREFIX, 2, 3},
    {"tusen", END_EXACT, 2, 3},    {"tūkstoš", END_PREFIX, 2, 3}, {"tūkst", END_EXACT, 2, 3},
    {"million", END_PREFIX, 2, 6}, {"miljon", END_PREFIX, 2, 6},  {"milj", END_EXACT, 2, 6},
    {"mn", END_EXACT, 2, 6},       {"billion", END_PREFIX, 2, 9}, {"miljard", END_PREFIX, 2, 9},
    {"mljrd", END_EXACT, 2, 9},    {"mrd", END_EXACT, 2, 9},      {"bn", END_EXACT, 2, 9},
};

int paralign_numbers_unit(const char *word, int *zeros) {
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
    if (stem_matches(word, units[i].stem, units[i].cls)) {
      *zeros = units[i].zeros;
      return units[i].kind;
    }
  }
  *zeros = 0;
  return 0;
}
