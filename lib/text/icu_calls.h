/* icu_calls.h: the ICU functions the library calls, as one list (private).
 *
 * The paralign tool of a shared build carries the library in itself, but
 * not ICU: ICU's 140 KB of pointer tables would be rewritten by the dynamic
 * loader at every start (a program placed at random), and most runs (text
 * or UTF-8 documents of the languages in data/lang, paragraph units) never
 * call ICU.  So the tool's ICU is a module, paralign-icu.so, loaded the
 * first time the library calls one of these (a charset to convert, sentence
 * breaks, a language without a built-in number table): icu_module.c builds
 * the module's table from this list, icu_shim.c the functions of the same
 * names in the tool that call through it.  A function the library starts
 * calling must be added here, or the tool does not link.
 *
 * PARALIGN_ICU_FUNCTIONS(F) lists functions that return a value,
 * PARALIGN_ICU_PROCEDURES(P) those that return nothing, each as
 * (return type, name, parameters, arguments, what the tool's copy does when
 * the module cannot be loaded: set the error code argument, return a value
 * that says "failed").  ICU renames its functions by version (ucnv_open is
 * ucnv_open_72), and the names here are renamed with them. */
#ifndef PARALIGN_ICU_CALLS_H
#define PARALIGN_ICU_CALLS_H

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

/* Sets an ICU error code that is not set yet, to say ICU is not there. */
#define PARALIGN_ICU_MISSING(status)                                                               \
  do {                                                                                             \
    if ((status) && U_SUCCESS(*(status)))                                                          \
      *(status) = U_MISSING_RESOURCE_ERROR;                                                        \
  } while (0)

