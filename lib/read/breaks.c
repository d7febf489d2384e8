/* breaks.c: where a paragraph ends.  Between two lines of text, decides
 * whether the second starts a new block: blank lines (unless every line is
 * followed by one), labels and bullets, headings, and in hard-wrapped text
 * whether the first line was full.  Each rule below names the kind of
 * document it is for. */
#include <stdint.h>
#include <string.h>

#include "base/swar.h"
#include "read/chart.h"
#include "read/layout_ctx.h"
#include "read/linecue.h"
#include "read/pagenotes.h"
#include "text/url.h"

static int sentence_case_heading(const paralign_layout_ctx *L, size_t pi, size_t i);

static const char *text_at(const paralign_layout_ctx *L, size_t i) {
  return paralign_layout_text(L, i);
}

/* ---- numbering sequences ------------------------------------------------------ */

/* The index of the numbering of a form, or -1. */
static int sequence_of(const paralign_layout_ctx *L, const char *style) {
  for (int k = 0; k < L->nseq; k++)
    if (strcmp(L->seq[k].style, style) == 0)
      return k;
  return -1;
}

/* The label goes on with a numbering already under way ("13." after "12."). */
static int continues_sequence(const paralign_layout_ctx *L, const paralign_label *lab) {
  int k = sequence_of(L, lab->style);
  return lab->scheme != PARALIGN_SCHEME_BULLET && k >= 0 && lab->value == L->seq[k].value + 1;
}

/* How far a long label may jump ahead of its numbering and still be taken as
 * its next label: a few paragraphs may be missing or unnumbered. */
#define LONG_LABEL_REACH 10
/* How far ahead "2." is looked for to confirm that "1. lower-case" starts a list. */
#define ORDINAL_REACH 200

/* A 4-6 digit number opening a line is a label only when the numbering of its
 * form has reached just below it ("1000." after "998."); otherwise it is a
 * year or an amount opening a sentence ("2023. gada 20. novembrī"). */
static int long_label_expected(const paralign_layout_ctx *L, const paralign_label *lab) {
  int k = sequence_of(L, lab->style);
  return k >= 0 && lab->value > L->seq[k].value && lab->value <= L->seq[k].value + LONG_LABEL_REACH;
}

/* "19. gadsimtā", "1. janvārī": in Latvian a day or century is written as a
 * number with a period, and the lower-case word after it tells it from a
 * numbered paragraph, which starts with a capital.  Such a number is a label
 * only where it continues the numbering ("3." after "2.") or starts one
 * ("1." when the next number opening a line is "2."). */
static int ordinal_form(const char *s, size_t len, const paralign_label *lab) {
  return lab->scheme == PARALIGN_SCHEME_ARABIC && strcmp(lab->style, "1.") == 0 &&
         lab->skip < len && paralign_starts_lower(s + lab->skip, len - lab->skip);
}

static int next_number_is(const paralign_layout_ctx *L, size_t i, long value) {
  for (size_t j = i + 1; j < L->lines->n && j <= i + ORDINAL_REACH; j++) {
    paralign_label lab;
    const paralign_line *l = &L->lines->v[j];
    if (paralign_layout_is_text(l) && paralign_label_line(L->lines, l, &lab) &&
        strcmp(lab.style, "1.") == 0)
      return lab.value == value;
  }
  return 0;
}

/* A label that only looks like one in this document: a year, an ordinal, a
 * time of day taken for a verse ("Klockan 09:30"). */
static int label_doubtful(const paralign_layout_ctx *L, size_t i, const paralign_label *lab) {
  const char *s = text_at(L, i);
  size_t len = L->lines->v[i].len;
  if (lab->long_number)
    return !long_label_expected(L, lab);
  if (lab->scheme == PARALIGN_SCHEME_VERSE)
    return !paralign_recur_numbers_verses(&L->recur);
  if (ordinal_form(s, len, lab))
    return !continues_sequence(L, lab) && !(lab->value == 1 && next_number_is(L, i, 2));
  return 0;
}

int paralign_breaks_label(const paralign_layout_ctx *L, size_t i, paralign_label *lab) {
  if (!paralign_label_line(L->lines, &L->lines->v[i], lab))
    return 0;
  if (label_doubtful(L, i, lab)) {
    memset(lab, 0, sizeof *lab);
    return 0;
  }
  return 1;
}

/* An item of a list nested in the item whose label waits ("A." "B." "C." /
 * "behålla följande ...:" / "i. ..." ... "v. ..." / "ange om ..."; "2."
 * ... "7." / "Uppskjutning ...:" / "1. Om ..." ... "5. Om ..." / "Röster
 * ..."): a list of another scheme, or one that starts again at 1.  The
 * outer labels wait on past it, for the first block after it that has no
 * label. */
static void wait_past_inner_list(paralign_layout_ctx *L, const paralign_label *lab) {
  if (L->waiting_labels > 0 && (lab->scheme != L->waiting_scheme || lab->value == 1)) {
    L->outer_labels = L->waiting_labels;
    L->outer_scheme = L->waiting_scheme;
    L->inner_scheme = lab->scheme;
    L->inner_value = lab->value;
  } else if (L->outer_labels > 0 && lab->scheme == L->inner_scheme &&
             lab->value == L->inner_value + 1) {
    L->inner_value = lab->value;
  } else if (L->outer_labels > 0 && lab->scheme == L->outer_scheme) {
    L->outer_labels = 0; /* the outer list went on with a label of its own */
  }
  L->waiting_labels = 0;
}

/* A block that starts at line i takes the oldest label waiting for its
 * text, or is such a label, or ends the wait with a label of its own. */
static void note_waiting(paralign_layout_ctx *L, size_t i, const paralign_label *lab,
                         int labelled) {
  if (!labelled && L->waiting_labels == 0 && L->outer_labels > 0) {
    L->waiting_labels = L->outer_labels - 1;
    L->waiting_scheme = L->outer_scheme;
    L->outer_labels = 0;
  } else if (!labelled) {
    L->waiting_labels -= L->waiting_labels > 0;
  } else if (lab->skip >= L->lines->v[i].len && lab->scheme != PARALIGN_SCHEME_ARTICLE &&
             lab->scheme != PARALIGN_SCHEME_SECTION) {
    if (L->waiting_labels++ == 0)
      L->waiting_scheme = lab->scheme;
  } else {
    wait_past_inner_list(L, lab);
  }
}

void paralign_breaks_note_sequence(paralign_layout_ctx *L, size_t i) {
  paralign_label lab;
  int labelled = paralign_breaks_label(L, i, &lab);
  note_waiting(L, i, &lab, labelled);
  if (!labelled || lab.scheme == PARALIGN_SCHEME_BULLET)
    return;
  int k = sequence_of(L, lab.style);
  if (k < 0 && L->nseq < PARALIGN_LAYOUT_MAX_SEQUENCES) {
    k = L->nseq++;
    memcpy(L->seq[k].style, lab.style, sizeof L->seq[k].style);
  }
  if (k >= 0)
    L->seq[k].value = lab.value;
}

/* ---- what a line looks like ------------------------------------------------------ */

static int starts_superscript(const char *s, size_t len) {
  unsigned char a = len > 1 ? (unsigned char)s[0] : 0, b = len > 1 ? (unsigned char)s[1] : 0;
  if (a == 0xC2 && (b == 0xB9 || b == 0xB2 || b == 0xB3))
    return 1;
  return len > 2 && a == 0xE2 && b == 0x81 && (unsigned char)s[2] >= 0xB0 &&
         (unsigned char)s[2] <= 0xB9;
}

/* "1 Text" under a separator, "(1) Text" there or at a page's foot: a
 * footnote's number.  Notes numbered in brackets (zone
 * PARALIGN_ZONE_BRACKETED) go on over a line that a number opens ("...
 * ståndpunkt av den" / "14 april 2016."). */
static int starts_footnote_number(const char *s, size_t len, int zone) {
  if (paralign_pagenotes_number(s, len, NULL) > 0)
    return 1;
  size_t i = 0;
  while (i < len && i < 4 && s[i] >= '0' && s[i] <= '9')
    i++;
  return zone != PARALIGN_ZONE_BRACKETED && i > 0 && i < 4 && i + 1 < len && s[i] == ' ' &&
         !(s[i + 1] >= '0' && s[i + 1] <= '9');
}

/* A short line in capitals: a heading or a title ("SOM ERINRAR OM"). */
static int caps_line(const paralign_layout_ctx *L, size_t i) {
  return (L->lines->v[i].flags & PARALIGN_LINE_CAPS) != 0;
}

/* The first line of the block line i belongs to, or -1. */
static long block_first(const paralign_layout_ctx *L, size_t i) {
  int b = L->lines->v[i].block;
  return b < 0 ? -1 : L->out->v[b].first;
}

/* Whether a page boundary lies between line pi and line i, the next line of
 * text: i opens a page, or furniture dropped between them was a page's. */
static int crosses_page(const paralign_layout_ctx *L, size_t pi, size_t i) {
  return i != pi + 1 || (L->lines->v[i].flags & PARALIGN_LINE_PAGE);
}

