/*
 * paralign.h: the public API of libparalign.
 *
 * paralign reads two or more language versions of one document, turns each
 * into the numbered paragraphs a reader sees, aligns them jointly paragraph by
 * paragraph, and writes the result as a TMX translation memory (or TSV/JSONL),
 * or reports where the versions do not line up.
 *
 * Conventions
 * - Functions that can fail return an int status: PARALIGN_OK (0) or a
 *   negative paralign_status.  They also fill an optional paralign_error with
 *   a message and, for input errors, the file, line and byte offset.
 * - Every object made by a paralign_*_new or paralign_*_parse/align/check
 *   call is released with the matching paralign_*_free, which accepts NULL.
 * - Strings returned by accessors are owned by the object they come from and
 *   stay valid until it is freed.
 * - Every constructor takes an optional allocator (paralign_mem); NULL means
 *   the C library's malloc/realloc/free.
 * - The library never prints, exits or aborts, and has no global mutable
 *   state: distinct objects may be used from distinct threads at once.
 * - Indices in this API (documents, paragraphs, units, sentences) count
 *   from 0.  What is written for a person or a file (TMX tuid, TSV and JSONL
 *   unit and paragraph numbers, check reports in every format) counts from
 *   1: index i is shown as i + 1.
 */
#ifndef PARALIGN_H
#define PARALIGN_H

#include <stddef.h>

#include "paralign_export.h"
#include "paralign_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Versions                                                            */

/** The library's version packed as (major << 16) | (minor << 8) | patch. */
PARALIGN_EXPORT int paralign_version(void);
/** The library's version as "MAJOR.MINOR.PATCH"; static storage. */
PARALIGN_EXPORT const char *paralign_version_string(void);
/** The Unicode version of the character data used (from utf8proc). */
PARALIGN_EXPORT const char *paralign_unicode_version(void);

/* ------------------------------------------------------------------ */
/* Status codes and errors                                             */

/** Status codes.  Append-only: values never change once released. */
typedef enum paralign_status {
  PARALIGN_OK = 0,
  PARALIGN_ERR_NOMEM = -1,            /**< an allocation failed */
  PARALIGN_ERR_INVALID_ARGUMENT = -2, /**< a NULL or out-of-range argument */
  PARALIGN_ERR_IO = -3,               /**< a file could not be opened or read */
  PARALIGN_ERR_ENCODING = -4,         /**< invalid UTF-8 or undecodable bytes */
  PARALIGN_ERR_BINARY = -5,           /**< NUL bytes: not a text file */
  PARALIGN_ERR_EMPTY = -6,            /**< no text at all (empty or blank) */
  PARALIGN_ERR_TOO_LARGE = -7,        /**< input above the size limit */
  PARALIGN_ERR_UNKNOWN_ENCODING = -8, /**< an encoding name ICU does not know */
  PARALIGN_ERR_UNKNOWN_LANGUAGE = -9, /**< a language code that is not valid */
  PARALIGN_ERR_NOT_PARALLEL = -10,    /**< the documents are not versions of one text */
  PARALIGN_ERR_OUTPUT = -11,          /**< the output callback reported a failure */
  PARALIGN_ERR_LIMIT = -12,           /**< a documented limit (paragraphs) exceeded */
  PARALIGN_ERR_INTERNAL = -13,        /**< a bug: please report it */
  PARALIGN_ERR_DAMAGED = -14,         /**< a damaged document: a truncated PDF, a zip that is
                                           not a DOCX, XML that cannot be parsed */
  PARALIGN_ERR_ENCRYPTED = -15,       /**< a password-protected document */
  PARALIGN_ERR_UNSUPPORTED = -16      /**< a format this build cannot read (see
                                           paralign_input_format_supported) */
} paralign_status;

/** A static, human-readable description of a status code. */
PARALIGN_EXPORT const char *paralign_strerror(int status);

/**
 * What went wrong, filled by any call that takes a paralign_error *.  A plain
 * struct with fixed-size buffers so that it can be reported even when memory
 * has run out.  Initialise with PARALIGN_ERROR_INIT or paralign_error_clear().
 */
typedef struct paralign_error {
  int code;             /**< PARALIGN_OK or a paralign_status */
  char message[512];    /**< what went wrong, without file/line prefix */
  char file[512];       /**< the input concerned, "" when none */
  unsigned long line;   /**< 1-based line of the problem, 0 when unknown */
  unsigned long column; /**< 1-based column in characters, 0 when unknown */
  size_t byte;          /**< 0-based byte offset in the input; valid when has_position */
  int has_position;     /**< non-zero when line/column/byte are meaningful */
} paralign_error;

#define PARALIGN_ERROR_INIT                                                                        \
  { 0, {0}, {0}, 0, 0, 0, 0 }

