/* label.h: numbering labels, kinds and levels of paragraphs (private). */
#ifndef PARALIGN_LABEL_H
#define PARALIGN_LABEL_H

#include <stddef.h>

#include "read/document.h"
#include "read/lines.h"

typedef struct paralign_label {
  size_t start; /* where the label as written starts (after a stray bullet) */
  size_t len;   /* end of the label as written, 0 when none */
  size_t skip;  /* bytes from the start to the text after the label */
  paralign_scheme scheme;
  long value;
  char style[8]; /* the label's form, for nesting: "1.", "a)", "(i)", "•" */
  char key[PARALIGN_KEY_MAX];
  int ambiguous;   /* one letter that reads as roman or alphabetic (i, v, x...) */
  char letter;     /* that letter, in lower case */
  int depth;       /* parts of a decimal label: 3 for "1.2.3" */
  size_t quote;    /* bytes of a quotation mark before the label, kept as text */
  int long_number; /* 4 to 6 digits ("1024."): reads as a year too ("2023. gada"),
                      so layout takes it only where a numbering leads up to it */
  int dashed;      /* a heading word's label set off from its title by a dash
                      ("Section 1 – Definitions.", "1. nodaļa – Definīcijas") */
} paralign_label;

/* Parse the numbering label at the start of s; returns 1 and fills out when
 * there is one, else 0 (out->len == 0).  A bullet before another label
 * ("- a) text") gives the inner label. */
int paralign_label_parse(const char *s, size_t len, paralign_label *out);

/* Court judgments number their paragraphs with a bare number ("24 Enligt
 * ...", "47 The ..."): one to three digits and a space before a capital, an
 * opening quotation mark or bracket, or a number that is not a group of
 * thousands ("14 2009. gada ...", not "10 000 euro").  Such a number is a
 * label only where the numbers run in sequence through the document (layout
 * decides, and flags the line PARALIGN_LINE_NUMBERED).  Returns 1 and sets
 * *value when s opens with one. */
int paralign_label_bare_number(const char *s, size_t len, long *value);
/* Reports number their summary's paragraphs with a bare roman numeral ("IV
 * We found ...", "XII Coaching ..."): an upper-case numeral and a space
 * before a capital, a label only where the numerals run in sequence, as bare
 * numbers do.  Returns 1 and sets *value when s opens with one. */
int paralign_label_bare_roman(const char *s, size_t len, long *value);
/* The bare paragraph number or roman numeral opening s as a label (arabic,
 * form "1", or roman, form "I"). */
int paralign_label_parse_bare(const char *s, size_t len, paralign_label *out);

/* The label opening line l of lines, as paralign_label_parse; lines marked
 * by paralign_label_mark_lines are not parsed again, lines flagged
 * PARALIGN_LINE_NUMBERED open with a bare paragraph number. */
int paralign_label_line(const paralign_lines *lines, const paralign_line *l, paralign_label *out);
/* Line l holds nothing but a label ("1.", "IV.", "(a)"): pdftotext prints a
 * list's numbers apart from the items. */
int paralign_label_line_alone(const paralign_lines *lines, const paralign_line *l);
/* Parse the label opening each line once: keep it in lines->labels, or mark
 * the line PARALIGN_LINE_UNLABELLED; and mark the short lines in capitals
 * (PARALIGN_LINE_CAPS: at most 80 characters, 80 % of the letters
 * capitals), so that the layout stages, which look at each line several
 * times, read it once.  Returns 0, or -1 when out of memory. */
int paralign_label_mark_lines(paralign_lines *lines, const paralign_mem *mem);

/* Re-read an ambiguous one-letter label as alphabetic when the previous label
 * of the same form was the letter before it ("h)" then "i)"), else roman. */
void paralign_label_resolve(paralign_label *lab, const paralign_label *prev_same_form);

/* Share of upper-case letters among the letters of s, in percent; -1 when
 * it has fewer than 3 letters. */
int paralign_upper_share(const char *s, size_t len);

/* Whether s starts with a cover-page header field ("From:", "Sūtītājs:"). */
int paralign_label_is_field(const char *s, size_t len);

/* Hints about a block for paralign_label_kind. */
enum {
  PARALIGN_HINT_HEADING = 1u << 0, /* markdown heading or wholly bold */
  PARALIGN_HINT_SHORT = 1u << 1    /* one or two source lines */
};

/* The kind of a paragraph with label lab and text (after the label). */
paralign_kind paralign_label_kind(const paralign_label *lab, const char *text, size_t len,
                                  unsigned hints);

#endif
