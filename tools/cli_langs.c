/* cli_langs.c: the languages of a document set: tags given on the command
 * line checked, and detected languages that cannot go into a translation
 * memory (undetermined, or two files read as one language) refused. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

int cli_check_tags(const char *cmd, const char *option, char **tags, int n,
                   char (*norm)[CLI_TAG_MAX]) {
  for (int i = 0; i < n; i++) {
    char one[CLI_TAG_MAX];
    if (paralign_language_tag(tags[i], norm ? norm[i] : one, CLI_TAG_MAX) != PARALIGN_OK)
      return cli_usage_error(cmd,
                             "%s: '%s' is not a language tag (a BCP 47 tag such as de, "
                             "el, sv-SE or pt-PT)",
                             option, tags[i]);
    if (norm)
      tags[i] = norm[i];
  }
  return CLI_EXIT_OK;
}

/* The example of --langs for these files: their detected languages, "LANG"
 * where there is none. */
static void langs_example(paralign_document *const *docs, size_t n, char *out, size_t cap) {
  size_t len = 0;
  out[0] = '\0';
  for (size_t i = 0; i < n && len < cap; i++) {
    const char *lang = paralign_document_lang(docs[i]);
    len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? "," : "",
                            strcmp(lang, "und") == 0 ? "LANG" : lang);
  }
}

int cli_langs_problem(paralign_document *const *docs, size_t n, char *msg, size_t cap) {
  char example[256];
  langs_example(docs, n, example, sizeof example);
  for (size_t i = 0; i < n; i++)
    if (paralign_document_lang_source(docs[i]) == PARALIGN_LANG_UNDETERMINED) {
      snprintf(msg, cap,
               "%s: cannot tell the language of this file (detection knows %s); give the "
               "language of every file with --langs, e.g. --langs %s",
               paralign_document_name(docs[i]), paralign_detected_languages(), example);
      return CLI_EXIT_INPUT;
    }
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) {
      const paralign_document *a = docs[i], *b = docs[j];
      if (paralign_document_lang_source(a) == PARALIGN_LANG_DETECTED &&
          paralign_document_lang_source(b) == PARALIGN_LANG_DETECTED &&
          strcmp(paralign_document_lang(a), paralign_document_lang(b)) == 0) {
        snprintf(msg, cap,
                 "%s and %s both read as '%s': give the language of every file with --langs",
                 paralign_document_name(a), paralign_document_name(b), paralign_document_lang(a));
        return CLI_EXIT_INPUT;
      }
    }
  return CLI_EXIT_OK;
}

int cli_parse_pair(const char *arg, cli_pair *pair, char *msg, size_t cap) {
  char copy[2 * CLI_TAG_MAX + 2], *tags[3];
  snprintf(copy, sizeof copy, "%s", arg);
  if (strlen(arg) >= sizeof copy || cli_split_list(copy, tags, 3) != 2) {
    snprintf(msg, cap, "'%s' is not two language tags such as sv,en", arg);
    return CLI_EXIT_USAGE;
  }
  for (int i = 0; i < 2; i++)
    if (paralign_language_tag(tags[i], pair->tag[i], CLI_TAG_MAX) != PARALIGN_OK) {
      snprintf(msg, cap, "'%s' is not a language tag (a BCP 47 tag such as de, el, sv-SE)",
               tags[i]);
      return CLI_EXIT_USAGE;
    }
  if (strcasecmp(pair->tag[0], pair->tag[1]) == 0) {
    snprintf(msg, cap, "'%s' names %s twice: a pair is two languages", arg, pair->tag[0]);
    return CLI_EXIT_USAGE;
  }
  return CLI_EXIT_OK;
}

/* The documents' languages, "sv, lv, en", for a message. */
static void langs_list(const paralign_alignment *al, char *out, size_t cap) {
  size_t len = 0, n = paralign_alignment_document_count(al);
  out[0] = '\0';
  for (size_t d = 0; d < n && len < cap; d++)
    len += (size_t)snprintf(out + len, cap - len, "%s%s", d ? ", " : "",
                            paralign_document_lang(paralign_alignment_document(al, d)));
}

int cli_pair_docs(const paralign_alignment *al, cli_pair *pair, char *msg, size_t cap) {
  size_t n = paralign_alignment_document_count(al);
  for (int i = 0; i < 2; i++) {
    size_t found = 0;
    for (size_t d = 0; d < n; d++)
      if (strcasecmp(paralign_document_lang(paralign_alignment_document(al, d)), pair->tag[i]) == 0)
        pair->docs[i] = d, found++;
    if (found == 1)
      continue;
    char langs[256];
    langs_list(al, langs, sizeof langs);
    snprintf(msg, cap, "--pair %s,%s: %s %s (the documents are %s)", pair->tag[0], pair->tag[1],
             found ? "several documents are" : "no document is", pair->tag[i], langs);
    return CLI_EXIT_USAGE;
  }
  return CLI_EXIT_OK;
}
