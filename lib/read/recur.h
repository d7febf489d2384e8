/* recur.h: forms that recur through a document and change how its lines are
 * read (private): the word that opens each recital of a preamble, the
 * numbering forms used for one-line headings, whether verses are numbered. */
#ifndef PARALIGN_RECUR_H
#define PARALIGN_RECUR_H

#include "read/dehyphen.h"
#include "read/lines.h"
#include "read/regime.h"

#define PARALIGN_RECUR_MAX 16
#define PARALIGN_RECUR_WORD 24

typedef struct paralign_recur {
  /* words that open the recitals of a preamble ("whereas", "enär", "tā") */
  char openers[PARALIGN_RECUR_MAX][PARALIGN_RECUR_WORD];
  size_t nopeners;
  /* numbering forms ("1.") whose labelled lines are one-line headings */
  char heading_styles[PARALIGN_RECUR_MAX][8];
  size_t nstyles;
  /* verse labels ("Gen 1:1") number the document's paragraphs */
  int verses;
} paralign_recur;

/* Scan lines (with the regime in info) into out.  Returns 0 or -1 (out of
 * memory). */
int paralign_recur_scan(const paralign_lines *lines, const paralign_layout_info *info,
                        const paralign_mem *mem, paralign_recur *out);

/* Flag PARALIGN_LINE_NUMBERED on the lines that open with a bare paragraph
 * number ("24 Enligt ...") in a run of such numbers in sequence.  Returns 0
 * or -1 (out of memory). */
int paralign_recur_mark_numbered(paralign_lines *lines, const paralign_layout_info *info,
                                 const paralign_mem *mem);

/* Whether s opens with a recital opener of the document. */
int paralign_recur_opens_recital(const paralign_recur *r, const char *s, size_t len);
/* Whether style is a numbering form of one-line headings. */
int paralign_recur_heading_style(const paralign_recur *r, const char *style);
/* Whether verse labels number the document's paragraphs: then every verse
 * label counts, a verse quoted from another book too. */
int paralign_recur_numbers_verses(const paralign_recur *r);

#endif
