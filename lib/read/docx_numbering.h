/* docx_numbering.h: Word list numbering (numbering.xml) turned into the
 * labels Word shows ("4.", "a)", "Article 5", "•") (private). */
#ifndef PARALIGN_DOCX_NUMBERING_H
#define PARALIGN_DOCX_NUMBERING_H

#include <stddef.h>

#include <libxml/tree.h>

#include "base/mem.h"

#define PARALIGN_DOCX_LEVELS 9

typedef struct docx_level {
  long start;
  char fmt[24];  /* numFmt: decimal, lowerLetter, upperRoman, bullet, none... */
  char text[48]; /* lvlText: "%1.", "(%2)", "Article %1", a bullet character */
  int legal;     /* isLgl: numbers of the levels above shown as decimal */
} docx_level;

typedef struct docx_abstract {
  long id;
  docx_level lvl[PARALIGN_DOCX_LEVELS];
  long counter[PARALIGN_DOCX_LEVELS];
  unsigned char started[PARALIGN_DOCX_LEVELS];
} docx_abstract;

typedef struct docx_num {
  long id;
  size_t abstract;                     /* index into the abstracts */
  long override[PARALIGN_DOCX_LEVELS]; /* startOverride, or -1 */
  int used;
} docx_num;

typedef struct docx_numbering {
  const paralign_mem *mem;
  docx_abstract *abstracts;
  size_t nabstracts;
  docx_num *nums;
  size_t nnums;
} docx_numbering;

/* Read numbering.xml (root may be NULL: no numbering).  Returns 0, or -1
 * when out of memory. */
int paralign_docx_numbering_load(docx_numbering *nb, const paralign_mem *mem, const xmlNode *root);
void paralign_docx_numbering_free(docx_numbering *nb);

/* Count one more paragraph of list num_id at level ilvl and write the label
 * Word shows for it to out ("" when none: no such list, format none).
 * Counting follows Word: one counter per level of the abstract list, shared
 * by the lists made from it; a list with a start override restarts it when
 * first used; a level restarts after a paragraph of a level above. */
void paralign_docx_numbering_next(docx_numbering *nb, long num_id, int ilvl, char *out, size_t cap);

#endif