/** Reset an error to PARALIGN_OK with no message. */
PARALIGN_EXPORT void paralign_error_clear(paralign_error *err);

/* ------------------------------------------------------------------ */
/* Memory                                                              */

/**
 * A custom allocator.  Each function receives ctx.  realloc_fn must behave
 * like realloc (NULL ptr allocates); a function returning NULL makes the
 * calling paralign function fail with PARALIGN_ERR_NOMEM and release what it
 * had allocated.
 */
typedef struct paralign_mem {
  void *(*malloc_fn)(size_t size, void *ctx);
  void *(*realloc_fn)(void *ptr, size_t size, void *ctx);
  void (*free_fn)(void *ptr, void *ctx);
  void *ctx;
} paralign_mem;

/* ------------------------------------------------------------------ */
/* Documents and paragraphs                                            */

typedef struct paralign_document paralign_document;
typedef struct paralign_paragraph paralign_paragraph;

/** What a paragraph is.  Append-only. */
typedef enum paralign_kind {
  PARALIGN_KIND_PARAGRAPH = 0,
  PARALIGN_KIND_HEADING = 1,
  PARALIGN_KIND_LIST_ITEM = 2,
  PARALIGN_KIND_FOOTNOTE = 3,
  PARALIGN_KIND_METADATA = 4 /**< cover-page fields: From:, Sūtītājs:, dates */
} paralign_kind;

/** How a numbering label counts.  Append-only. */
typedef enum paralign_scheme {
  PARALIGN_SCHEME_NONE = 0,
  PARALIGN_SCHEME_ARABIC = 1,      /**< 1.  1)  (1) */
  PARALIGN_SCHEME_DECIMAL = 2,     /**< 1.1  2.3.4 (value is the last part) */
  PARALIGN_SCHEME_ALPHA_LOWER = 3, /**< a)  (a)  a. */
  PARALIGN_SCHEME_ALPHA_UPPER = 4, /**< A)  (A)  A. */
  PARALIGN_SCHEME_ROMAN_LOWER = 5, /**< i)  (iv)  */
  PARALIGN_SCHEME_ROMAN_UPPER = 6, /**< II.  IV) */
  PARALIGN_SCHEME_BULLET = 7,      /**< -  •  –  * */
  PARALIGN_SCHEME_ARTICLE =
      8, /**< a heading word and a number: Article 5, 5. pants, Kapitel II, Rule 1 */
  PARALIGN_SCHEME_SECTION = 9, /**< § 3 */
  PARALIGN_SCHEME_VERSE = 10   /**< Gen 1:1 (book, chapter and verse) */
} paralign_scheme;

/** Static lower-case names: "paragraph", "heading", "list-item", ... */
PARALIGN_EXPORT const char *paralign_kind_name(paralign_kind kind);
/** Static names: "none", "arabic", "decimal", "alpha", "ALPHA", ... */
PARALIGN_EXPORT const char *paralign_scheme_name(paralign_scheme scheme);

/** The formats a document can be read from.  Append-only. */
typedef enum paralign_input_format {
  PARALIGN_INPUT_AUTO = 0, /**< found from the content (paralign_input_format_detect) */
  PARALIGN_INPUT_TEXT = 1, /**< plain text in any encoding (the default) */
  PARALIGN_INPUT_PDF = 2,  /**< a PDF with a text layer (poppler) */
  PARALIGN_INPUT_DOCX = 3, /**< a Word document (libzip, libxml2) */
  PARALIGN_INPUT_HTML = 4  /**< an HTML page (libxml2) */
} paralign_input_format;

/** Static names: "auto", "text", "pdf", "docx", "html". */
PARALIGN_EXPORT const char *paralign_input_format_name(paralign_input_format format);
/** The format named name ("pdf"), or -1 when there is none of that name. */
PARALIGN_EXPORT int paralign_input_format_from_name(const char *name);
/**
 * Whether this build reads format: text always; PDF, DOCX and HTML only when
 * their library was found when paralign was built.
 */
PARALIGN_EXPORT int paralign_input_format_supported(paralign_input_format format);
/**
 * The format of len bytes of data, from their content: "%PDF-" (after at
 * most 1 KB of leading bytes), a zip archive ("PK\3\4", taken as DOCX),
 * an HTML document (a doctype or an <html> tag, after a BOM, spaces and
 * comments), else text.  Never PARALIGN_INPUT_AUTO.
 */
PARALIGN_EXPORT paralign_input_format paralign_input_format_detect(const char *data, size_t len);

/** Replace invalid UTF-8 with U+FFFD (and warn) instead of failing. */
#define PARALIGN_READ_REPLACE_INVALID (1u << 0)