#define PARALIGN_ICU_FUNCTIONS(F)                                                                  \
  F(int8_t, u_charType, (UChar32 c), (c), return U_UNASSIGNED)                                     \
  F(UBool, u_hasBinaryProperty, (UChar32 c, UProperty which), (c, which), return 0)                \
  F(UBool, u_isUWhiteSpace, (UChar32 c), (c), return 0)                                            \
  F(UBool, u_isalnum, (UChar32 c), (c), return 0)                                                  \
  F(UBool, u_isalpha, (UChar32 c), (c), return 0)                                                  \
  F(UBool, u_islower, (UChar32 c), (c), return 0)                                                  \
  F(UBool, u_isupper, (UChar32 c), (c), return 0)                                                  \
  F(UChar32, u_tolower, (UChar32 c), (c), return c)                                                \
  F(char *, u_strToUTF8,                                                                           \
    (char *dest, int32_t cap, int32_t *len, const UChar *src, int32_t n, UErrorCode *status),      \
    (dest, cap, len, src, n, status), PARALIGN_ICU_MISSING(status);                                \
    return NULL)                                                                                   \
  F(char *, u_strToUTF8WithSub,                                                                    \
    (char *dest, int32_t cap, int32_t *len, const UChar *src, int32_t n, UChar32 sub,              \
     int32_t *nsubs, UErrorCode *status),                                                          \
    (dest, cap, len, src, n, sub, nsubs, status), PARALIGN_ICU_MISSING(status);                    \
    return NULL)                                                                                   \
  F(int32_t, ubrk_following, (UBreakIterator * bi, int32_t offset), (bi, offset), return -1)       \
  F(int32_t, ubrk_next, (UBreakIterator * bi), (bi), return -1)                                    \
  F(UBreakIterator *, ubrk_open,                                                                   \
    (UBreakIteratorType type, const char *locale, const UChar *text, int32_t n,                    \
     UErrorCode *status),                                                                          \
    (type, locale, text, n, status), PARALIGN_ICU_MISSING(status);                                 \
    return NULL)                                                                                   \
  F(UConverter *, ucnv_open, (const char *name, UErrorCode *status), (name, status),               \
    PARALIGN_ICU_MISSING(status);                                                                  \
    return NULL)                                                                                   \
  F(UDateFormat *, udat_open,                                                                      \
    (UDateFormatStyle time, UDateFormatStyle date, const char *locale, const UChar *zone,          \
     int32_t zone_len, const UChar *pattern, int32_t pattern_len, UErrorCode *status),             \
    (time, date, locale, zone, zone_len, pattern, pattern_len, status),                            \
    PARALIGN_ICU_MISSING(status);                                                                  \
    return NULL)                                                                                   \
  F(int32_t, udat_getSymbols,                                                                      \
    (const UDateFormat *fmt, UDateFormatSymbolType type, int32_t index, UChar *out, int32_t cap,   \
     UErrorCode *status),                                                                          \
    (fmt, type, index, out, cap, status), PARALIGN_ICU_MISSING(status);                            \
    return 0)                                                                                      \
  F(int32_t, udat_toPattern,                                                                       \
    (const UDateFormat *fmt, UBool localized, UChar *out, int32_t cap, UErrorCode *status),        \
    (fmt, localized, out, cap, status), PARALIGN_ICU_MISSING(status);                              \
    return 0)                                                                                      \
  F(UDateTimePatternGenerator *, udatpg_open, (const char *locale, UErrorCode *status),            \
    (locale, status), PARALIGN_ICU_MISSING(status);                                                \
    return NULL)                                                                                   \
  F(int32_t, udatpg_getFieldDisplayName,                                                           \
    (const UDateTimePatternGenerator *gen, UDateTimePatternField field,                            \
     UDateTimePGDisplayWidth width, UChar *out, int32_t cap, UErrorCode *status),                  \
    (gen, field, width, out, cap, status), PARALIGN_ICU_MISSING(status);                           \
    return 0)                                                                                      \
  F(int32_t, uloc_canonicalize, (const char *id, char *out, int32_t cap, UErrorCode *status),      \
    (id, out, cap, status), PARALIGN_ICU_MISSING(status);                                          \
    return 0)                                                                                      \
  F(int32_t, uloc_forLanguageTag,                                                                  \
    (const char *tag, char *out, int32_t cap, int32_t *parsed, UErrorCode *status),                \
    (tag, out, cap, parsed, status), PARALIGN_ICU_MISSING(status);                                 \
    return 0)                                                                                      \
  F(const char *, uloc_getISO3Language, (const char *id), (id), return "")                         \
  F(int32_t, uloc_toLanguageTag,                                                                   \
    (const char *id, char *out, int32_t cap, UBool strict, UErrorCode *status),                    \
    (id, out, cap, strict, status), PARALIGN_ICU_MISSING(status);                                  \
    return 0)                                                                                      \
  F(int32_t, unum_format,                                                                          \
    (const UNumberFormat *fmt, int32_t number, UChar *out, int32_t cap, UFieldPosition *pos,       \
     UErrorCode *status),                                                                          \
    (fmt, number, out, cap, pos, status), PARALIGN_ICU_MISSING(status);                            \
    return 0)                                                                                      \
  F(int32_t, unum_formatDouble,                                                                    \
    (const UNumberFormat *fmt, double number, UChar *out, int32_t cap, UFieldPosition *pos,        \
     UErrorCode *status),                                                                          \
    (fmt, number, out, cap, pos, status), PARALIGN_ICU_MISSING(status);                            \
    return 0)                                                                                      \
  F(int32_t, unum_getSymbol,                                                                       \
    (const UNumberFormat *fmt, UNumberFormatSymbol symbol, UChar *out, int32_t cap,                \
     UErrorCode *status),                                                                          \
    (fmt, symbol, out, cap, status), PARALIGN_ICU_MISSING(status);                                 \
    return 0)                                                                                      \
  F(int32_t, unum_getTextAttribute,                                                                \
    (const UNumberFormat *fmt, UNumberFormatTextAttribute tag, UChar *out, int32_t cap,            \
     UErrorCode *status),                                                                          \
    (fmt, tag, out, cap, status), PARALIGN_ICU_MISSING(status);                                    \
    return 0)                                                                                      \
  F(UNumberFormat *, unum_open,                                                                    \
    (UNumberFormatStyle style, const UChar *pattern, int32_t pattern_len, const char *locale,      \
     UParseError *parse_error, UErrorCode *status),                                                \
    (style, pattern, pattern_len, locale, parse_error, status), PARALIGN_ICU_MISSING(status);      \
    return NULL)                                                                                   \
  F(UResourceBundle *, ures_getByKey,                                                              \
    (const UResourceBundle *res, const char *key, UResourceBundle *fill, UErrorCode *status),      \
    (res, key, fill, status), PARALIGN_ICU_MISSING(status);                                        \
    return NULL)                                                                                   \
  F(const UChar *, ures_getStringByKey,                                                            \
    (const UResourceBundle *res, const char *key, int32_t *len, UErrorCode *status),               \
    (res, key, len, status), PARALIGN_ICU_MISSING(status);                                         \
    return NULL)                                                                                   \
  F(UResourceBundle *, ures_open, (const char *package, const char *locale, UErrorCode *status),   \
    (package, locale, status), PARALIGN_ICU_MISSING(status);                                       \
    return NULL)                                                                                   \
  F(UText *, utext_close, (UText * ut), (ut), return ut)                                           \
  F(UText *, utext_openUTF8, (UText * ut, const char *s, int64_t n, UErrorCode *status),           \
    (ut, s, n, status), PARALIGN_ICU_MISSING(status);                                              \
    return NULL)                                                                                   \
  F(UChar32, utf8_prevCharSafeBody,                                                                \
    (const uint8_t *s, int32_t start, int32_t *pi, UChar32 c, UBool strict),                       \
    (s, start, pi, c, strict), (*pi)--;                                                            \
    return U_SENTINEL)