/* The block line i belongs to starts with a label: a list or numbered paragraph. */
static int block_has_label(const paralign_layout_ctx *L, size_t i) {
  long first = block_first(L, i);
  paralign_label lab;
  return first >= 0 && !(L->out->v[L->lines->v[i].block].flags & PARALIGN_BLOCK_NOLABEL) &&
         paralign_label_line(L->lines, &L->lines->v[first], &lab);
}

/* A first item (lab, numbered 1) opens a list nested in the numbered
 * paragraph of line pi: "a)" or "(i)" under "1.", and a decimal number only
 * under its own parent ("2.1" under "2.").  "6.1" after "1. ... ska vid
 * tillämpningen av artikel" is the article's point a Swedish text cites,
 * the sentence going on over the line break. */
static int nested_in_block(const paralign_layout_ctx *L, size_t pi, const paralign_label *lab) {
  if (!block_has_label(L, pi))
    return 0;
  if (lab->scheme != PARALIGN_SCHEME_DECIMAL)
    return 1;
  paralign_label parent;
  const char *own = strchr(lab->key, ':'), *last = strrchr(lab->key, '.');
  if (!paralign_label_line(L->lines, &L->lines->v[block_first(L, pi)], &parent) || !own || !last)
    return 0;
  const char *of = strchr(parent.key, ':');
  size_t n = (size_t)(last - own - 1);
  return of && strlen(of + 1) == n && strncmp(of + 1, own + 1, n) == 0;
}

/* Line i is nothing but a heading word and its number ("Kapitel I",
 * "1. noteikums", "Article 5"): the title or text follows on the next line. */
static int label_line(const paralign_layout_ctx *L, size_t i) {
  paralign_label lab;
  return paralign_breaks_label(L, i, &lab) &&
         (lab.scheme == PARALIGN_SCHEME_ARTICLE || lab.scheme == PARALIGN_SCHEME_SECTION) &&
         lab.skip >= L->lines->v[i].len;
}

/* Legislation prints an article's heading, its title on a line or two,
 * then its numbered paragraphs ("Article 8" / "Conditions applicable to
 * child's consent in relation to information society services" / "1.
 * Where point (a) ..."): line pi is in a block of at most two lines right
 * under a heading alone on its line.  A title that fills its line gives no
 * other sign of its end. */
#define TITLE_MAX_LINES 2

static int title_under_heading(const paralign_layout_ctx *L, size_t pi) {
  long first = block_first(L, pi);
  return first > 0 && pi - (size_t)first < TITLE_MAX_LINES &&
         paralign_layout_is_text(&L->lines->v[first - 1]) && label_line(L, (size_t)first - 1);
}

/* The room the first word of line i needs at the end of line pi.  Two
 * lines indented alike lie in one column, however deep: a point nested in
 * a list printed with its indentation (pdftotext -layout), whose right edge
 * is the text's.  pdftotext without -layout joins a line that ends in a
 * hyphen to the next and drops the hyphen ("... In addition, multi-" /
 * "architecture CDs ..." comes out as one line): in a line a quarter wider
 * than the text, each printed line but the last was full, and the room is
 * the last one's ("... for cloud users Debian also offers prebuilt OpenStack
 * images for amd64 and arm64 architectures, ready to use." / "Debian can now
 * be installed ..." ends its paragraph).  A full line may end short of the
 * width by a long word, so the last line is taken at its longest, the
 * others as full as a full line needs to be (the fit): "... $15,000
 * ostrich-" / "leather bomber jacket (... hubris," The" / "Washington Post
 * said) ..." goes on, in any page size.  Only in proportional type, whose
 * margin for a full line allows for the first line's end: a monospace print
 * is judged to the character, and its first line may end a word short. */
static size_t need_for(const paralign_layout_ctx *L, size_t pi, size_t i, size_t word_chars) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  size_t width = prev->lead == cur->lead ? prev->chars + prev->lead : paralign_regime_width(prev);
  while (L->info.wrapped && !L->info.exact && L->info.width && width > L->info.width * 5 / 4)
    width -= L->info.fit;
  return width + 1 + word_chars;
}

static size_t need_of(const paralign_layout_ctx *L, size_t pi, size_t i) {
  return need_for(L, pi, i, paralign_first_word_chars(text_at(L, i), L->lines->v[i].len));
}

/* Whether lines i and i + 1, the next two, are full lines of a column
 * narrower than need, the room the first word of i needs on line pi: one
 * width, under need, that each of them filled (its next word would not
 * have fitted).  A nested point is set narrower than the text around it. */
static int narrower_run(const paralign_layout_ctx *L, size_t i, size_t need) {
  size_t widest = 0, least_need = need;
  for (size_t k = i; k <= i + 1; k++) {
    if (k + 1 >= L->lines->n || L->lines->v[k].len == 0 || L->lines->v[k + 1].len == 0)
      return 0;
    size_t w = paralign_regime_width(&L->lines->v[k]), n = need_of(L, k, k + 1);
    widest = w > widest ? w : widest;
    least_need = n < least_need ? n : least_need;
  }
  return widest < least_need;
}

/* Wrapped text: line pi was not full, the first word of line i would have
 * fitted on it (with a margin for proportional fonts, smaller after a full
 * stop).  In that smaller margin the next lines may show a narrower column
 * that pi filled ("B." / "Additional offer from the Licensor – Adapted
 * Material ." / "Every recipient ...": a nested point, set narrower). */
static int is_short(const paralign_layout_ctx *L, size_t pi, size_t i) {
  size_t need = need_of(L, pi, i);
  if (need < L->info.fit)
    return 1;
  const char *s = text_at(L, i);
  return need < L->info.fit_stop &&
         paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ".!?") &&
         !paralign_starts_lower(s, L->lines->v[i].len) && !narrower_run(L, i, need);
}

/* ---- recitals -------------------------------------------------------------------- */

/* A recital or list item ends: a comma or semicolon, or ", and" at the end. */
static int ends_recital(const char *s, size_t len) {
  return paralign_ends_with_stop(s, len, ",;") || paralign_ends_with_joined(s, len, ',');
}

/* Line pi is a conjunction alone, wrapped after the comma that ends the
 * line before it (", un" / "ievērojot, ka ..."): together they end a
 * recital as ", and" at a line's end does. */
static int conjunction_after_comma(const paralign_layout_ctx *L, size_t pi) {
  const paralign_line *l = &L->lines->v[pi];
  return pi > 0 && paralign_layout_is_text(&L->lines->v[pi - 1]) && !l->empties &&
         paralign_word_is_conjunction(text_at(L, pi), l->len) &&
         paralign_ends_with_stop(text_at(L, pi - 1), L->lines->v[pi - 1].len, ",");
}

/* Preambles (statutes, charters, declarations): after a line that ends a
 * recital, a line that opens with the document's recital word ("Whereas",
 * "enär", "tā kā") starts the next recital; so it does after a recital's
 * ", un" whose conjunction wrapped to a line of its own. */
static int next_recital(const paralign_layout_ctx *L, size_t pi, size_t i) {
  return L->recur.nopeners &&
         (ends_recital(text_at(L, pi), L->lines->v[pi].len) || caps_line(L, pi) ||
          conjunction_after_comma(L, pi)) &&
         paralign_recur_opens_recital(&L->recur, text_at(L, i), L->lines->v[i].len);
}

/* The block of line pi is a recital. */
static int in_recital(const paralign_layout_ctx *L, size_t pi) {
  int b = L->lines->v[pi].block;
  return b >= 0 && (L->out->v[b].flags & PARALIGN_BLOCK_RECITAL);
}

int paralign_breaks_recital(const paralign_layout_ctx *L, size_t i) {
  if (paralign_recur_opens_recital(&L->recur, text_at(L, i), L->lines->v[i].len))
    return 1;
  if (i == 0 || !paralign_layout_is_text(&L->lines->v[i - 1]))
    return 0;
  return in_recital(L, i - 1) && ends_recital(text_at(L, i - 1), L->lines->v[i - 1].len);
}

/* ... and a recital that ends before its line does is followed by another
 * ("efter översändande av ..."), and after the last one a capitalised line
 * starts the enacting words ("The Town Council adopts this charter."). */
static int after_recitals(const paralign_layout_ctx *L, size_t pi, size_t i) {
  if (!ends_recital(text_at(L, pi), L->lines->v[pi].len) || !in_recital(L, pi))
    return 0;
  return paralign_starts_upper(text_at(L, i), L->lines->v[i].len) ||
         need_of(L, pi, i) < L->info.fit;
}

/* Statutes and declarations: a line in capitals that ends in a comma or
 * colon names the body that speaks ("THE ANNUAL MEETING OF THE CLUB,",
 * "HAVE ADOPTED THIS REGULATION:"); what follows is a paragraph of its own. */
static int formula_line(const paralign_layout_ctx *L, size_t pi) {
  return caps_line(L, pi) && paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ",:");
}

