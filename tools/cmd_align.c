/* cmd_align.c: `paralign align`: align versions and write TMX, TSV or JSONL. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_docs.h"

static void help(void) {
  printf("Usage: paralign align [OPTIONS] FILE FILE [FILE...]\n"
         "\n"
         "Align two or more language versions of one document paragraph by paragraph\n"
         "and write a translation memory, of paragraphs or of the sentences aligned\n"
         "inside them.\n"
         "\n"
         "Options:\n"
         "  --langs L1,L2,...    the files' languages in order, as BCP 47 tags (de, el,\n"
         "                       pt-PT); detected when absent (exit 2 when a language\n"
         "                       cannot be told or two files read as one)\n"
         "  -o, --output FILE    write to FILE (atomically; never one of the inputs)\n"
         "  --format F           tmx (default), tsv or jsonl; units (tuid) and paragraphs\n"
         "                       are numbered from 1, as `check` and `paragraphs` show them\n"
         "  --units U            paragraph (default) or sentence: one unit per group of\n"
         "                       sentences aligned inside each paragraph unit (a unit\n"
         "                       whose sentences cannot be grouped with confidence is\n"
         "                       written whole, marked x-segmentation=paragraph)\n"
         "  --with-paragraphs    with --units sentence, the TMX also gives each paragraph\n"
         "                       unit cut into sentences whole, after its sentences: CAT\n"
         "                       tools that segment differently still find a match\n"
         "  --lang-tags T1,T2... BCP 47 tags written to the TMX instead (e.g. sv-SE,lv-LV)\n"
         "  --pair L1,L2         write only these two languages (tags as the files are\n"
         "                       tagged, L1 the TMX srclang) out of the joint alignment\n"
         "                       of all the files: a bilingual memory; units with text\n"
         "                       in neither are dropped\n"
         "  --keep-unaligned     keep units that have text in one language only\n"
         "  --force              align even when the files do not look parallel\n"
         "  --creation-date D    TMX creationdate (YYYYMMDDThhmmssZ; default: now)\n"
         "  -q, --quiet          no summary on standard error\n" CLI_READ_HELP
         "  -h, --help           show this help\n"
         "\n"
         "Exit codes: 0 ok, 1 not parallel (without --force), 2 bad input,\n"
         "3 output error, 4 usage, 5 internal error.\n");
}

static void summary(const paralign_alignment *al, const cli_units_written *written, cli_units units,
                    const char *output) {
  size_t n = paralign_alignment_count(al), nd = paralign_alignment_document_count(al);
  size_t full = 0;
  double sum = 0;
  for (size_t u = 0; u < n; u++) {
    sum += paralign_alignment_score(al, u);
    if (!(paralign_alignment_flags(al, u) & PARALIGN_UNIT_PARTIAL))
      full++;
  }
  fprintf(stderr,
          "paralign: %zu units (%zu in all %zu languages), mean confidence %.3f, "
          "parallelism %.3f\n",
          n, full, nd, n ? sum / (double)n : 0.0, paralign_alignment_parallelism(al));
  for (size_t d = 0; d < nd; d++) {
    const paralign_document *doc = paralign_alignment_document(al, d);
    fprintf(stderr, "  %-3s %6zu paragraphs  ", paralign_document_lang(doc),
            paralign_document_count(doc));
    cli_fput_visible(stderr, paralign_document_name(doc));
    fputc('\n', stderr);
  }
  if (units == CLI_UNITS_SENTENCE)
    fprintf(stderr, "paralign: %zu sentence units in the %zu units, %zu of them kept whole\n",
            written->units, n, written->whole);
  if (output) {
    fputs("paralign: wrote ", stderr);
    cli_fput_visible(stderr, output);
    fputc('\n', stderr);
  }
}

/* Write the alignment's units to output (standard output when NULL),
 * atomically. */
static int write_output(const paralign_alignment *al, cli_units units, paralign_format format,
                        const paralign_write_options *wo, const char *output,
                        cli_units_written *written) {
  cli_output out;
  int rc = cli_output_open(&out, output);
  if (rc != CLI_EXIT_OK)
    return rc;
  paralign_error err = PARALIGN_ERROR_INIT;
  if (cli_write_units(al, units, format, wo, cli_output_write, &out, written, &err) == PARALIGN_OK)
    return cli_output_commit(&out);
  int write_errno = out.failed; /* the errno of the failed write, 0 for a library error */
  cli_output_abort(&out);
  if (!write_errno)
    return cli_report(&err);
  cli_errorf("%s: cannot write output: %s", output ? output : "standard output",
             strerror(write_errno));
  return CLI_EXIT_OUTPUT;
}

/* --pair: write only the two documents so tagged (docs, set in wo). */
static int choose_pair(const paralign_alignment *al, cli_pair *pair, paralign_write_options *wo) {
  char msg[512];
  if (cli_pair_docs(al, pair, msg, sizeof msg) != CLI_EXIT_OK)
    return cli_usage_error("align", "%s", msg);
  wo->docs = pair->docs;
  wo->ndocs = 2;
  return CLI_EXIT_OK;
}

