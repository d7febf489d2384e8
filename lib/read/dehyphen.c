/* dehyphen.c: line-end hyphens.  Compounds with abbreviations or digits keep
 * their hyphen, suspended compounds keep hyphen and space, and other words
 * are joined or kept on the evidence of the document's own vocabulary: a
 * word that occurs whole elsewhere is joined; a compound whose halves both
 * occur as words, or whose first element is always hyphenated, keeps its
 * hyphen; a capitalised first half is a name ("Europa-strategin") unless it
 * opens a sentence; anything else is a word split by the line break. */
#include "read/dehyphen.h"

#include "read/lines.h"

#include <stdint.h>
#include <string.h>

#include "base/hash.h"

static int ascii_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Letters: ASCII letters and non-ASCII characters other than the
 * U+0080..U+00BF and U+2000..U+2FFF punctuation blocks. */
static size_t letter_at(const char *s, size_t len, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0;
  if (c == 0xC2 || c == 0xE2 || c < 0xC0)
    return 0;
  size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  return i + k <= len ? k : 0;
}

static size_t hash_word(const char *w, size_t len) {
  uint64_t h = PARALIGN_HASH_INIT;
  for (size_t i = 0; i < len; i++)
    h = paralign_hash_byte(h, (unsigned char)ascii_lower((unsigned char)w[i]));
  return (size_t)h;
}

static int same_word(const char *a, const char *b, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (ascii_lower((unsigned char)a[i]) != ascii_lower((unsigned char)b[i]))
      return 0;
  return 1;
}

static int vocab_grow(paralign_vocab *v);

/* The slot of word, or of the free slot where it would go. */
static size_t find_slot(const paralign_vocab *v, const char *word, size_t len) {
  size_t i = hash_word(word, len) & (v->cap - 1);
  while (v->slots[i] && !(v->lens[i] == len && same_word(v->text + v->slots[i] - 1, word, len)))
    i = (i + 1) & (v->cap - 1);
  return i;
}

static int vocab_add(paralign_vocab *v, size_t off, size_t len) {
  if (len > 255 || len < 2)
    return 0;
  if ((v->count + 1) * 2 > v->cap && vocab_grow(v) != 0)
    return -1;
  size_t i = hash_word(v->text + off, len) & (v->cap - 1);
  while (v->slots[i]) {
    if (v->lens[i] == len && same_word(v->text + v->slots[i] - 1, v->text + off, len)) {
      v->counts[i] += v->counts[i] < 0xFFFFFFFFu;
      return 0;
    }
    i = (i + 1) & (v->cap - 1);
  }
  v->slots[i] = off + 1;
  v->lens[i] = (unsigned char)len;
  v->counts[i] = 1;
  v->count++;
  return 0;
}

static int vocab_grow(paralign_vocab *v) {
  paralign_vocab old = *v;
  v->cap = old.cap ? old.cap * 2 : 1024;
  v->slots = paralign_mem_calloc(v->mem, v->cap, sizeof *v->slots);
  v->lens = paralign_mem_calloc(v->mem, v->cap, 1);
  v->counts = paralign_mem_calloc(v->mem, v->cap, sizeof *v->counts);
  v->count = 0;
  if (!v->slots || !v->lens || !v->counts) {
    paralign_mem_free(v->mem, v->slots);
    paralign_mem_free(v->mem, v->lens);
    paralign_mem_free(v->mem, v->counts);
    *v = old;
    return -1;
  }
  for (size_t i = 0; i < old.cap; i++)
    if (old.slots[i]) {
      vocab_add(v, old.slots[i] - 1, old.lens[i]);
      v->counts[find_slot(v, v->text + old.slots[i] - 1, old.lens[i])] = old.counts[i];
    }
  paralign_mem_free(v->mem, old.slots);
  paralign_mem_free(v->mem, old.lens);
  paralign_mem_free(v->mem, old.counts);
  return 0;
}

int paralign_vocab_build(paralign_vocab *v, const paralign_mem *mem, const char *text, size_t len) {
  memset(v, 0, sizeof *v);
  v->mem = mem;
  v->text = text;
  size_t i = 0;
  while (i < len) {
    size_t k = letter_at(text, len, i);
    if (!k) {
      i++;
      continue;
    }
    size_t start = i;
    while (i < len && (k = letter_at(text, len, i)) != 0)
      i += k;
    if (vocab_add(v, start, i - start) != 0)
      return -1;
  }
  return 0;
}

int paralign_vocab_keep_words(paralign_vocab *v) {
  size_t total = 0;
  for (size_t i = 0; i < v->cap; i++)
    total += v->slots[i] ? v->lens[i] : 0;
  char *own = paralign_mem_alloc(v->mem, total);
  if (!own)
    return -1;
  size_t at = 0;
  for (size_t i = 0; i < v->cap; i++)
    if (v->slots[i]) {
      memcpy(own + at, v->text + v->slots[i] - 1, v->lens[i]);
      v->slots[i] = at + 1;
      at += v->lens[i];
    }
  paralign_mem_free(v->mem, v->own);
  v->text = v->own = own;
  return 0;
}