/* Plain-text and markdown lists indent an item's wrapped lines to where its
 * text starts ("3.  Make or override any decision authorised by the powers
 * of the" / "    Project Leader or a Delegate."): an unlabelled line indented
 * past the label of the line above, to its text, goes on with that item,
 * whatever its first word.  Cleaning has made the spaces after the label
 * one, so the text may have started up to two columns further. */
#define HANGING_SPACES_LOST 2
static int hanging_indent(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  paralign_label lab;
  if (cur->lead <= prev->lead || !paralign_breaks_label(L, pi, &lab))
    return 0;
  size_t text = lab.skip; /* where the item's text starts, past the label's spaces */
  return text < prev->len && cur->lead >= prev->lead + text &&
         cur->lead <= prev->lead + text + HANGING_SPACES_LOST && !paralign_breaks_label(L, i, &lab);
}

/* ---- headings in wrapped text ------------------------------------------------------------ */

/* Rules and reports with numbered one-line headings ("2. Use of the hall"):
 * a line whose numbering form the document uses for headings, without final
 * punctuation, is a heading however long, when it opens its block. */
static int heading_form_line(const paralign_layout_ctx *L, size_t pi) {
  paralign_label lab;
  return block_first(L, pi) == (long)pi && paralign_breaks_label(L, pi, &lab) &&
         paralign_recur_heading_style(&L->recur, lab.style) &&
         !paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ".,;:!?");
}

/* A long line in title case that ends before the next line's first word
 * would have filled it (a wrapped line in a text that capitalises its
 * defined terms is full: "... If the Licensee Distributes or Communicates
 * Derivative" / "Works or copies ..."). */
static int long_title(const paralign_layout_ctx *L, size_t i) {
  return i + 1 < L->lines->n && paralign_layout_is_text(&L->lines->v[i + 1]) &&
         need_of(L, i, i + 1) <= L->info.width &&
         paralign_title_case(text_at(L, i), L->lines->v[i].len);
}

/* Wrapped text with unnumbered headings: after a sentence ends, a short
 * capitalised line without final punctuation, followed by a capitalised or
 * labelled line (or nothing), is a heading even when the line above it was
 * full ("... quiet place to work." / "Opening hours" / "The library ...").
 * News in English writes headlines in title case: such a line is a heading
 * however long ("... temporarily stranded." / "U.S. Weighed Penalizing El
 * Salvador Over Support for China, Then Backed Off" / "Diplomats noted
 * ..."; "Why Trump Will Win a Second Term").  A question is a heading too
 * ("... har tagits bort i “Stretch”." / "Vill du ge det ett försök?" / "Om
 * du helt enkelt ..."; a report's "What is the SME Instrument?"). */
static int heading_between(const paralign_layout_ctx *L, size_t i) {
  const paralign_line *l = &L->lines->v[i];
  const char *s = text_at(L, i);
  if (!paralign_starts_upper(s, l->len) || paralign_ends_with_stop(s, l->len, ".,;:!") ||
      (l->chars * 100 >= L->info.width * 60 && !long_title(L, i)))
    return 0;
  if (i + 1 >= L->lines->n || !paralign_layout_is_text(&L->lines->v[i + 1]))
    return 1;
  paralign_label lab;
  const char *n = text_at(L, i + 1);
  size_t nlen = L->lines->v[i + 1].len;
  return paralign_starts_capital(n, nlen) || paralign_breaks_label(L, i + 1, &lab);
}

/* Lines a wrapped headline may take. */
#define HEADLINE_LINES 3

/* News whose headlines wrap: after a sentence ends, a capitalised run of
 * at most HEADLINE_LINES lines with no sentence end and no clause ending at
 * a line end, which stops on a short line (or, past its first line, at a
 * blank line: pdftotext -layout) before a capitalised line, is a
 * headline even when the line above it was full ("... uttalade sig
 * anonymt." / "Syrien kräver att amerikanska, franska och turkiska
 * ”ockupationsstyrkor” ska dra sig" / "tillbaka omedelbart" / "I ett tal
 * ..."): a paragraph that ends on a short line is read as ending there, and
 * its first sentence opens it. */
static int wrapped_headline(const paralign_layout_ctx *L, size_t i) {
  if (!paralign_starts_capital(text_at(L, i), L->lines->v[i].len))
    return 0;
  for (size_t j = i; j < i + HEADLINE_LINES && j + 1 < L->lines->n; j++) {
    const paralign_line *l = &L->lines->v[j], *n = &L->lines->v[j + 1];
    const char *s = text_at(L, j);
    if (!paralign_layout_is_text(n) || (n->flags & PARALIGN_LINE_PAGE) ||
        paralign_has_sentence_end(s, l->len) || paralign_ends_with_stop(s, l->len, ",;:") ||
        (n->empties && j == i))
      return 0;
    if (n->empties || need_of(L, j, j + 1) < L->info.fit)
      return paralign_starts_capital(text_at(L, j + 1), n->len);
  }
  return 0;
}

/* ... and the line after such a heading starts a paragraph of its own,
 * unless the heading filled its line and wraps as a headline does ("U.S.
 * Weighed Penalizing El Salvador Over Support for China, Then Backed" /
 * "Off" / "Diplomats noted ..."). A list's number that pdftotext printed on
 * a line of its own ("5.") ends no sentence: the line after it opens the
 * item. */
static int heading_after_sentence(const paralign_layout_ctx *L, size_t pi, size_t i) {
  if (pi == 0 || !paralign_layout_is_text(&L->lines->v[pi - 1]) ||
      L->lines->v[pi - 1].block != L->lines->v[pi].block - 1 ||
      paralign_label_line_alone(L->lines, &L->lines->v[pi - 1]))
    return 0;
  return paralign_ends_with_stop(text_at(L, pi - 1), L->lines->v[pi - 1].len, ".!?") &&
         heading_between(L, pi) && (is_short(L, pi, i) || !wrapped_headline(L, pi));
}

/* Licences, terms and definitions: after a sentence ends, a line that opens
 * with a short capitalised phrase and a colon before a capital ("Copyleft
 * clause: If the Licensee ...", "Note: The ...") starts an item of its own. */
static int run_in_heading(const char *s, size_t len) {
  if (!paralign_starts_upper(s, len))
    return 0;
  size_t words = 1;
  for (size_t i = 0; i < len && i < 48; i++) {
    if (s[i] == ' ')
      words++;
    else if (s[i] == ':')
      return words <= 4 && i + 2 < len && s[i + 1] == ' ' &&
             paralign_starts_capital(s + i + 2, len - i - 2);
    else if (s[i] == '.' || s[i] == ',' || s[i] == ';')
      return 0;
  }
  return 0;
}

/* A line ending in a colon introduces a list or a quotation: a capitalised
 * line after it is the first item ("... are the following:" / "Attribution
 * right: ...").  Where the colon's line was full, the colon may only have
 * fallen at the line's end, a quotation run on in the paragraph ("... och
 * folk sade:" / "’Det här är början ...’”, sade mr Fleiss ..."): the break
 * is a guess, which other versions may undo (wrapped_break).  A colon inside
 * a quotation its line opened, before a line that closes the quotation or
 * goes on in title case, is a quoted title's ("... Lī, kura grāmatu “AI
 * Superpowers:" / "China, Silicon Valley and the New World Order” ...";
 * "... author of \"Just the Funny Parts:" / "And a Few Hard Truths About
 * Sneaking"), where a quoted provision that opens a list goes on open
 * ("“Lauksaimniecības ... līdzekļus veido:" / "I.- Slimības, ..."). */
static int after_colon(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  const char *s = text_at(L, i);
  size_t len = L->lines->v[i].len;
  return paralign_ends_with_stop(p, n, ":") && n >= 2 && !(p[n - 2] >= '0' && p[n - 2] <= '9') &&
         /* "2009:" heads a dated item */
         !(paralign_leaves_open(p, n) &&
           (paralign_closes_first(s, len) || paralign_title_case(s, len))) &&
         paralign_starts_capital(s, len);
}

/* Licences and legal texts that quote a notice or formula to be written as
 * it stands: after a line that ends in a colon, a short line without final
 * punctuation, followed by a line in lower case, is displayed on its own
 * ("... the following notice immediately following the copyright notice for
 * the Work:" / "Licensed under the EUPL" / "or has expressed by any other
 * means ..."); the sentence resumes after it in a paragraph of its own. */
static int displayed_after_colon(const paralign_layout_ctx *L, size_t pi, size_t i) {
  if (pi == 0 || !paralign_layout_is_text(&L->lines->v[pi - 1]) || block_first(L, pi) != (long)pi)
    return 0;
  const char *q = text_at(L, pi - 1), *p = text_at(L, pi);
  size_t qn = L->lines->v[pi - 1].len, pn = L->lines->v[pi].len;
  return paralign_ends_with_stop(q, qn, ":") && !paralign_ends_with_stop(p, pn, ".,;:!?") &&
         need_of(L, pi, i) < L->info.fit_low &&
         paralign_starts_lower(text_at(L, i), L->lines->v[i].len);
}

