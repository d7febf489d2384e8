/* linecue.h: what the text of a line says about its place in a paragraph
 * (private): how it starts (lower case, capital) and ends (a full stop, a
 * comma, a hyphen), shared by the layout stages. */
#ifndef PARALIGN_LINECUE_H
#define PARALIGN_LINECUE_H

#include <stddef.h>

/* s starts with a lower-case letter (any script). */
int paralign_starts_lower(const char *s, size_t len);
/* s starts with an upper-case letter (any script). */
int paralign_starts_upper(const char *s, size_t len);
/* s starts with a capital, maybe after opening quotes or brackets
 * ("‘Compatible Licences’ ...", "“Licence” ..."). */
int paralign_starts_capital(const char *s, size_t len);
/* s holds nothing but an elision ("…", "[…]", "(...)", "[..]"), maybe
 * with quotation marks and a full stop around it ("‘…", "…’", "[..].”"):
 * words left out of a quotation. */
int paralign_is_elision(const char *s, size_t len);
/* Most of the longer words of s (three or more of four letters or more, at
 * least three in four of them) start with a capital: a title in title case
 * ("U.S. Weighed Penalizing El Salvador Over Support for China"). */
int paralign_title_case(const char *s, size_t len);
/* A sentence ends in s: a full stop, question or exclamation mark at its
 * end (not after a digit: "2023." opens a date; not after an initial: "by
 * H." / "Becker"), or a full stop inside it before a capital ("... ends.
 * The next"). */
int paralign_has_sentence_end(const char *s, size_t len);
/* s ends with mark, a space and the conjunction that joins it to what
 * follows (mark ';': "...; and", "...; vai", a point of a list; ',': ",
 * and", a recital). */
int paralign_ends_with_joined(const char *s, size_t len, char mark);
/* The last word of s (after an opening bracket) is an abbreviation of some
 * language ("(t.sk.", "Nr.", data/lang/<code>/abbreviations.txt): its full
 * stop ends no sentence.  Any language's, as the reader meets lines before
 * the document's language is known, and one language's abbreviation is
 * seldom the last word of a sentence in another. */
int paralign_ends_with_abbreviation(const char *s, size_t len);
/* s ends with one of the ASCII characters in stops, maybe before closing
 * quotes or brackets ("... end.)" ends with '.'). */
int paralign_ends_with_stop(const char *s, size_t len, const char *stops);
/* The last word of s is one after which a sentence always goes on (an
 * article, a preposition: the continuing_words of data/lang, of every
 * language). */
int paralign_ends_with_continuing_word(const char *s, size_t len);
/* The brackets ( and [ that s opens, less those it closes. */
long paralign_bracket_balance(const char *s, size_t len);
/* s opens a bracket or a quotation it does not close ("... pamatprogrammu
 * “Apvārsnis" / "Eiropa”, kuram ..."): its sentence goes on.  Marks that
 * both open and close (the Swedish ”) are not counted. */
int paralign_leaves_open(const char *s, size_t len);
/* The first quotation mark or bracket of s closes one, as where a
 * quotation opened on the line before goes on ("China, Silicon Valley and
 * the New World Order” (“Mākslīgā ..."). */
int paralign_closes_first(const char *s, size_t len);
/* s ends with a hyphen joined to a word ("informa-"), not a dash ("text -"). */
int paralign_ends_with_hyphen(const char *s, size_t len);
/* Characters of the first word of s (up to the first space). */
size_t paralign_first_word_chars(const char *s, size_t len);
/* Byte offset where the last word of s starts. */
size_t paralign_last_word_start(const char *s, size_t len);
/* The last word of s is a web address ("... Skatīt šeit: https://..."). */
int paralign_ends_with_address(const char *s, size_t len);
/* The first word of s, its letters folded to lower case, into out (at most
 * cap - 1 bytes, NUL-terminated); returns its length, 0 when s does not
 * start with a letter or the word does not fit. */
size_t paralign_first_word_folded(const char *s, size_t len, char *out, size_t cap);

#endif