int cli_cmd_align(int argc, char **argv) {
  enum {
    O_LANGS = 1,
    O_FORMAT,
    O_TAGS,
    O_KEEP,
    O_FORCE,
    O_DATE,
    O_UNITS,
    O_WITH_PARAGRAPHS,
    O_PAIR
  };
  static const struct option longopts[] = {
      {"langs", required_argument, NULL, O_LANGS},
      {"output", required_argument, NULL, 'o'},
      {"format", required_argument, NULL, O_FORMAT},
      {"lang-tags", required_argument, NULL, O_TAGS},
      {"keep-unaligned", no_argument, NULL, O_KEEP},
      {"force", no_argument, NULL, O_FORCE},
      {"creation-date", required_argument, NULL, O_DATE},
      {"quiet", no_argument, NULL, 'q'},
      {"units", required_argument, NULL, O_UNITS},
      {"help", no_argument, NULL, 'h'},
      {"with-paragraphs", no_argument, NULL, O_WITH_PARAGRAPHS},
      {"pair", required_argument, NULL, O_PAIR},
      CLI_READ_LONG_OPTIONS,
      {NULL, 0, NULL, 0}};
  cli_docs_options co;
  cli_docs_options_init(&co);
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  paralign_format format = PARALIGN_FORMAT_TMX;
  cli_units units = CLI_UNITS_PARAGRAPH;
  cli_units_written written = {0, 0};
  const char *output = NULL;
  char *tags_arg = NULL;
  const char *pair_arg = NULL;
  int quiet = 0, opt;
  optind = 1;
  while ((opt = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
    int r = cli_read_option(opt, optarg, &co.read);
    if (r < 0)
      return CLI_EXIT_USAGE;
    if (r > 0)
      continue;
    switch (opt) {
    case O_LANGS: co.langs_arg = optarg; break;
    case 'o': output = optarg; break;
    case O_FORMAT:
      if (cli_parse_format(optarg, &format) != 0)
        return cli_usage_error("align", "--format must be tmx, tsv or jsonl, not '%s'", optarg);
      break;
    case O_TAGS: tags_arg = optarg; break;
    case O_PAIR: pair_arg = optarg; break;
    case O_KEEP: wo.flags |= PARALIGN_WRITE_KEEP_UNALIGNED; break;
    case O_WITH_PARAGRAPHS: wo.flags |= PARALIGN_WRITE_PARAGRAPH_UNITS; break;
    case O_FORCE: co.align.flags |= PARALIGN_ALIGN_FORCE; break;
    case O_DATE: wo.creation_date = optarg; break;
    case O_UNITS:
      if (cli_parse_units(optarg, &units) != 0)
        return cli_usage_error("align", "--units must be paragraph or sentence, not '%s'", optarg);
      break;
    case 'q': quiet = 1; break;
    case 'h': help(); return CLI_EXIT_OK;
    default: return cli_usage_error("align", "invalid option");
    }
  }
  /* Everything the command line alone can tell is checked before any file
   * is read. */
  int nfiles = argc - optind, ntags = 0;
  char *tags[CLI_MAX_DOCS];
  char norm[CLI_MAX_DOCS][CLI_TAG_MAX];
  if (tags_arg && (ntags = cli_split_list(tags_arg, tags, CLI_MAX_DOCS)) != nfiles)
    return cli_usage_error("align", "--lang-tags lists %s tags for %d files",
                           ntags < 0 ? "empty or too many" : "a different number of", nfiles);
  int rc = tags_arg ? cli_check_tags("align", "--lang-tags", tags, nfiles, norm) : CLI_EXIT_OK;
  if (rc != CLI_EXIT_OK)
    return rc;
  wo.lang_tags = tags_arg ? (const char *const *)tags : NULL;
  cli_pair pair;
  char msg[512];
  if (pair_arg && cli_parse_pair(pair_arg, &pair, msg, sizeof msg) != CLI_EXIT_OK)
    return cli_usage_error("align", "--pair: %s", msg);
  rc = cli_check_output("align", output, nfiles, argv + optind);
  if (rc != CLI_EXIT_OK)
    return rc;
  cli_docs docs;
  rc = cli_docs_load(&docs, &co, "align", nfiles, argv + optind);
  if (rc != CLI_EXIT_OK)
    return rc;
  rc = cli_docs_align(&docs, &co);
  if (rc == CLI_EXIT_OK && pair_arg)
    rc = choose_pair(docs.alignment, &pair, &wo);
  if (rc == CLI_EXIT_OK)
    rc = write_output(docs.alignment, units, format, &wo, output, &written);
  if (rc == CLI_EXIT_OK && !quiet)
    summary(docs.alignment, &written, units, output);
  cli_docs_free(&docs);
  return rc;
}