/** Default and hard limits on input (documented in paralign(1)). */
#define PARALIGN_DEFAULT_MAX_SIZE ((size_t)512 * 1024 * 1024)
#define PARALIGN_MAX_PARAGRAPHS ((size_t)10 * 1000 * 1000)
/** Numbering nested deeper ("1.1.1.1.1.1.1.1.1") is read as text, with a warning. */
#define PARALIGN_MAX_LABEL_DEPTH 8

/** Options for reading a document.  Initialise with PARALIGN_READ_OPTIONS_INIT. */
typedef struct paralign_read_options {
  unsigned version;     /**< PARALIGN_READ_OPTIONS_VERSION */
  const char *encoding; /**< NULL: BOM, else UTF-8; or an ICU converter name */
  const char *lang;     /**< NULL: detect; else a BCP 47 tag such as "sv", "pt-PT" */
  unsigned flags;       /**< PARALIGN_READ_* bits */
  size_t max_size;      /**< bytes; 0 means PARALIGN_DEFAULT_MAX_SIZE.  Also bounds what
                             a DOCX inflates to. */
  /** Since version 2: the input format; PARALIGN_INPUT_AUTO (0) detects it.
   * Version 1 options (without this field) are still accepted: they detect. */
  paralign_input_format format;
} paralign_read_options;

#define PARALIGN_READ_OPTIONS_VERSION 2
#define PARALIGN_READ_OPTIONS_INIT                                                                 \
  { PARALIGN_READ_OPTIONS_VERSION, NULL, NULL, 0u, 0u, PARALIGN_INPUT_AUTO }

/**
 * Parse len bytes of a document (text, PDF, DOCX or HTML: see opts->format)
 * into a document of paragraphs.  For HTML, opts->encoding overrides the
 * charset the page declares; the other formats say their own.
 * @param name     the file name used in errors and output (may be NULL).
 * @param[out] out the new document, to be freed with paralign_document_free.
 * @return PARALIGN_OK, or an error (err says where); *out is NULL on error.
 */
PARALIGN_EXPORT int paralign_document_parse(const char *data, size_t len, const char *name,
                                            const paralign_read_options *opts,
                                            const paralign_mem *mem, paralign_document **out,
                                            paralign_error *err);

/** Read and parse a file; as paralign_document_parse, with name = path. */
PARALIGN_EXPORT int paralign_document_read_file(const char *path, const paralign_read_options *opts,
                                                const paralign_mem *mem, paralign_document **out,
                                                paralign_error *err);

PARALIGN_EXPORT void paralign_document_free(paralign_document *doc);

/** The name given when parsing ("" when none). */
PARALIGN_EXPORT const char *paralign_document_name(const paralign_document *doc);
/** The language: the tag given (normalised: "sv-SE"), else the detected one
 * ("sv", "de", "el", ...), or "und" when it could not be determined. */
PARALIGN_EXPORT const char *paralign_document_lang(const paralign_document *doc);
/** The language detected from the text ("und" when unsure, and when the
 * language was given: detection runs only when it is not). */
PARALIGN_EXPORT const char *paralign_document_detected_lang(const paralign_document *doc);

/** How a document's language was found.  Append-only. */
typedef enum paralign_lang_source {
  PARALIGN_LANG_UNDETERMINED = 0, /**< not given, and the text did not tell: "und" */
  PARALIGN_LANG_GIVEN = 1,        /**< given in paralign_read_options.lang */
  PARALIGN_LANG_DETECTED = 2      /**< detected from the text */
} paralign_lang_source;

/** How the document's language was found.  An undetermined language is
 * "und": give it (paralign_read_options.lang) before writing a TMX file,
 * whose consumers need a real language on every segment. */
PARALIGN_EXPORT paralign_lang_source paralign_document_lang_source(const paralign_document *doc);
/** Number of paragraphs. */
PARALIGN_EXPORT size_t paralign_document_count(const paralign_document *doc);
/** The paragraph at index (0-based), or NULL when out of range. */
PARALIGN_EXPORT const paralign_paragraph *paralign_document_get(const paralign_document *doc,
                                                                size_t index);
/** The format the document was read from (never PARALIGN_INPUT_AUTO). */
PARALIGN_EXPORT paralign_input_format paralign_document_format(const paralign_document *doc);
/** Warnings raised while reading (replaced bytes). */
PARALIGN_EXPORT size_t paralign_document_warning_count(const paralign_document *doc);
PARALIGN_EXPORT const char *paralign_document_warning(const paralign_document *doc, size_t i);