/* Lists printed without bullets whose items open in lower case: a lead-in
 * whose colon fell at the end of a full line opens the list all the same
 * ("... ger du Mozilla all nödvändig behörighet för att:" / "hålla koll på
 * information om dina Bidrag, ..., texter och" / "valideringar," / "koppla
 * ihop ..."; "... affecting the SME-I were:" / "o a bottom-up approach ...
 * to" / "a thematic topic;" / "o a “pitch” ...") where the lines after it
 * show the list's items: within a few lines one ends a clause short of the
 * width (a comma or semicolon, maybe with a conjunction) and the next goes
 * on in lower case. */
#define LIST_ITEM_LOOKAHEAD 4

static int items_follow(const paralign_layout_ctx *L, size_t i) {
  for (size_t j = i; j < i + LIST_ITEM_LOOKAHEAD && j + 1 < L->lines->n; j++) {
    const paralign_line *l = &L->lines->v[j], *next = &L->lines->v[j + 1];
    if (!paralign_layout_is_text(l) || !paralign_layout_is_text(next))
      return 0;
    const char *t = text_at(L, j);
    if (paralign_ends_with_stop(t, l->len, ".!?:"))
      return 0;
    if ((paralign_ends_with_stop(t, l->len, ",;") || paralign_ends_with_joined(t, l->len, ',') ||
         paralign_ends_with_joined(t, l->len, ';')) &&
        need_of(L, j, j + 1) < L->info.fit_low &&
        paralign_starts_lower(text_at(L, j + 1), next->len))
      return 1;
  }
  return 0;
}

static int list_after_full_colon(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  return paralign_ends_with_stop(p, n, ":") && !is_short(L, pi, i) && items_follow(L, i);
}

/* ---- dashes --------------------------------------------------------------------------- */

static int is_dash_bullet(const char *s, size_t len) {
  return (len > 2 && s[0] == '-' && s[1] == ' ') ||
         (len > 4 && (memcmp(s, "\xE2\x80\x93 ", 4) == 0 || memcmp(s, "\xE2\x80\x94 ", 4) == 0));
}

/* The spaced dashes inside s after byte from: " – " or " — " (" - " too). */
static size_t inner_dashes(const char *s, size_t len, size_t from) {
  size_t n = 0;
  for (size_t i = from; i + 3 <= len; i++)
    if (s[i] == ' ' && (memcmp(s + i + 1, "- ", 2) == 0 ||
                        (i + 5 <= len && (memcmp(s + i + 1, "\xE2\x80\x93 ", 4) == 0 ||
                                          memcmp(s + i + 1, "\xE2\x80\x94 ", 4) == 0))))
      n++;
  return n;
}

static int has_inner_dash(const char *s, size_t len, size_t from) {
  return inner_dashes(s, len, from) > 0;
}

/* The spaced dashes inside the lines of the block of line pi, up to pi. */
static size_t block_dashes(const paralign_layout_ctx *L, size_t pi) {
  long first = block_first(L, pi);
  size_t n = 0;
  for (size_t j = first < 0 ? pi : (size_t)first; j <= pi; j++)
    if (L->lines->v[j].block == L->lines->v[pi].block)
      n += inner_dashes(text_at(L, j), L->lines->v[j].len, 0);
  return n;
}

/* Wrapped text with a parenthetical between dashes, broken before the
 * opening dash: a line that starts with "– " and a lower-case word, after a
 * line without final punctuation, goes on with the sentence when the
 * closing dash follows on it or the next line.  A list follows a colon or
 * semicolon, or repeats its bullets, and an item has no closing dash.
 * Court judgments and opinions open with a chain of keywords between
 * dashes ("Begäran om förhandsavgörande – Statligt stöd – Begrepp – ..."):
 * wrapped before a dash, in a paragraph that already holds two of them, the
 * chain goes on whatever case its next keyword takes ("... – Förmån" / "–
 * Fastställande av vem ..."). */
static int dash_runs_on(const paralign_layout_ctx *L, size_t pi, size_t i,
                        const paralign_label *lab) {
  const char *p = text_at(L, pi), *s = text_at(L, i);
  size_t len = L->lines->v[i].len, plen = L->lines->v[pi].len;
  if (!is_dash_bullet(s, len) || lab->skip >= len || paralign_ends_with_stop(p, plen, ".,:;!?"))
    return 0;
  int chain = block_dashes(L, pi) >= 2;
  if (!chain && !paralign_starts_lower(s + lab->skip, len - lab->skip))
    return 0;
  int closes = chain || has_inner_dash(s, len, lab->skip) ||
               (i + 1 < L->lines->n && paralign_layout_is_text(&L->lines->v[i + 1]) &&
                has_inner_dash(text_at(L, i + 1), L->lines->v[i + 1].len, 0));
  long first = block_first(L, pi);
  paralign_label fl;
  return closes && (first < 0 || !paralign_label_line(L->lines, &L->lines->v[first], &fl) ||
                    fl.scheme != PARALIGN_SCHEME_BULLET);
}

/* Lines this far before and after a dash line are looked at for the other
 * items of its list. */
#define DASH_LIST_REACH 3

/* A dash item on one of the lines next to line i, within DASH_LIST_REACH. */
static int dash_item_near(const paralign_layout_ctx *L, size_t i) {
  size_t from = i > DASH_LIST_REACH ? i - DASH_LIST_REACH : 0;
  for (size_t k = from; k < L->lines->n && k <= i + DASH_LIST_REACH; k++)
    if (k != i && paralign_layout_is_text(&L->lines->v[k]) &&
        is_dash_bullet(text_at(L, k), L->lines->v[k].len))
      return 1;
  return 0;
}

/* Wrapped text: a line that fills the column and stops without final
 * punctuation goes on, and a dash at the next line's start is the sentence's
 * own (a reference wrapped before its publisher, "... generate prosperity and
 * jobs" / "– Nesta (National Endowment ...)."; a parenthesis wrapped before
 * its dash, "... social or labour law obligations" / "— specifically,
 * failure ...") unless it opens a list: a list has other dash items next to
 * it ("... 16.04 för PIMkomponenter" / "- LibreOffice 5.2"). */
static int lone_dash_runs_on(const paralign_layout_ctx *L, size_t pi, size_t i) {
  return !paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ".,:;!?") &&
         !is_short(L, pi, i) && !label_line(L, pi) && !dash_item_near(L, i);
}

/* A line that ends a clause and stays half empty ended on purpose, even
 * before a lower-case line ("... independent of political parties," /
 * "adopts this charter."); a half-empty line ending in a word is a title
 * broken in two ("COUNCIL CONCLUSIONS" / "on digital diplomacy"). */
static int half_empty_item(const paralign_layout_ctx *L, size_t pi, size_t i) {
  /* the line's end first: most lines end in a word, and the width of the
   * next line's first word is counted in characters */
  return paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ",;:") &&
         need_of(L, pi, i) < L->info.fit_low;
}

/* One word in capitals and a number ("GIMP 2.8.18", "PHP 7.0"): a name
 * and its version, no title in capitals. */
static int name_and_number(const char *s, size_t len) {
  size_t words = 0, digits = 0;
  for (size_t i = 0; i < len; i++) {
    digits += s[i] >= '0' && s[i] <= '9';
    words += paralign_starts_upper(s + i, len - i) && (i == 0 || s[i - 1] == ' ');
  }
  return words == 1 && digits > 0;
}

/* Lists whose bullets pdftotext printed apart from the items: in a run of
 * short one-line items ("Firefox 45.9 (in the firefox-esr package)" /
 * "GIMP 2.8.18"), a lower-case line after a line that left room for its
 * first word is the next item ("an updated version of the GNOME desktop
 * environment 3.22"), not the rest of the line above.  A title in capitals
 * broken in two ("COUNCIL CONCLUSIONS" / "on digital diplomacy") is no
 * such run; a name in capitals with its version is. */
static int next_item_of_short_list(const paralign_layout_ctx *L, size_t pi, size_t i) {
  return pi > 0 && need_of(L, pi, i) < L->info.fit_low &&
         (!caps_line(L, pi) || name_and_number(text_at(L, pi), L->lines->v[pi].len)) &&
         block_first(L, pi) == (long)pi && paralign_layout_is_text(&L->lines->v[pi - 1]) &&
         block_first(L, pi - 1) == (long)(pi - 1) && need_of(L, pi - 1, pi) < L->info.fit;
}

/* A line in capitals that finishes the sentence of the line above
 * ("... responsible for enforcement at" / "[INSERT CONTACT METHOD].");
 * one ending in a comma or colon names a speaker ("THE COUNCIL,"). */
static int caps_ends_sentence(const paralign_layout_ctx *L, size_t pi, size_t i) {
  return caps_line(L, i) &&
         !paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ".,;:!?") &&
         paralign_ends_with_stop(text_at(L, i), L->lines->v[i].len, ".!?");
}

/* A heading above line i that no blank line sets apart: a line without
 * final punctuation that is a heading in sentence case or opens its block
 * with a label ("3. Derived Works"). */
static int heading_above(const paralign_layout_ctx *L, size_t pi, size_t i) {
  paralign_label lab;
  if (paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ".,;:!?"))
    return 0;
  return sentence_case_heading(L, pi, i) ||
         (block_first(L, pi) == (long)pi && paralign_breaks_label(L, pi, &lab));
}

