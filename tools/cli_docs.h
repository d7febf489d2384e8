/* cli_docs.h: loading the document set of `align` and `check`. */
#ifndef PARALIGN_CLI_DOCS_H
#define PARALIGN_CLI_DOCS_H

#include "paralign.h"

#define CLI_MAX_DOCS 64

typedef struct cli_docs_options {
  paralign_read_options read;
  paralign_align_options align;
  char *langs_arg; /* "sv,lv,en" or NULL */
} cli_docs_options;

typedef struct cli_docs {
  paralign_document *docs[CLI_MAX_DOCS];
  size_t count;
  paralign_alignment *alignment;
  int not_parallel; /* the alignment was refused or forced as not parallel */
} cli_docs;

void cli_docs_options_init(cli_docs_options *co);
/* The output (NULL or "-": standard output) must not be one of the input
 * files, by device and inode whatever the spelling or the links: a typo
 * (-o sv.txt for -o sv.tmx) would replace a source document.  Prints a
 * usage error and returns 4 when it is; 0 otherwise. */
int cli_check_output(const char *cmd, const char *output, int nfiles, char **files);
/* Validate the file list and options (usage errors: exit 4) and load every
 * file (input errors: exit 2).  Returns 0 with all documents loaded. */
int cli_docs_load(cli_docs *set, cli_docs_options *co, const char *cmd, int nfiles, char **files);
/* Align the loaded documents.  Not parallel without --force: message, exit 1,
 * but set->alignment is kept for reporting. */
int cli_docs_align(cli_docs *set, const cli_docs_options *co);
void cli_docs_free(cli_docs *set);

#endif