/** The paragraph's text, NFC UTF-8, without its numbering label. */
PARALIGN_EXPORT const char *paralign_paragraph_text(const paralign_paragraph *p);
PARALIGN_EXPORT size_t paralign_paragraph_text_len(const paralign_paragraph *p);
/** The label as written ("1.", "a)", "Article 5", "•"), "" when none. */
PARALIGN_EXPORT const char *paralign_paragraph_label(const paralign_paragraph *p);
PARALIGN_EXPORT paralign_scheme paralign_paragraph_scheme(const paralign_paragraph *p);
/** The label's value: 4 for "4.", 1 for "a)", 2 for "II.", 0 for bullets. */
PARALIGN_EXPORT long paralign_paragraph_value(const paralign_paragraph *p);
/**
 * A language-independent key for the label, equal across languages for the
 * same numbering ("arabic:4", "alpha:1", "article:5", "division:2" for Chapter II
 * or II nodaļa, "rule:1", "section:3", "verse:gen.1.1"), ""
 * when none.
 */
PARALIGN_EXPORT const char *paralign_paragraph_key(const paralign_paragraph *p);
/** Nesting level: 0 for top-level paragraphs and headings, 1 under them... */
PARALIGN_EXPORT int paralign_paragraph_level(const paralign_paragraph *p);
PARALIGN_EXPORT paralign_kind paralign_paragraph_kind(const paralign_paragraph *p);
/**
 * 1-based line in the source where the paragraph starts: in a text file or
 * in the HTML source; 0 for PDF and DOCX, which have no lines (see
 * paralign_paragraph_location).
 */
PARALIGN_EXPORT unsigned long paralign_paragraph_line(const paralign_paragraph *p);
/** The 1-based PDF page where the paragraph starts, 0 for other formats. */
PARALIGN_EXPORT unsigned long paralign_paragraph_page(const paralign_paragraph *p);
/**
 * Where the paragraph is in the original document, for people: "line 12"
 * (text), "page 3" (PDF), "paragraph 14" (DOCX and HTML: the document's own
 * paragraphs, counted from 1), "footnote 2" (a DOCX footnote).
 */
PARALIGN_EXPORT const char *paralign_paragraph_location(const paralign_paragraph *p);
/** Footnote markers referenced from the text (for a footnote: its own number). */
PARALIGN_EXPORT size_t paralign_paragraph_footnote_count(const paralign_paragraph *p);
PARALIGN_EXPORT int paralign_paragraph_footnote(const paralign_paragraph *p, size_t i);

/**
 * Detect the language of a UTF-8 text among the ones paralign knows (see
 * paralign_language_detector).  Each call loads the detector's data anew.
 * @return a static ISO 639-1 code ("sv", "de", "el", ...) or "und" when the
 * text does not say confidently.
 */
PARALIGN_EXPORT const char *paralign_detect_language(const char *text, size_t len);

/** How languages are detected, as a static description: "libexttextcat
 * 3.4.5" (its n-gram fingerprints) or the built-in word lists of sv, lv and
 * en when paralign was built without it. */
PARALIGN_EXPORT const char *paralign_language_detector(void);

/** The languages detection tells apart, as static ISO 639-1 codes one space
 * apart: with libexttextcat, every language paralign has data for (the 24
 * official EU languages, "bg cs da ... sv") that libexttextcat has a
 * fingerprint of; else "sv lv en". */
PARALIGN_EXPORT const char *paralign_detected_languages(void);

/**
 * Check and normalise a BCP 47 language tag ("SV-se" -> "sv-SE", "swe" ->
 * "sv", "el" -> "el") into out.
 * @return PARALIGN_OK, PARALIGN_ERR_UNKNOWN_LANGUAGE when tag is not a valid
 * tag of a known language, or PARALIGN_ERR_INVALID_ARGUMENT when out is NULL
 * or too small.
 */
PARALIGN_EXPORT int paralign_language_tag(const char *tag, char *out, size_t cap);

/* ------------------------------------------------------------------ */
/* Alignment                                                           */

typedef struct paralign_alignment paralign_alignment;

/** Align even when the documents do not look parallel. */
#define PARALIGN_ALIGN_FORCE (1u << 0)

typedef struct paralign_align_options {
  unsigned version; /**< PARALIGN_ALIGN_OPTIONS_VERSION */
  unsigned flags;   /**< PARALIGN_ALIGN_* bits */
} paralign_align_options;

#define PARALIGN_ALIGN_OPTIONS_VERSION 1
#define PARALIGN_ALIGN_OPTIONS_INIT                                                                \
  { PARALIGN_ALIGN_OPTIONS_VERSION, 0u }

/** Unit flags. */
#define PARALIGN_UNIT_ANCHORED (1u << 0) /**< matched by numbering labels */
#define PARALIGN_UNIT_PARTIAL (1u << 1)  /**< empty in at least one document */