#define PARALIGN_ICU_PROCEDURES(P)                                                                 \
  P(ubrk_close, (UBreakIterator * bi), (bi), (void)0)                                              \
  P(ubrk_setText, (UBreakIterator * bi, const UChar *text, int32_t n, UErrorCode *status),         \
    (bi, text, n, status), PARALIGN_ICU_MISSING(status))                                           \
  P(ubrk_setUText, (UBreakIterator * bi, UText * text, UErrorCode * status), (bi, text, status),   \
    PARALIGN_ICU_MISSING(status))                                                                  \
  P(ucnv_close, (UConverter * cnv), (cnv), (void)0)                                                \
  P(ucnv_getInvalidChars, (const UConverter *cnv, char *out, int8_t *len, UErrorCode *status),     \
    (cnv, out, len, status), PARALIGN_ICU_MISSING(status))                                         \
  P(ucnv_setToUCallBack,                                                                           \
    (UConverter * cnv, UConverterToUCallback fn, const void *ctx, UConverterToUCallback *old_fn,   \
     const void **old_ctx, UErrorCode *status),                                                    \
    (cnv, fn, ctx, old_fn, old_ctx, status), PARALIGN_ICU_MISSING(status))                         \
  P(ucnv_toUnicode,                                                                                \
    (UConverter * cnv, UChar * *target, const UChar *limit, const char **source,                   \
     const char *source_limit, int32_t *offsets, UBool flush, UErrorCode *status),                 \
    (cnv, target, limit, source, source_limit, offsets, flush, status),                            \
    PARALIGN_ICU_MISSING(status))                                                                  \
  P(udat_close, (UDateFormat * fmt), (fmt), (void)0)                                               \
  P(udatpg_close, (UDateTimePatternGenerator * gen), (gen), (void)0)                               \
  P(unum_close, (UNumberFormat * fmt), (fmt), (void)0)                                             \
  P(unum_setTextAttribute,                                                                         \
    (UNumberFormat * fmt, UNumberFormatTextAttribute tag, const UChar *value, int32_t n,           \
     UErrorCode *status),                                                                          \
    (fmt, tag, value, n, status), PARALIGN_ICU_MISSING(status))                                    \
  P(ures_close, (UResourceBundle * res), (res), (void)0)                                           \
  P(UCNV_TO_U_CALLBACK_STOP,                                                                       \
    (const void *ctx, UConverterToUnicodeArgs *args, const char *bytes, int32_t n,                 \
     UConverterCallbackReason reason, UErrorCode *status),                                         \
    (ctx, args, bytes, n, reason, status), PARALIGN_ICU_MISSING(status))

/* The module's table: a pointer to each function of the two lists. */
#define PARALIGN_ICU_FIELD(ret, name, params, args, fail) ret(*name) params;
#define PARALIGN_ICU_PROC_FIELD(name, params, args, fail) void(*name) params;
typedef struct paralign_icu_table {
  char version[U_MAX_VERSION_STRING_LENGTH]; /* the ICU it carries: U_ICU_VERSION */
  PARALIGN_ICU_FUNCTIONS(PARALIGN_ICU_FIELD)
  PARALIGN_ICU_PROCEDURES(PARALIGN_ICU_PROC_FIELD)
} paralign_icu_table;

/* The module's one symbol: a function that returns its table. */
#define PARALIGN_ICU_MODULE_ENTRY "paralign_icu_module_table"
#define PARALIGN_ICU_MODULE_FILE "paralign-icu.so"

#endif
