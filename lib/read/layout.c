/* layout.c: from lines to blocks.  Drops page furniture, measures the
 * regime (wrapped or not, blank lines between paragraphs or after every
 * line), scans the forms that recur through the document, then walks the
 * lines: breaks.c decides where each block ends, and join.c writes the text
 * of each block, its lines joined. */
#include "read/layout.h"

#include <string.h>

#include "read/furniture.h"
#include "read/join.h"
#include "read/layout_ctx.h"
#include "read/pagenotes.h"

/* Lines that start a page: after a form feed, or (when every line is followed
 * by a blank) indented by a space right after a line of text.  Returns
 * whether it marked any line that was not marked. */
static int mark_pages(paralign_layout_ctx *L) {
  paralign_lines *ls = L->lines;
  int marked = 0;
  for (size_t i = 1; L->info.soft_blanks && i < ls->n; i++)
    if (paralign_layout_is_text(&ls->v[i]) && ls->v[i].lead > 0 && ls->v[i].empties <= 1 &&
        paralign_layout_is_text(&ls->v[i - 1])) {
      marked |= !(ls->v[i].flags & PARALIGN_LINE_PAGE);
      ls->v[i].flags |= (unsigned short)PARALIGN_LINE_PAGE;
    }
  return marked;
}

/* Blank lines after a page boundary and the header dropped below it, with
 * line l next: a dropped line or a new page starts the count again. */
static size_t blanks_after_page(size_t so_far, const paralign_line *l) {
  if (l->flags & PARALIGN_LINE_DROP)
    return 0;
  return (l->flags & PARALIGN_LINE_PAGE) ? l->empties : so_far + l->empties;
}

/* The fewest blank lines between a page boundary (and its header) and the
 * first line of text below it: what the page's top margin alone leaves. */
static size_t page_margin(const paralign_lines *ls) {
  size_t least = (size_t)-1, after = 0;
  int crossed = 0;
  for (size_t i = 0; i < ls->n; i++) {
    const paralign_line *l = &ls->v[i];
    after = blanks_after_page(after, l);
    crossed |= (l->flags & (PARALIGN_LINE_PAGE | PARALIGN_LINE_DROP)) != 0;
    if (!paralign_layout_is_text(l))
      continue;
    if (crossed && after < least)
      least = after;
    crossed = 0;
  }
  return least;
}

/* ---- blocks ------------------------------------------------------------------ */

/* Where the source line that line l lies in starts in the base text, when
 * l lies there (PARALIGN_BLOCK_IN_BASE): the byte after the line feed
 * before it.  Finding a block's first line from its number costs a pass
 * over the whole source once the lines are gone. */
static void note_line_start(const paralign_lines *ls, const paralign_line *l, paralign_block *b) {
  if (!(l->flags & PARALIGN_LINE_IN_BASE))
    return;
  b->byte = paralign_lines_line_start(ls, l->off);
  b->flags |= PARALIGN_BLOCK_IN_BASE;
}

static long add_block(paralign_layout_ctx *L, size_t i, int zone) {
  void *arr = L->out->v;
  if (paralign_mem_grow(L->mem, &arr, &L->out->cap, L->out->n + 1, sizeof *L->out->v) != 0)
    return -1;
  L->out->v = arr;
  paralign_label lab;
  int number_first =
      paralign_label_line(L->lines, &L->lines->v[i], &lab) && !paralign_breaks_label(L, i, &lab);
  paralign_breaks_note_sequence(L, i);
  paralign_block *b = &L->out->v[L->out->n];
  memset(b, 0, sizeof *b);
  b->lineno = L->lines->v[i].lineno;
  b->first = b->last = (long)i;
  b->flags = (zone ? PARALIGN_BLOCK_FOOTZONE : 0) | (number_first ? PARALIGN_BLOCK_NOLABEL : 0) |
             (paralign_breaks_recital(L, i) ? PARALIGN_BLOCK_RECITAL : 0) |
             (L->lines->v[i].flags & PARALIGN_LINE_NUMBERED ? PARALIGN_BLOCK_NUMBERED : 0);
  b->attach = -1;
  note_line_start(L->lines, &L->lines->v[i], b);
  return (long)L->out->n++;
}

static void append_line(paralign_layout_ctx *L, long block, size_t i) {
  paralign_block *b = &L->out->v[block];
  if (b->last != (long)i)
    L->lines->v[b->last].next = (int)i;
  b->last = (long)i;
  L->lines->v[i].block = (int)block;
}

typedef struct walk {
  long cur, prev, suspended;
  int zone;
  paralign_gap g;
} walk;