/* Paragraphs apart by blank lines, whose blank line a page's margin may
 * take: over the page, only a full line goes on.  A line that left room
 * for the next line's first word ended its paragraph, though the next
 * opens in lower case ("... av detta åtagande," / page / "kungör";
 * "justitiesekreterare: handläggaren I. Boiko," / page / "efter det
 * skriftliga förfarandet ..."). */
static int short_before_page(const paralign_layout_ctx *L, size_t pi, size_t i) {
  return L->info.blank_paragraphs && crosses_page(L, pi, i) && need_of(L, pi, i) < L->info.fit;
}

/* Texts whose paragraphs are separated by blank lines (markdown, and its
 * page printed and extracted with -layout): the lines between two blank
 * lines are one paragraph, as the page shows it, whatever they end with:
 * one sentence to a line, a clause before a line break that keeps a link
 * whole ("... se \"Vanliga frågor\"," / "[https://.../faq][FAQ]."), a
 * lead-in and the items of a list that lost its bullets ("... all
 * permissions necessary to:" / "keep track of ..., " / "associate that
 * data ..., and").  A heading above the line is no part of it.  Across a
 * page of wrapped text the blank line may be lost in the margin: there
 * only a sentence, or a clause from a full line that does not open a
 * recital (short_before_page), goes on, and a sentence not into a heading
 * that opens the next page ("... available from https://debconf.org." /
 * page / "About Savoir-faire Linux"). */
static int line_break_in_paragraph(const paralign_layout_ctx *L, size_t pi, size_t i) {
  if (!L->info.blank_paragraphs || caps_line(L, i))
    return 0;
  if (!L->info.wrapped || !crosses_page(L, pi, i))
    return !heading_above(L, pi, i);
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  return (paralign_ends_with_stop(p, n, ".!?") && !heading_between(L, i)) ||
         (paralign_ends_with_stop(p, n, ",") && !short_before_page(L, pi, i) &&
          !paralign_recur_opens_recital(&L->recur, text_at(L, i), L->lines->v[i].len));
}

static int ends_lower_word(const char *s, size_t len);

/* s opens with a markdown link, "[text](target)" or "[text][label]". */
static int opens_with_link(const char *s, size_t len) {
  const char *close = len > 1 && s[0] == '[' ? memchr(s, ']', len) : NULL;
  size_t k = close ? (size_t)(close - s) : len;
  return k > 1 && k + 1 < len && (s[k + 1] == '(' || s[k + 1] == '[');
}

/* Markdown wrapped by hand keeps a link whole on the next line when it
 * would not fit ("Community Impact Guidelines were inspired by" /
 * "[Mozilla's code of conduct enforcement ladder][Mozilla CoC]."): a line
 * that ends in a lower-case word before a line that opens with a link goes
 * on with its sentence, though it is short. */
static int link_runs_on(const paralign_layout_ctx *L, size_t pi, size_t i) {
  return ends_lower_word(text_at(L, pi), L->lines->v[pi].len) &&
         opens_with_link(text_at(L, i), L->lines->v[i].len);
}

/* The block of line pi is a numbered paragraph: it opens with a number,
 * bare ("24 According to ...") or as a label ("(12) ...", "21. ..."). */
static int in_numbered_paragraph(const paralign_layout_ctx *L, size_t pi) {
  int b = L->lines->v[pi].block;
  paralign_label lab;
  if (b < 0)
    return 0;
  if (L->out->v[b].flags & PARALIGN_BLOCK_NUMBERED)
    return 1;
  return !(L->out->v[b].flags & PARALIGN_BLOCK_NOLABEL) &&
         paralign_label_line(L->lines, &L->lines->v[L->out->v[b].first], &lab) &&
         lab.scheme == PARALIGN_SCHEME_ARABIC;
}

/* Wrapped text (at a fixed width or in proportional type) whose blank lines between paragraphs were
 * lost (pdftotext without -layout): a sentence that ends a full line before
 * a capitalised line may end the paragraph or only the sentence.  Where
 * such lines are rare next to lines that end a paragraph beyond doubt
 * (short paragraphs), it is taken as a paragraph end: a paragraph cut in
 * two is joined back when its pieces are aligned with the other versions,
 * two paragraphs read as one are not.  An initial ends no sentence ("... and
 * by H." / "Becker,").  Legislation, opinions and judgments number their
 * recitals and paragraphs ("(12) ...", "21. ...", "24 According to ..."):
 * inside a numbered paragraph the next one opens with its number, so an
 * unnumbered capital goes on with it. */
static int full_line_ends_paragraph(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  return L->info.full_ends && paralign_ends_with_stop(p, n, ".!?") &&
         paralign_has_sentence_end(p, n) && !in_numbered_paragraph(L, pi) &&
         paralign_starts_capital(text_at(L, i), L->lines->v[i].len);
}

/* Legislation quoted in judgments and the points of a regulation: a point
 * ("(a) ...", "b) ...") ends with a semicolon, and a wrapped point goes on in
 * lower case, so a capitalised line after a full line of a lettered point
 * that ends in a semicolon starts the next paragraph ("b) iemaksas, ...
 * ienākumiem;" / "III.- Atraitņa ..."). */
static int after_lettered_point(const paralign_layout_ctx *L, size_t pi, size_t i) {
  long first = block_first(L, pi);
  paralign_label lab;
  return first >= 0 && paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ";") &&
         paralign_starts_capital(text_at(L, i), L->lines->v[i].len) && block_has_label(L, pi) &&
         paralign_label_line(L->lines, &L->lines->v[first], &lab) &&
         (lab.scheme == PARALIGN_SCHEME_ALPHA_LOWER || lab.scheme == PARALIGN_SCHEME_ROMAN_LOWER);
}

/* Lists extracted by pdftotext without -layout: the numbers come in a
 * column before the items ("1." / "2." / "The Developers, ...;" / "The
 * Project Leader;").  While numbers wait for their items, a line that ends
 * a clause ends an item, though it was full; a day or an ordinal does not
 * ("... 1996. gada 11." / "marta Direktīvas ...").  A comma and a
 * conjunction end an item only on a short line ("... pārkāpumu, vai" /
 * "pēc paātrinātas ..."): on a full one they join two clauses of one item
 * ("... by at least 2K Developers, or" / "if it is proposed ..."). */
static int item_for_waiting_label(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  return L->waiting_labels > 0 && !block_has_label(L, pi) &&
         (paralign_ends_with_stop(p, n, ";:") || paralign_ends_with_joined(p, n, ';') ||
          (paralign_ends_with_joined(p, n, ',') && is_short(L, pi, i)) ||
          (paralign_ends_with_stop(p, n, ".!?") && paralign_has_sentence_end(p, n)));
}

/* The line ends in a word: its last byte is a letter (ASCII, or the last
 * byte of a letter beyond ASCII, not of a closing mark: ” ’ »). */
static int ends_in_word(const char *s, size_t len) {
  size_t w = paralign_last_word_start(s, len);
  unsigned char c = len ? (unsigned char)s[len - 1] : 0;
  if (w >= len || !(paralign_starts_lower(s + w, len - w) || paralign_starts_upper(s + w, len - w)))
    return 0;
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return !(len >= 3 && (unsigned char)s[len - 3] == 0xE2) &&
         !(len >= 2 && c == 0xBB && (unsigned char)s[len - 2] == 0xC2);
}

/* The byte before s[at] is the last of a word in lower case, maybe
 * closed by a bracket or quotation mark ("programme", "valstīs", "Licens\")"):
 * no numeral, initial or acronym ("II", "A", "EU"). */