/**
 * Align ndocs (2 or more) documents jointly.  The documents must outlive
 * the alignment.  Fails with PARALIGN_ERR_NOT_PARALLEL when they do not look
 * like versions of one text, unless PARALIGN_ALIGN_FORCE is set; the
 * alignment is still returned in *out then, for reporting.
 */
PARALIGN_EXPORT int paralign_align(const paralign_document *const *docs, size_t ndocs,
                                   const paralign_align_options *opts, const paralign_mem *mem,
                                   paralign_alignment **out, paralign_error *err);
PARALIGN_EXPORT void paralign_alignment_free(paralign_alignment *al);

PARALIGN_EXPORT size_t paralign_alignment_document_count(const paralign_alignment *al);
PARALIGN_EXPORT const paralign_document *paralign_alignment_document(const paralign_alignment *al,
                                                                     size_t d);
/** Number of units, in document order. */
PARALIGN_EXPORT size_t paralign_alignment_count(const paralign_alignment *al);
/**
 * The paragraphs of unit u in document d: [*first, *first + *count).  count
 * may be 0 (the unit has no paragraph there; *first is then where it would
 * be).  @return PARALIGN_OK or PARALIGN_ERR_INVALID_ARGUMENT.
 */
PARALIGN_EXPORT int paralign_alignment_range(const paralign_alignment *al, size_t u, size_t d,
                                             size_t *first, size_t *count);
/** Confidence of unit u, from 0 (a guess) to 1 (certain). */
PARALIGN_EXPORT double paralign_alignment_score(const paralign_alignment *al, size_t u);
/** PARALIGN_UNIT_* bits of unit u. */
PARALIGN_EXPORT unsigned paralign_alignment_flags(const paralign_alignment *al, size_t u);
/** How parallel the documents look overall, 0..1. */
PARALIGN_EXPORT double paralign_alignment_parallelism(const paralign_alignment *al);

/* ------------------------------------------------------------------ */
/* Output                                                              */

/** Receives output bytes; returns 0 on success, non-zero to stop with PARALIGN_ERR_OUTPUT. */
typedef int (*paralign_write_fn)(const char *data, size_t len, void *ctx);

typedef enum paralign_format {
  PARALIGN_FORMAT_TMX = 0,
  PARALIGN_FORMAT_TSV = 1,
  PARALIGN_FORMAT_JSONL = 2
} paralign_format;

/** Keep units that have text in one document only. */
#define PARALIGN_WRITE_KEEP_UNALIGNED (1u << 0)
/** TMX of sentence units (paralign_sentences_write): after the sentence
 * units of each paragraph unit cut into several (or into rows, each one
 * pair's, for a pair that groups its sentences finer alone), write the
 * paragraph unit whole too (tuid "p" and its number, segtype="paragraph"),
 * so that a CAT tool finds the paragraph where it segments by paragraph, or where it
 * cuts the sentences differently (OmegaT cuts such units with its own
 * rules).  The header then says segtype="paragraph" and every sentence unit
 * segtype="sentence".  TSV and JSONL ignore it: a row gives each sentence
 * once. */
#define PARALIGN_WRITE_PARAGRAPH_UNITS (1u << 1)

typedef struct paralign_write_options {
  unsigned version;             /**< PARALIGN_WRITE_OPTIONS_VERSION (1: without docs) */
  unsigned flags;               /**< PARALIGN_WRITE_* bits */
  const char *const *lang_tags; /**< NULL, or one BCP 47 tag per document ("sv-SE":
                                     subtags of letters and digits joined by '-') */
  const char *creation_date;    /**< NULL: now; else "YYYYMMDDThhmmssZ", a real UTC time */
  /** NULL: write every document, in the alignment's order.  Else the
   * documents to write, ndocs indices (0-based, each at most once) in the
   * order they are written; the first gives the TMX srclang.  A bilingual
   * memory out of a joint alignment: {sv, en} of sv, lv, en.  A unit is
   * kept by the text of these documents alone (none: dropped; one: only with
   * PARALIGN_WRITE_KEEP_UNALIGNED). */
  const size_t *docs;
  size_t ndocs;
} paralign_write_options;

#define PARALIGN_WRITE_OPTIONS_VERSION 2
#define PARALIGN_WRITE_OPTIONS_INIT                                                                \
  { PARALIGN_WRITE_OPTIONS_VERSION, 0u, NULL, NULL, NULL, 0 }

/** Write the alignment in a format through fn.  Unit numbers (TMX tuid,
 * the TSV unit column, JSONL "unit") and paragraph numbers (TSV and JSONL
 * paragraphs) count from 1, as check reports and `paralign paragraphs`
 * show them: unit u and paragraph p of this API (0-based) are written u + 1
 * and p + 1. */