void paralign_vocab_free(paralign_vocab *v) {
  if (!v->mem)
    return;
  paralign_mem_free(v->mem, v->own);
  paralign_mem_free(v->mem, v->slots);
  paralign_mem_free(v->mem, v->lens);
  paralign_mem_free(v->mem, v->counts);
  memset(v, 0, sizeof *v);
}

size_t paralign_vocab_count(const paralign_vocab *v, const char *word, size_t len) {
  if (!v || !v->cap || len > 255)
    return 0;
  size_t i = find_slot(v, word, len);
  return v->slots[i] ? v->counts[i] : 0;
}

int paralign_vocab_has(const paralign_vocab *v, const char *word, size_t len) {
  return paralign_vocab_count(v, word, len) > 0;
}

int paralign_word_is_conjunction(const char *w, size_t len) {
  static const char *const words[] = {"och", "eller", "samt", "respektive", "resp", "and",  "or",
                                      "nor", "to",    "un",   "vai",        "und",  "oder", "bzw",
                                      "et",  "ou",    "ja",   "tai",        "ir",   "ar"};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (strlen(words[i]) == len && memcmp(words[i], w, len) == 0)
      return 1;
  return 0;
}

/* A digit, or a capital after the first letter: a code or abbreviation
 * ("G20", "IKT", "EU", "eID").  A capital first letter alone is a name or
 * the start of a sentence. */
static int has_code_letters(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= '0' && c <= '9')
      return 1;
    if (i == 0)
      continue;
    if (c >= 'A' && c <= 'Z')
      return 1;
    if (c == 0xC3 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
        (unsigned char)s[i + 1] <= 0x9E)
      return 1; /* Ä Ö Å and the other Latin-1 capitals */
  }
  return 0;
}

static int capital_first(const char *s, size_t len) {
  unsigned char c = len ? (unsigned char)s[0] : 0;
  return (c >= 'A' && c <= 'Z') ||
         (c == 0xC3 && len > 1 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9E) ||
         (c >= 0xC4 && c <= 0xC5 && len > 1 && ((unsigned char)s[1] & 1) == 0);
}

/* First elements of compounds written with a hyphen whatever the halves:
 * "well-known", "so-called", "self-evident", "non-discrimination",
 * "twenty-five", Swedish "icke-diskriminering". */
static int hyphen_first_element(const char *w, size_t len) {
  static const char *const words[] = {"well",   "so",     "self",  "non",   "twenty",
                                      "thirty", "forty",  "fifty", "sixty", "seventy",
                                      "eighty", "ninety", "icke"};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (strlen(words[i]) == len && memcmp(words[i], w, len) == 0)
      return 1;
  return 0;
}

static size_t word_prefix(const char *s, size_t len) {
  size_t i = 0, k;
  while (i < len && (k = letter_at(s, len, i)) != 0)
    i += k;
  return i;
}

/* The cases decided without evidence; -1 when evidence is needed. */
static int decide_by_form(const char *left, size_t llen, const char *right, size_t rlen) {
  size_t rw = word_prefix(right, rlen);
  if (rw == 0 || llen == 0)
    return PARALIGN_HYPHEN_KEEP;
  if (paralign_word_is_conjunction(right, rw) &&
      (rw == rlen || right[rw] == ' ' || right[rw] == ','))
    return PARALIGN_HYPHEN_SPACE;
  if (has_code_letters(left, llen) || capital_first(right, rw))
    return PARALIGN_HYPHEN_KEEP;
  if (paralign_utf8_chars(left, llen) == 1)
    return PARALIGN_HYPHEN_KEEP; /* "e-mail", "e-pastu" */
  return -1;
}

int paralign_dehyphen_needs_vocab(const char *left, size_t llen, const char *right, size_t rlen) {
  return decide_by_form(left, llen, right, rlen) < 0;
}

paralign_hyphen paralign_dehyphen(const paralign_vocab *vocab, const char *left, size_t llen,
                                  const char *right, size_t rlen, int opens_sentence) {
  int form = decide_by_form(left, llen, right, rlen);
  if (form >= 0)
    return (paralign_hyphen)form;
  size_t rw = word_prefix(right, rlen);
  char joined[256];
  if (llen + rw < sizeof joined) {
    memcpy(joined, left, llen);
    memcpy(joined + llen, right, rw);
    if (paralign_vocab_has(vocab, joined, llen + rw))
      return PARALIGN_HYPHEN_JOIN; /* the word occurs whole elsewhere */
  }
  if (capital_first(left, llen) && !opens_sentence)
    return PARALIGN_HYPHEN_KEEP; /* a name in a compound: "Europa-strategin" */
  if (hyphen_first_element(left, llen))
    return PARALIGN_HYPHEN_KEEP;
  /* both halves are words elsewhere too (the split itself counts once): a
   * compound written with a hyphen ("long-term"); one half alone proves
   * nothing ("till-gängligt", "pa-sākumiem" split after a prefix) */
  if (paralign_vocab_count(vocab, left, llen) >= 2 && paralign_vocab_count(vocab, right, rw) >= 2)
    return PARALIGN_HYPHEN_KEEP;
  return PARALIGN_HYPHEN_JOIN;
}