static int lower_word_before(const char *s, size_t at) {
  while (at > 0 && (s[at - 1] == ')' || s[at - 1] == '"' || s[at - 1] == '\''))
    at--;
  while (at >= 3 && (unsigned char)s[at - 3] == 0xE2 && (unsigned char)s[at - 2] == 0x80)
    at -= 3; /* ” ’ */
  unsigned char c = at ? (unsigned char)s[at - 1] : 0;
  return (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* The first '.', '!' or '?' of s[at..end), or end.  Asked of every
 * wrapped line, most of which hold one stop or none: eight bytes at a time. */
static size_t next_stop(const char *s, size_t at, size_t end) {
  for (; at + 8 <= end; at += 8) {
    uint64_t w = paralign_swar_load(s + at);
    uint64_t marks = paralign_swar_bytes_equal(w, '.') | paralign_swar_bytes_equal(w, '!') |
                     paralign_swar_bytes_equal(w, '?');
    if (marks)
      return at + paralign_swar_first(marks);
  }
  while (at < end && s[at] != '.' && s[at] != '!' && s[at] != '?')
    at++;
  return at;
}

/* A sentence ends inside s, from byte from on: a stop after a word in
 * lower case, not an abbreviation ("Art. 5"), before a space and a capital. */
static int inner_sentence_end(const char *s, size_t len, size_t from) {
  if (len < 3)
    return 0;
  for (size_t at = next_stop(s, from > 0 ? from : 1, len - 2); at < len - 2;
       at = next_stop(s, at + 1, len - 2))
    if (s[at + 1] == ' ' && lower_word_before(s, at) &&
        paralign_starts_capital(s + at + 2, len - at - 2) &&
        !paralign_ends_with_abbreviation(s, at + 1))
      return 1;
  return 0;
}

/* A line of prose (a sentence ends inside it) that ends in a word goes on,
 * however short: a paragraph of sentences ends with its last sentence's
 * stop, so such a line was broken early where the next word did not fit
 * with what it is kept with ("H2020 is the eighth EU research framework
 * programme. With a budget of" / "€76.4 billion for the period ...";
 * "... pamatprogramma. Ar" / "76,4 miljardus EUR ...").  On a paragraph's
 * first line a stop after the first word is a title's ("diagramma. MVU
 * instrumenta struktūra ...": a figure's title whose number was lost), and
 * one after a numeral a heading's ("Chapter II. General provisions"). */
static int prose_runs_on(const paralign_layout_ctx *L, size_t pi) {
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len, from = 0;
  if (block_first(L, pi) == (long)pi) {
    const char *space = memchr(p, ' ', n);
    from = space ? (size_t)(space - p) + 1 : n;
  }
  return ends_in_word(p, n) && inner_sentence_end(p, n, from);
}

/* A reference ends with its web address ("Skatīt šeit:
 * http://ec.europa.eu/.../index_en.cfm" / "Pamatprogrammā “Apvārsnis 2020”
 * ..."): no sentence goes on past an address into a capitalised word, so
 * the line after opens a paragraph of its own, short or full.  An address
 * broken after a slash or hyphen goes on (paralign_breaks_url_continues). */
static int address_ends_reference(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  return paralign_ends_with_address(p, n) && p[n - 1] != '/' && p[n - 1] != '-' &&
         paralign_starts_capital(text_at(L, i), L->lines->v[i].len);
}

/* ---- the two regimes ------------------------------------------------------------------- */

/* A short line that holds a day and a year: a few words, one of them a
 * number of one or two digits (maybe with its ordinal stop), one of four
 * ("of 26 October 2004", "av den 27 april 2016", "vom 27. April 2016"). */
static int date_line(const char *s, size_t len) {
  size_t words = 0, day = 0, year = 0;
  for (size_t i = 0; i < len;) {
    size_t e = i;
    while (e < len && s[e] != ' ')
      e++;
    size_t digits = 0;
    while (i + digits < e && s[i + digits] >= '0' && s[i + digits] <= '9')
      digits++;
    int number = digits > 0 && (i + digits == e || (i + digits + 1 == e && s[i + digits] == '.'));
    day += number && digits <= 2;
    year += number && digits == 4;
    words++;
    for (i = e; i < len && s[i] == ' '; i++)
      ;
  }
  return words <= 6 && day > 0 && year > 0;
}

/* An act's title in capitals, whose last line ends in capitals, above its
 * date in lower case: the title ends there, and the date is a paragraph of
 * its own, as the act prints it ("EUROPAPARLAMENTETS OCH RÅDETS FÖRORDNING
 * (EU) 2016/679" / "av den 27 april 2016", "COMMISSION DECISION" / "of 26
 * October 2004").  A title whose subject follows it in lower case ("RÅDETS
 * SLUTSATSER" / "om EU:s digitala diplomati"), or whose line already went
 * over into lower case ("... BENJO-LOPEZ delivered" / "on 11 July 2019"),
 * goes on. */
static int caps_title_before_date(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  const char *s = text_at(L, i);
  return caps_line(L, pi) && !caps_line(L, i) && paralign_starts_lower(s, cur->len) &&
         !ends_lower_word(text_at(L, pi), prev->len) && date_line(s, cur->len);
}

/* An act's title block sets its notes apart, each a line wholly in
 * brackets: "(Text with EEA relevance)", "(codification)", "(notified under
 * document number C(2004) 4091)", "(2004/761/EC)".  After a line that ends
 * with a full stop or a closing bracket ("... (General Data Protection
 * Regulation)" / "(Dokuments attiecas uz EEZ)"), such a line is one of them
 * however full the line before it was. */
#define ASIDE_MAX_CHARS 60

static int bracketed_whole(const char *s, size_t len) {
  if (len < 3 || s[0] != '(' || s[len - 1] != ')')
    return 0;
  int depth = 0, letters = 0;
  for (size_t k = 0; k < len; k++) {
    depth += (s[k] == '(') - (s[k] == ')');
    if (depth == 0 && k + 1 < len)
      return 0; /* "(a) ... (b)": two brackets, not one */
    letters += (s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z');
  }
  return letters >= 2;
}

static int aside_after_title(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  const char *s = text_at(L, i);
  if (s[0] != '(' || cur->chars > ASIDE_MAX_CHARS || !bracketed_whole(s, cur->len))
    return 0;
  const char *p = text_at(L, pi);
  return prev->len > 0 && (p[prev->len - 1] == ')' || p[prev->len - 1] == '.');
}

/* A line that ends in a word after which a sentence goes on (an article, a
 * preposition, a conjunction: data/lang continuing_words) inside a clause
 * ("... ett europeiskt innovationsråd genom" / "Horisont Europa, ..."): no
 * paragraph ends there.  One that opens a clause after a comma or a
 * semicolon ("...;  and", "..., un") may close a point or a recital of a
 * list whose next item goes on in the same way. */
static int ends_mid_clause(const char *s, size_t len) {
  size_t w = paralign_last_word_start(s, len);
  return w >= 2 && s[w - 2] != ',' && s[w - 2] != ';' && paralign_ends_with_continuing_word(s, len);
}

/* Court documents quote legislation with elisions: a quotation that ends
 * with words left out ("... till den dag de har återbetalats. …”",
 * "... dienai. [..]”") ends with the sentence before the elision. */
static int ends_with_elision(const char *s, size_t len) {
  size_t w = paralign_last_word_start(s, len);
  return w >= 2 && paralign_is_elision(s + w, len - w) &&
         paralign_ends_with_stop(s, w - 1, ".:;!?");
}

/* Wrapped text: a line that ends in a comma leaves its sentence open, and
 * one that is short only by the width of a word or two was not ended on
 * purpose; the next line goes on with it though it starts with a capital
 * (an audit report: "According to the ... Annual Report on SMEs 2017/2018,"
 * / "SMEs account for ...", "... darba programmas," / "MVU instrumenta
 * budžets ..."; "Intervjuer med kommissionens generaldirektorat, Easme," /
 * "Europeiska investeringsbanken ...").  A line that stays half empty is an
 * item of its own (half_empty_item), and a court's heading lists its
 * parties and bench one to a line, each with a comma, before a line in
 * capitals or a field ("Compagnie des pêches de Saint-Malo," / "THE COURT
 * (Second Chamber),"; "... Judges," / "Advocate General: ..."). */
static int comma_clause_runs_on(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *s = text_at(L, i);
  size_t len = L->lines->v[i].len;
  return paralign_ends_with_stop(text_at(L, pi), L->lines->v[pi].len, ",") &&
         need_of(L, pi, i) >= L->info.fit_low && !caps_line(L, i) &&
         !paralign_label_is_field(s, len) && !next_recital(L, pi, i) && i + 1 < L->lines->n &&
         paralign_layout_is_text(&L->lines->v[i + 1]) && !is_short(L, i, i + 1);
}

/* Lines of a block looked at, back from its last, for a bracket left open. */
#define BRACKET_REACH 8

/* A paragraph that has opened a bracket it has not closed does not end, in
 * wrapped text or in text of one line per paragraph: the bracket closes on
 * the next line ("... kommissionen/Frankrike (C-549/09, ej publicerad," /
 * "EU:C:2011:672)."; "... Publika Licens (\"Publik" / "Licens\"). I den
 * mån ...", where the line is wider than the column and its end looks
 * short), or lines later ("(GURI No 91 of 19 April 2016 ...) (Legislative"
 * / ... / "... services or supplies:" / "Public Procurement Code)
 * (‘PPC’).").  The lines of line pi's block up to it count, the last
 * BRACKET_REACH of them.  Quotation marks are not counted, as
 * paralign_leaves_open counts them for one line: one mark opens in one
 * language and closes in another („...“, ”...”), and the last line of a
 * quotation holds only its closing mark. */
static int leaves_bracket_open(const paralign_layout_ctx *L, size_t pi) {
  long first = block_first(L, pi), open = 0;
  size_t from = first < 0 ? pi : (size_t)first;
  if (pi - from >= BRACKET_REACH)
    from = pi - (BRACKET_REACH - 1);
  for (size_t j = from; j <= pi; j++)
    if (L->lines->v[j].block == L->lines->v[pi].block)
      open += paralign_bracket_balance(text_at(L, j), L->lines->v[j].len);
  return open > 0;
}

/* s may end a sentence: a stop after a word that is no abbreviation, or
 * after a number ("... ratified on July 5, 1997.", "Regulation (EU) No
 * 1291/2013."), though a date's ordinal ("2009. gada") may go on. */
static int may_end_sentence(const char *s, size_t n) {
  int number_end = n >= 2 && s[n - 1] == '.' && s[n - 2] >= '0' && s[n - 2] <= '9';
  return (paralign_has_sentence_end(s, n) || number_end) && paralign_ends_with_stop(s, n, ".!?");
}

/* The characters of a URL up to the end of its host ("http://ec.europa.eu/"):
 * where a typesetter may break an address too long for the line's end. */
static size_t url_host_chars(const char *s, size_t len) {
  size_t k = paralign_url_scheme(s, len);
  while (k < len && s[k] != '/')
    k++;
  return paralign_utf8_chars(s, k < len ? k + 1 : len);
}

/* Reports' and notes' text from a PDF without the notes' numbers: a line
 * that is an address alone ("http://ec.europa.eu/research/...") after a
 * short line that ends a sentence ("... COM(2010) 2020." / "Idem.").  An
 * address is one long word that seldom fits the room left on a line, so
 * its length cannot tell whether the line above ended the paragraph (a
 * note of its own: "Skatīt šeit: http://..." in another version) or only
 * its sentence; the room its host would need can.  Where the host would
 * have fitted, the versions decide (PARALIGN_BREAK_UNCERTAIN). */
static int url_after_sentence(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  const char *p = text_at(L, pi);
  return (cur->flags & PARALIGN_LINE_URL) && may_end_sentence(p, prev->len) &&
         need_for(L, pi, i, url_host_chars(text_at(L, i), cur->len)) < L->info.fit;
}

/* Wrapped text: whether line i starts a new block, by the rules that come
 * after the line's label, hyphen and clause (wrapped_break). */
static int wrapped_break_late(const paralign_layout_ctx *L, size_t pi, size_t i, int labelled,
                              int stop) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  const char *p = text_at(L, pi), *s = text_at(L, i);
  if (!labelled && title_under_heading(L, pi) && paralign_starts_capital(s, cur->len) &&
      !memchr(p, ',', prev->len) && !memchr(p, ';', prev->len) &&
      !paralign_ends_with_stop(p, prev->len, ".:;!?"))
    return 1; /* an article's title, then its text unnumbered ("Article 10" / "Processing of
               * ... offences" / "Processing of personal data ..."); a title has no commas */
  if (!labelled && item_for_waiting_label(L, pi, i))
    return is_short(L, pi, i) ? 1 : PARALIGN_BREAK_UNCERTAIN; /* see read.c: plan_labels */
  if (!labelled && after_lettered_point(L, pi, i))
    return 1;
  if (!labelled && (line_break_in_paragraph(L, pi, i) || link_runs_on(L, pi, i) ||
                    hanging_indent(L, pi, i) || prose_runs_on(L, pi)))
    return 0;
  if (address_ends_reference(L, pi, i))
    return 1;
  if (heading_form_line(L, pi) && paralign_starts_upper(s, cur->len))
    return 1;
  if (formula_line(L, pi) && !caps_line(L, i))
    return 1;
  if (next_recital(L, pi, i) || after_recitals(L, pi, i))
    return 1;
  if (caps_title_before_date(L, pi, i) || aside_after_title(L, pi, i))
    return 1;
  if (paralign_starts_lower(s, cur->len) && short_before_page(L, pi, i))
    return 1;
  if (paralign_starts_lower(s, cur->len) && !paralign_ends_with_stop(p, prev->len, ".!?"))
    return half_empty_item(L, pi, i) || next_item_of_short_list(L, pi, i) ||
           displayed_after_colon(L, pi, i) || list_after_full_colon(L, pi, i);
  if (paralign_starts_lower(s, cur->len) && paralign_ends_with_abbreviation(p, prev->len))
    return 0; /* "... Licenciārs (t.sk." / "arī ar pseidonīmu ...": the stop was the word's */
  if (caps_line(L, i) != caps_line(L, pi) && !caps_ends_sentence(L, pi, i))
    return 1; /* into or out of a heading in capitals */
  if (L->info.marked_ends && (prev->flags & PARALIGN_LINE_HARDBREAK))
    return 1;
  if (stop && heading_between(L, i))
    return 1;
  if (paralign_ends_with_stop(p, prev->len, ".!?") && wrapped_headline(L, i))
    return 1;
  if (heading_after_sentence(L, pi, i) && paralign_starts_capital(s, cur->len))
    return 1;
  if (after_colon(L, pi, i))
    return is_short(L, pi, i) ? 1 : PARALIGN_BREAK_UNCERTAIN;
  if (paralign_ends_with_stop(p, prev->len, ".!?") && run_in_heading(s, cur->len))
    return 1;
  if (full_line_ends_paragraph(L, pi, i))
    return is_short(L, pi, i) ? 1 : PARALIGN_BREAK_UNCERTAIN;
  if (!labelled && comma_clause_runs_on(L, pi, i))
    return 0;
  if (url_after_sentence(L, pi, i))
    return PARALIGN_BREAK_UNCERTAIN;
  return is_short(L, pi, i);
}

/* Wrapped text: whether line i, the next line of text after line pi, goes
 * on with pi's block (0) or starts a new one (1; PARALIGN_BREAK_UNCERTAIN
 * where pi may have ended only a sentence: the aligner looks at the other
 * versions). */
static int wrapped_break(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  const char *p = text_at(L, pi), *s = text_at(L, i);
  paralign_label lab;
  int labelled = paralign_breaks_label(L, i, &lab);
  if (labelled && lab.scheme == PARALIGN_SCHEME_BULLET)
    return !dash_runs_on(L, pi, i, &lab) &&
           !(is_dash_bullet(s, cur->len) && lone_dash_runs_on(L, pi, i));
  if (paralign_ends_with_hyphen(p, prev->len))
    return 0;
  if (label_line(L, pi))
    return !paralign_starts_lower(s, cur->len);
  int stop = paralign_ends_with_stop(p, prev->len, ".:;!?") || ends_with_elision(p, prev->len);
  if (labelled &&
      (stop || is_short(L, pi, i) || continues_sequence(L, &lab) ||
       (lab.value == 1 && (nested_in_block(L, pi, &lab) || title_under_heading(L, pi)))))
    return 1;
  if (!labelled && ends_mid_clause(p, prev->len))
    return 0;
  int brk = wrapped_break_late(L, pi, i, labelled, stop);
  /* a bracket left open is only looked for where a break would be taken:
   * most lines of wrapped text are joined without it */
  return brk && !labelled && leaves_bracket_open(L, pi) ? 0 : brk;
}

/* The last word of s is in lower case ("Council of the"). */
static int ends_lower_word(const char *s, size_t len) {
  size_t start = paralign_last_word_start(s, len);
  return start < len && paralign_starts_lower(s + start, len - start) && len - start >= 2;
}

/* One line per paragraph: a short capitalised line without final
 * punctuation above a line at least twice as long that starts with a capital
 * is a heading in sentence case ("Ordinarie sammanträden", "Kārtējās domes
 * sēdes"), not a paragraph broken before a name. */
static int sentence_case_heading(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  return paralign_starts_upper(text_at(L, pi), prev->len) &&
         paralign_starts_upper(text_at(L, i), cur->len) && cur->chars >= prev->chars * 2;
}

static int unwrapped_join(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  const char *p = text_at(L, pi), *s = text_at(L, i);
  paralign_label lab;
  if (paralign_breaks_label(L, i, &lab))
    return lab.scheme == PARALIGN_SCHEME_BULLET && dash_runs_on(L, pi, i, &lab);
  if (paralign_label_is_field(s, cur->len) || label_line(L, pi))
    return 0;
  if (line_break_in_paragraph(L, pi, i))
    return 1;
  if (paralign_ends_with_stop(p, prev->len, ".:;!?") || next_recital(L, pi, i) ||
      displayed_after_colon(L, pi, i))
    return 0;
  if (paralign_ends_with_hyphen(p, prev->len) || paralign_starts_lower(s, cur->len) ||
      hanging_indent(L, pi, i) || leaves_bracket_open(L, pi))
    return 1;
  return ends_lower_word(p, prev->len) && !sentence_case_heading(L, pi, i);
}

/* ---- gaps ------------------------------------------------------------------------------- */

/* Whether the gap before line i (after line pi) separates paragraphs by
 * itself.  Across a page boundary of wrapped text, or where a sentence runs
 * on over it, blank lines are the page's margins: the lines on both sides
 * decide, unless more blank lines follow the boundary than the top margin
 * leaves on every page (pdftotext -layout keeps the blank line between
 * paragraphs at the top of a page). */
static int gap_separates(const paralign_layout_ctx *L, const paralign_gap *g, long pi, size_t i) {
  const paralign_line *l = &L->lines->v[i];
  if (g->hard)
    return 1;
  int page = g->page || (l->flags & PARALIGN_LINE_PAGE);
  if (page && (L->info.wrapped || paralign_regime_runs_on(L->lines, &L->lines->v[pi], l)))
    return !L->info.soft_blanks && g->after_page > L->page_margin;
  return g->spaces || g->empties >= 2 || (g->empties && !L->info.soft_blanks);
}

/* Wrapped text without blank lines between paragraphs (pdftotext without
 * -layout, a monospace print): a sentence that ends on a full line before
 * a capitalised line may end the paragraph or only the sentence.  Where
 * such a line was joined to the next, the join is an uncertain end: another
 * version of the document may show which it is.  So is such a join across
 * a page of text whose paragraphs blank lines separate: the page's margin
 * may have taken the blank line ("... birth or other status." / page /
 * "Furthermore, no distinction ..."). */
/* Proportional type, its paragraphs' spacing lost (pdftotext without
 * -layout): a line that opens a sentence, capitalised, without final
 * punctuation or a sentence end, before a capitalised line, may be a
 * headline that happened to fill its line ("... tillfälligt strandsatta." /
 * "USA övervägde att bestraffa El Salvador för Kinastöd men backade sedan" /
 * "Diplomater noterade ..."), or a sentence's first line whose next word is
 * a name.  A headline may open with a quotation mark, as Latvian news
 * quotes the names of clubs, firms and series ("“Rangers” zvaigzne Grems
 * Doranss ... par cīņu ar Vīnes “Rapid”" / "“Rangers” ceturtdien ...";
 * "“Still Game” zvaigzne, šķiet, plāno ...").  The document's first line
 * opens a sentence too, and is most often its title ("Mengas trieciens ļauj
 * “Livingston” ar 1-0 uzvarēt “Rangers”" / "Dollija Mengas ...").  Its join
 * is an uncertain end of its own kind: only where another version's
 * paragraphs part there is it cut (align/cut.c).  A line that ends in a
 * word after which a sentence always goes on (an article, a preposition:
 * "Förslaget om inrättande av ett europeiskt innovationsråd genom" /
 * "Horisont Europa, som ..."), or that leaves a quotation or a bracket open,
 * is a sentence's first line. */
static int may_end_headline(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  paralign_label lab;
  if (L->info.exact || paralign_ends_with_stop(p, n, ".,;:!?") ||
      !(paralign_starts_upper(p, n) || paralign_starts_capital(p, n)))
    return 0;
  int opens = (L->lines->v[pi].block == 0 && block_first(L, pi) == (long)pi) ||
              (pi > 0 && paralign_layout_is_text(&L->lines->v[pi - 1]) &&
               paralign_ends_with_stop(text_at(L, pi - 1), L->lines->v[pi - 1].len, ".!?"));
  return opens && !paralign_has_sentence_end(p, n) && !paralign_ends_with_continuing_word(p, n) &&
         !paralign_leaves_open(p, n) &&
         paralign_starts_capital(text_at(L, i), L->lines->v[i].len) &&
         !paralign_breaks_label(L, i, &lab);
}

/* News restates its headline in the story's first words: a line that may
 * end a headline (above) before a line that opens with the same two words
 * is one ("Ievēlētais Meksikas prezidents apsola nelietot armiju pret
 * civiliedzīvotājiem" / "Ievēlētais Meksikas prezidents Andress Manuels
 * ..."; "Still Game star looks set for new career in restaurant business" /
 * "Still Game star Ford Kieran looks set ..."), and so is a report's
 * heading over its text ("MVU instrumenta īsa priekšvēsture" / "MVU
 * instrumenta darbība tika uzsākta ..."): wrapped text does not run a
 * sentence on into the words it opened with. */
static size_t first_words_end(const char *s, size_t len, int words) {
  size_t i = 0;
  for (int w = 0; w < words; w++) {
    while (i < len && s[i] == ' ')
      i++;
    if (i == len)
      return 0;
    while (i < len && s[i] != ' ')
      i++;
  }
  return i;
}

static int restated_headline(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = text_at(L, pi), *s = text_at(L, i);
  size_t pn = L->lines->v[pi].len, n = L->lines->v[i].len;
  if (!pn || !n || p[0] != s[0])
    return 0; /* most lines: at the first byte */
  size_t k = first_words_end(p, pn, 2);
  return k && k < pn && k <= n && (k == n || s[k] == ' ') && memcmp(p, s, k) == 0 &&
         may_end_headline(L, pi, i);
}

int paralign_breaks_uncertain_end(const paralign_layout_ctx *L, size_t pi, size_t i) {
  paralign_label lab;
  if (L->info.wrapped && may_end_headline(L, pi, i))
    return 1;
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  /* a sentence that ends before a capital ("... ratified on July 5, 1997." /
   * "Debian, the producers ...") */
  return L->info.wrapped && (!L->info.blank_paragraphs || crosses_page(L, pi, i)) &&
         may_end_sentence(p, n) && paralign_starts_capital(text_at(L, i), L->lines->v[i].len) &&
         !paralign_breaks_label(L, i, &lab);
}

int paralign_breaks_url_continues(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = text_at(L, pi);
  size_t n = L->lines->v[pi].len;
  return n && (p[n - 1] == '-' || p[n - 1] == '/') &&
         !memchr(text_at(L, i), ' ', L->lines->v[i].len);
}

/* Markdown with reference-style links: the link definitions
 * ("[FAQ]: https://example.org/faq") stand one to a line at the end of a
 * section or document.  They are no text to translate, and versions wrap
 * the text around them differently, so a run of them is one block, apart
 * from the text before it even where no blank line separates them (a
 * printed page extracted again). */
static int link_definition(const paralign_layout_ctx *L, size_t i) {
  const char *s = text_at(L, i);
  size_t len = L->lines->v[i].len;
  if (len < 4 || s[0] != '[')
    return 0;
  const char *close = memchr(s, ']', len);
  size_t k = close ? (size_t)(close - s) : len;
  return k > 1 && k + 3 < len && s[k + 1] == ':' && s[k + 2] == ' ' &&
         paralign_url_scheme(s + k + 3, len - k - 3) > 0;
}

/* Quotations in court documents and legal reasoning: an elision alone on
 * its line ("…", "[..]", "‘…", "…’") marks words left out of the quotation
 * around it.  It has no words to translate, and versions mark it differently
 * or not at all, so it stays with the paragraph before it (whose quotation
 * it opens, continues or closes) rather than become a paragraph of its own. */
static int elision_line(const paralign_layout_ctx *L, size_t i) {
  return paralign_is_elision(text_at(L, i), L->lines->v[i].len);
}

/* A header field's name in lower case ("till:", "to:") that ends a sentence
 * broken before it: the line above ends in a word in lower case and was
 * full ("... you give Mozilla all permissions necessary" / "to:"). */
static int field_word_ends_sentence(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *s = text_at(L, i);
  return L->info.wrapped && paralign_starts_lower(s, L->lines->v[i].len) &&
         ends_lower_word(text_at(L, pi), L->lines->v[pi].len) && !is_short(L, pi, i);
}

int paralign_breaks_new_block(const paralign_layout_ctx *L, long cur, long pi, size_t i,
                              const paralign_gap *g, int zone) {
  const paralign_line *l = &L->lines->v[i];
  if (cur < 0 || pi < 0)
    return 1;
  if (!g->hard && elision_line(L, i))
    return 0;
  if ((l->flags & PARALIGN_LINE_NUMBERED) || gap_separates(L, g, pi, i))
    return 1;
  const paralign_line *prev = &L->lines->v[pi];
  const char *s = text_at(L, i);
  unsigned own = PARALIGN_LINE_SPLIT | PARALIGN_LINE_HEADING | PARALIGN_LINE_BOLD;
  if ((l->flags & own) || (prev->flags & (PARALIGN_LINE_HEADING | PARALIGN_LINE_BOLD)))
    return 1;
  if (starts_superscript(s, l->len) ||
      (paralign_label_is_field(s, l->len) && !field_word_ends_sentence(L, (size_t)pi, i)))
    return 1;
  if (zone && (starts_footnote_number(s, l->len, zone) || (l->flags & PARALIGN_LINE_URL)))
    return 1;
  if ((prev->flags & PARALIGN_LINE_URL))
    return !paralign_breaks_url_continues(L, (size_t)pi, i);
  int defs = link_definition(L, (size_t)pi) + link_definition(L, i);
  if (defs)
    return defs == 1; /* into or out of a run of link definitions */
  if (paralign_chart_title(L, i))
    return 1; /* a figure's title after the text (read/chart.c) */
  int chart = paralign_chart_line(L, (size_t)pi) + paralign_chart_line(L, i);
  if (chart)
    return chart == 1; /* into or out of a chart's text */
  if (L->info.wrapped && restated_headline(L, (size_t)pi, i))
    return 1;
  return L->info.wrapped ? wrapped_break(L, (size_t)pi, i) : !unwrapped_join(L, (size_t)pi, i);
}

int paralign_breaks_resumes(const paralign_layout_ctx *L, long suspended, size_t i) {
  if (suspended < 0)
    return 0;
  size_t last = (size_t)L->out->v[suspended].last;
  const char *s = text_at(L, i);
  paralign_label lab;
  if (paralign_breaks_label(L, i, &lab))
    return 0;
  return paralign_starts_lower(s, L->lines->v[i].len) ||
         !paralign_ends_with_stop(text_at(L, last), L->lines->v[last].len, ".:;!?");
}