PARALIGN_EXPORT int paralign_alignment_write(const paralign_alignment *al, paralign_format format,
                                             const paralign_write_options *opts,
                                             paralign_write_fn fn, void *ctx, paralign_error *err);

/* ------------------------------------------------------------------ */
/* Sentences                                                           */

/**
 * A sentence-level alignment made inside the units of a paragraph
 * alignment: each paragraph unit's text is cut into sentences in every
 * language (ICU's sentence rules plus the abbreviations, ordinals, numbering
 * labels, numbers, URLs and footnote markers of each language), and its
 * sentences are grouped jointly across all languages (1-1, 1-2, 2-1, 2-2,
 * and 1-3/3-1 where one language joins the sentences with semicolons or
 * numbers and dates tie them), by
 * length under the paragraph alignment's own length model and by the cues
 * that survive translation.  A sentence is never paired across a paragraph
 * unit, and every sentence unit is one group of sentences in every language;
 * where two languages group a unit's sentences finer aligned alone (a third
 * joins two of their sentences, or lacks one), paralign_sentences_write
 * writes that unit as rows, each one pair's, as it does a paragraph unit.
 * A paragraph unit whose sentences cannot be grouped with confidence stays
 * one unit (PARALIGN_UNIT_WHOLE_PARAGRAPH).  Headings, footnotes and
 * cover-page metadata are never cut.  Made by paralign_sentences_align,
 * freed with paralign_sentences_free; it refers to the alignment it was
 * made from, which must outlive it.
 */
typedef struct paralign_sentences paralign_sentences;

/** A sentence unit that is a whole paragraph unit kept as one because its
 * sentences could not be grouped with confidence (besides the
 * PARALIGN_UNIT_* bits of paralign_alignment_flags). */
#define PARALIGN_UNIT_WHOLE_PARAGRAPH (1u << 2)

typedef struct paralign_sentence_options {
  unsigned version;      /**< PARALIGN_SENTENCE_OPTIONS_VERSION */
  unsigned flags;        /**< none yet: 0 */
  double min_confidence; /**< a boundary between two groups of sentences is
                              kept only when it is at least this probable
                              (0..1), else the groups are merged; 0 means
                              the default, 0.6 */
} paralign_sentence_options;

#define PARALIGN_SENTENCE_OPTIONS_VERSION 1
#define PARALIGN_SENTENCE_OPTIONS_INIT                                                             \
  { PARALIGN_SENTENCE_OPTIONS_VERSION, 0u, 0.0 }

/**
 * Align the sentences inside every unit of al.
 * @param opts     NULL for defaults.
 * @param[out] out the new sentence alignment; NULL on error.
 * @return PARALIGN_OK, PARALIGN_ERR_NOMEM, PARALIGN_ERR_INVALID_ARGUMENT, or
 *         PARALIGN_ERR_INTERNAL when ICU has no sentence rules to give.
 */
PARALIGN_EXPORT int paralign_sentences_align(const paralign_alignment *al,
                                             const paralign_sentence_options *opts,
                                             const paralign_mem *mem, paralign_sentences **out,
                                             paralign_error *err);
PARALIGN_EXPORT void paralign_sentences_free(paralign_sentences *s);

/** The paragraph alignment the sentences were aligned in. */
PARALIGN_EXPORT const paralign_alignment *paralign_sentences_alignment(const paralign_sentences *s);
/** Number of sentences of document d, in document order. */
PARALIGN_EXPORT size_t paralign_sentences_sentence_count(const paralign_sentences *s, size_t d);
/**
 * Sentence i of document d: bytes [*start, *end) of the text of paragraph
 * *paragraph (paralign_paragraph_text).
 * @return PARALIGN_OK or PARALIGN_ERR_INVALID_ARGUMENT.
 */
PARALIGN_EXPORT int paralign_sentences_sentence(const paralign_sentences *s, size_t d, size_t i,
                                                size_t *paragraph, size_t *start, size_t *end);
/** Number of sentence units, in document order. */
PARALIGN_EXPORT size_t paralign_sentences_count(const paralign_sentences *s);
/**
 * The sentences of unit u in document d: [*first, *first + *count), indices
 * for paralign_sentences_sentence; count may be 0.
 * @return PARALIGN_OK or PARALIGN_ERR_INVALID_ARGUMENT.
 */
PARALIGN_EXPORT int paralign_sentences_range(const paralign_sentences *s, size_t u, size_t d,
                                             size_t *first, size_t *count);
/** The paragraph unit (index into the alignment) unit u lies in, or
 * PARALIGN_NONE when u is out of range.  Where the output writes several
 * paragraph units together (one version's heading a unit of its own, which
 * the others' rows pair), a sentence unit follows the output and may take
 * sentences from each of them: this is then the one that holds its first
 * sentence in the first document that has one. */