static void on_gap_line(walk *w, const paralign_line *l) {
  if (l->flags & PARALIGN_LINE_DROP) {
    w->g.page = 1;
    return;
  }
  /* A bullet alone ends what was before it wherever it stands, also at the
   * top of a page, where blank lines are only the page's margin ("... the
   * Commission should:" / page / "—" / "improve marketing ..."). */
  if (l->flags & (PARALIGN_LINE_RULE | PARALIGN_LINE_SEPARATOR | PARALIGN_LINE_BULLET))
    w->g.hard = 1;
  else
    w->g.spaces = 1;
  if (l->flags & PARALIGN_LINE_SEPARATOR) {
    if (!w->zone)
      w->suspended = w->cur;
    w->zone = PARALIGN_ZONE_SEPARATED;
  }
}

/* What the line before a new block left of the text width (see
 * paralign_block.room). */
static unsigned room_before(const paralign_layout_ctx *L, const walk *w) {
  if (w->prev < 0 || w->g.empties || w->g.hard || w->g.spaces)
    return PARALIGN_ROOM_GAP;
  unsigned chars = L->lines->v[w->prev].chars;
  return chars < L->info.width ? (unsigned)L->info.width - chars : 0;
}

static int assign_line(paralign_layout_ctx *L, walk *w, size_t i) {
  const paralign_line *l = &L->lines->v[i];
  if ((l->flags & PARALIGN_LINE_PAGE) || w->g.page) {
    if (w->zone && paralign_breaks_resumes(L, w->suspended, i)) {
      w->cur = w->suspended;
      w->prev = L->out->v[w->cur].last;
      memset(&w->g, 0, sizeof w->g);
    }
    if (w->zone && !(l->flags & PARALIGN_LINE_URL))
      w->zone = 0;
  }
  if (!w->zone && L->page_margin != (size_t)-1 &&
      paralign_pagenotes_may_open(paralign_layout_text(L, i)) && paralign_pagenotes_open(L, i)) {
    w->suspended = w->cur; /* the paragraph the page's notes interrupt */
    w->zone = PARALIGN_ZONE_BRACKETED;
  }
  int brk = paralign_breaks_new_block(L, w->cur, w->prev, i, &w->g, w->zone);
  if (brk) {
    w->cur = add_block(L, i, w->zone);
    if (w->cur < 0)
      return -1;
    if (brk == PARALIGN_BREAK_UNCERTAIN)
      L->out->v[w->cur].flags |= PARALIGN_BLOCK_SOFT_START;
    L->out->v[w->cur].room = room_before(L, w);
  }
  append_line(L, w->cur, i);
  w->prev = (long)i;
  memset(&w->g, 0, sizeof w->g);
  return 0;
}

static int assign_blocks(paralign_layout_ctx *L) {
  walk w = {-1, -1, -1, 0, {0, 0, 0, 0, 0}};
  /* at most a block a line, reserved once: grown by doubling, the array was
   * copied where the allocator could not extend it (the pages not written
   * are not taken) */
  void *arr = L->out->v;
  if (paralign_mem_reserve(L->mem, &arr, &L->out->cap, L->out->n + L->lines->n,
                           sizeof *L->out->v) != 0)
    return -1;
  L->out->v = arr;
  for (size_t i = 0; i < L->lines->n; i++) {
    const paralign_line *l = &L->lines->v[i];
    w.g.empties += l->empties;
    w.g.after_page = blanks_after_page(w.g.after_page, l);
    if (!paralign_layout_is_text(l)) {
      on_gap_line(&w, l);
      if (l->flags & PARALIGN_LINE_RULE)
        w.zone = 0;
      continue;
    }
    if (assign_line(L, &w, i) != 0)
      return -1;
  }
  return 0;
}

int paralign_layout(paralign_lines *lines, const paralign_mem *mem, paralign_blocks *out,
                    paralign_layout_info *info) {
  paralign_layout_ctx L;
  memset(&L, 0, sizeof L);
  L.lines = lines;
  L.mem = mem;
  L.out = out;
  if (paralign_label_mark_lines(lines, mem) != 0)
    return -1;
  paralign_regime_measure(lines, &L.info);
  int marked = mark_pages(&L);
  int rc = paralign_furniture_drop(lines, mem, &L.info.dropped);
  /* again, without the furniture; lines neither marked nor dropped are as
   * they were measured */
  if (rc == 0 && (marked || L.info.dropped))
    paralign_regime_measure(lines, &L.info);
  paralign_regime_full_ends(lines, &L.info);
  if (rc == 0)
    rc = paralign_recur_scan(lines, &L.info, mem, &L.recur);
  if (rc == 0)
    rc = paralign_recur_mark_numbered(lines, &L.info, mem);
  L.page_margin = page_margin(lines);
  if (rc == 0)
    rc = assign_blocks(&L);
  void *arr = out->v;
  if (rc == 0) /* the room of the lines that opened no block */
    rc = paralign_mem_fit(mem, &arr, &out->cap, out->n, sizeof *out->v);
  out->v = arr;
  /* joining the lines asks for few labels: parsed again, they leave their
   * memory free for the blocks' text */
  paralign_lines_forget_labels(lines, mem);
  if (rc == 0)
    rc = paralign_join_blocks(&L);
  out->nul_after = 1;
  if (info)
    *info = L.info;
  return rc;
}