PARALIGN_EXPORT size_t paralign_sentences_paragraph_unit(const paralign_sentences *s, size_t u);
/** Confidence of unit u, 0..1: its group's, at most its paragraph unit's. */
PARALIGN_EXPORT double paralign_sentences_score(const paralign_sentences *s, size_t u);
/** PARALIGN_UNIT_PARTIAL and PARALIGN_UNIT_WHOLE_PARAGRAPH bits of unit u. */
PARALIGN_EXPORT unsigned paralign_sentences_flags(const paralign_sentences *s, size_t u);
/**
 * Write the sentence units in a format through fn, as
 * paralign_alignment_write does the paragraph units: TMX with
 * segtype="sentence" and, per unit, its paragraph unit (1-based) as
 * x-paragraph and x-segmentation "paragraph" for a unit kept whole; a unit
 * that two documents group finer aligned alone as rows, each one pair's,
 * with the tuid "unit.n" (TSV the same, JSONL "part"), as paragraph units
 * are; with PARALIGN_WRITE_PARAGRAPH_UNITS also the paragraph units cut into
 * several, whole (see there).
 */
PARALIGN_EXPORT int paralign_sentences_write(const paralign_sentences *s, paralign_format format,
                                             const paralign_write_options *opts,
                                             paralign_write_fn fn, void *ctx, paralign_error *err);

/* ------------------------------------------------------------------ */
/* Checking                                                            */

/**
 * A check report: the places where aligned versions do not line up.  Made by
 * paralign_check, freed with paralign_report_free.  The report refers to the
 * alignment it was made from, which must outlive it.
 */
typedef struct paralign_report paralign_report;

/** What a finding is about.  Append-only. */
typedef enum paralign_finding_kind {
  PARALIGN_FINDING_MISSING = 0,           /**< paragraphs present in some versions only */
  PARALIGN_FINDING_LABEL_MISMATCH = 1,    /**< different numbering, gaps, duplicates */
  PARALIGN_FINDING_ORDER = 2,             /**< a numbered paragraph in another position */
  PARALIGN_FINDING_NUMBER_MISMATCH = 3,   /**< numbers, dates, codes that differ */
  PARALIGN_FINDING_FOOTNOTE_MISMATCH = 4, /**< footnote markers that differ */
  PARALIGN_FINDING_LENGTH_OUTLIER = 5,    /**< untranslated or truncated text */
  PARALIGN_FINDING_URL_MISMATCH = 6,      /**< different URLs or e-mail addresses */
  PARALIGN_FINDING_NOT_PARALLEL = 7       /**< not versions of one document at all */
} paralign_finding_kind;

/** How serious a finding is.  Append-only. */
typedef enum paralign_severity {
  PARALIGN_SEVERITY_INFO = 0,
  PARALIGN_SEVERITY_WARNING = 1,
  PARALIGN_SEVERITY_ERROR = 2
} paralign_severity;

/** Static names: "missing", "label-mismatch", "order", "number-mismatch", ... */
PARALIGN_EXPORT const char *paralign_finding_kind_name(paralign_finding_kind kind);
/** Static names: "info", "warning", "error". */
PARALIGN_EXPORT const char *paralign_severity_name(paralign_severity severity);

/** The documents were refused as not parallel by paralign_align. */
#define PARALIGN_CHECK_NOT_PARALLEL (1u << 0)

typedef struct paralign_check_options {
  unsigned version; /**< PARALIGN_CHECK_OPTIONS_VERSION */
  unsigned flags;   /**< PARALIGN_CHECK_* bits */
} paralign_check_options;

#define PARALIGN_CHECK_OPTIONS_VERSION 1
#define PARALIGN_CHECK_OPTIONS_INIT                                                                \
  { PARALIGN_CHECK_OPTIONS_VERSION, 0u }

/** "No paragraph" / "no unit" in the report accessors. */
#define PARALIGN_NONE ((size_t)-1)

/**
 * Check an alignment for places where the versions differ.  When the
 * documents do not look parallel (PARALIGN_CHECK_NOT_PARALLEL, a
 * parallelism below 0.5 as in a forced alignment, or too few confident
 * units) the report holds a single not-parallel finding.
 * @param opts     NULL for defaults.
 * @param[out] out the new report; NULL on error.
 * @return PARALIGN_OK or an error.
 */
PARALIGN_EXPORT int paralign_check(const paralign_alignment *al, const paralign_check_options *opts,
                                   const paralign_mem *mem, paralign_report **out,
                                   paralign_error *err);
/**
 * Align documents and check them in one call: a not-parallel refusal by the
 * aligner becomes a not-parallel finding instead of an error.  The report
 * owns the alignment (see paralign_report_alignment); the documents must
 * outlive the report.
 */
PARALIGN_EXPORT int paralign_check_documents(const paralign_document *const *docs, size_t ndocs,
                                             const paralign_check_options *opts,
                                             const paralign_mem *mem, paralign_report **out,
                                             paralign_error *err);
PARALIGN_EXPORT void paralign_report_free(paralign_report *report);

/** The alignment the report was made from. */
PARALIGN_EXPORT const paralign_alignment *paralign_report_alignment(const paralign_report *report);
/** Number of findings; they come in document order (by alignment unit), the
 * more serious first within a unit. */
PARALIGN_EXPORT size_t paralign_report_count(const paralign_report *report);
/** Number of findings of one severity. */
PARALIGN_EXPORT size_t paralign_report_severity_count(const paralign_report *report,
                                                      paralign_severity severity);
PARALIGN_EXPORT paralign_finding_kind paralign_report_kind(const paralign_report *report, size_t i);
PARALIGN_EXPORT paralign_severity paralign_report_severity(const paralign_report *report, size_t i);
/** A one-line English explanation ("" when i is out of range). */
PARALIGN_EXPORT const char *paralign_report_message(const paralign_report *report, size_t i);
/** The alignment unit the finding is about, or PARALIGN_NONE. */
PARALIGN_EXPORT size_t paralign_report_unit(const paralign_report *report, size_t i);
/**
 * Where finding i is in document d: the paragraph index, or PARALIGN_NONE
 * when the finding concerns no paragraph there (for a missing paragraph: the
 * line is then where it would be).
 */
PARALIGN_EXPORT size_t paralign_report_paragraph(const paralign_report *report, size_t i, size_t d);
/** 1-based source line in document d, 0 when none. */
PARALIGN_EXPORT unsigned long paralign_report_line(const paralign_report *report, size_t i,
                                                   size_t d);
/**
 * Where finding i is in the original document d, as
 * paralign_paragraph_location says ("page 3"); for a missing paragraph, the
 * location of the paragraph where it would be.  "" when none.
 */
PARALIGN_EXPORT const char *paralign_report_location(const paralign_report *report, size_t i,
                                                     size_t d);
/** The paragraph's label in document d ("" when none). */
PARALIGN_EXPORT const char *paralign_report_label(const paralign_report *report, size_t i,
                                                  size_t d);
/** A short excerpt of the text concerned in document d ("" when none). */
PARALIGN_EXPORT const char *paralign_report_excerpt(const paralign_report *report, size_t i,
                                                    size_t d);

typedef enum paralign_report_format {
  PARALIGN_REPORT_TEXT = 0, /**< a summary and findings grouped by location, for a terminal */
  PARALIGN_REPORT_JSON = 1, /**< {"files":[...], "findings":[...], "summary":{...}} */
  PARALIGN_REPORT_HTML = 2  /**< one self-contained page: all versions side by side */
} paralign_report_format;

/** Write the report in a format through fn. */
PARALIGN_EXPORT int paralign_report_write(const paralign_report *report,
                                          paralign_report_format format, paralign_write_fn fn,
                                          void *ctx, paralign_error *err);

/* ------------------------------------------------------------------ */
/* Text for the caller's own output                                    */

/** Write s[0..len) through fn as a JSON string literal, quotes included,
 * valid for any bytes (a file name that is not UTF-8, a control character):
 * each invalid UTF-8 sequence becomes U+FFFD, control characters, U+2028 and
 * U+2029 are escaped, and so are the quote and the backslash.  The same
 * escaper writes the library's own JSON.  fn gets the literal in pieces as
 * it is made, without a copy of s.  Returns PARALIGN_OK or
 * PARALIGN_ERR_OUTPUT (fn failed: what it got before stays written). */
PARALIGN_EXPORT int paralign_json_quote(const char *s, size_t len, paralign_write_fn fn, void *ctx);
/** Write s[0..len) through fn as a terminal can show it: C0 and C1 controls,
 * DEL, the bidirectional embedding, override and isolate controls, and every
 * byte that is not UTF-8 as \xNN (\u{XXXX} above U+00FF), a backslash as
 * \\, so that a name such as "ctl\x1b[31m.txt" cannot drive the terminal.
 * Returns PARALIGN_OK, PARALIGN_ERR_NOMEM or PARALIGN_ERR_OUTPUT. */
PARALIGN_EXPORT int paralign_visible_text(const char *s, size_t len, paralign_write_fn fn,
                                          void *ctx);

#ifdef __cplusplus
}
#endif

#endif /* PARALIGN_H */
