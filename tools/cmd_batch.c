/* cmd_batch.c: `paralign batch`: align many document sets in parallel. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"

static void help(void) {
  printf(
      "Usage: paralign batch [OPTIONS] MANIFEST\n"
      "\n"
      "Align many document sets in parallel.  MANIFEST ('-': standard input) lists one\n"
      "set per line, either tab-separated:\n"
      "\n"
      "  sv,en<TAB>sv.txt<TAB>en.txt<TAB>out.tmx\n"
      "\n"
      "(languages in file order, '-' to detect them) or as a JSON object:\n"
      "\n"
      "  {\"langs\":[\"sv\",\"en\"],\"files\":[\"sv.txt\",\"en.txt\"],\"output\":\"out.tmx\"}\n"
      "\n"
      "with an optional \"id\" echoed in the result.  A set may ask for other units\n"
      "than --units: a last TSV field units=sentence (or units=paragraph), or\n"
      "\"units\":\"sentence\" in JSON.  Blank lines and lines starting with '#' are\n"
      "skipped.  Relative input paths are read from the current\n"
      "directory.  Each output is written atomically; missing directories are\n"
      "created.  A set that fails (missing file, bad input, not parallel) is reported\n"
      "with its line number and the others go on.  A set whose output is an input\n"
      "(of any set), the manifest or the output of an earlier line fails before\n"
      "anything runs (files are compared by device and inode, whatever the\n"
      "spelling).  Outputs are flushed to disk once, at the end.\n"
      "\n"
      "Options:\n"
      "  -j, --jobs N         sets aligned at once (default: the number of processors)\n"
      "  -o, --output-dir D   write the outputs under directory D (default: the\n"
      "                       current one); an output may not leave it, by '..' or\n"
      "                       through a symbolic link\n"
      "  --absolute-outputs   also accept absolute output paths (a trusted manifest)\n"
      "  --jsonl              write one JSON result line per set to standard output:\n"
      "                       {\"line\":N,\"output\":...,\"status\":\"ok\"|\"error\",\"exit\":N,\n"
      "                        \"error\":...,\"units\":N,\"seconds\":S}\n"
      "  --format F           output format: tmx (default), tsv or jsonl\n"
      "  --units U            paragraph (default) or sentence: the translation units\n"
      "                       written, as for `paralign align --units`\n"
      "  --with-paragraphs    with sentence units, the TMX also gives each paragraph\n"
      "                       unit cut into sentences whole (as `paralign align`)\n"
      "  --pair L1,L2         write only these two languages of every set (as\n"
      "                       `paralign align --pair`); a line may name its own pair\n"
      "  --keep-unaligned     keep units that have text in one language only\n"
      "  --force              align even when the files do not look parallel\n"
      "  --creation-date D    TMX creationdate (YYYYMMDDThhmmssZ; default: now)\n"
      "  -q, --quiet          no progress and no summary, only errors\n" CLI_READ_HELP
      "  -h, --help           show this help\n"
      "\n"
      "Progress goes to standard error: a bar with rate and ETA on a terminal, plain\n"
      "lines otherwise.  To spread a collection over machines, split the manifest:\n"
      "\n"
      "  parallel --pipe -N 50 -S host1,host2 paralign batch --jsonl -q -o out - \\\n"
      "    < sets.jsonl > results.jsonl\n"
      "\n"
      "Exit codes: 0 every set aligned, 1 some sets failed, 2 the manifest cannot be\n"
      "read, 3 the results cannot be written (with --jsonl, a reader that stops reading:\n"
      "the remaining sets are not run), 4 usage, 5 internal error.\n");
}

static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > BATCH_MAX_JOBS ? BATCH_MAX_JOBS : (int)n;
}

static int parse_jobs(const char *s, int *jobs) {
  char *end = NULL;
  errno = 0;
  long n = strtol(s, &end, 10);
  if (errno || end == s || *end || n < 1 || n > BATCH_MAX_JOBS)
    return -1;
  *jobs = (int)n;
  return 0;
}

typedef struct batch_args {
  batch_options opts;
  batch_paths paths;
  const char *manifest;
} batch_args;

static int parse_args(int argc, char **argv, batch_args *a) {
  enum {
    O_JSONL = 1,
    O_FORMAT,
    O_KEEP,
    O_FORCE,
    O_DATE,
    O_UNITS,
    O_WITH_PARAGRAPHS,
    O_ABSOLUTE,
    O_PAIR
  };
  static const struct option longopts[] = {
      {"jobs", required_argument, NULL, 'j'},
      {"output-dir", required_argument, NULL, 'o'},
      {"jsonl", no_argument, NULL, O_JSONL},
      {"format", required_argument, NULL, O_FORMAT},
      {"keep-unaligned", no_argument, NULL, O_KEEP},
      {"force", no_argument, NULL, O_FORCE},
      {"creation-date", required_argument, NULL, O_DATE},
      {"quiet", no_argument, NULL, 'q'},
      {"units", required_argument, NULL, O_UNITS},
      {"help", no_argument, NULL, 'h'},
      {"with-paragraphs", no_argument, NULL, O_WITH_PARAGRAPHS},
      {"absolute-outputs", no_argument, NULL, O_ABSOLUTE},
      {"pair", required_argument, NULL, O_PAIR},
      CLI_READ_LONG_OPTIONS,
      {NULL, 0, NULL, 0}};
  int opt;
  optind = 1;
  while ((opt = getopt_long(argc, argv, "j:o:qh", longopts, NULL)) != -1) {
    int r = cli_read_option(opt, optarg, &a->opts.read);
    if (r < 0)
      return CLI_EXIT_USAGE;
    if (r > 0)
      continue;
    switch (opt) {
    case 'j':
      if (parse_jobs(optarg, &a->opts.jobs) != 0)
        return cli_usage_error("batch", "--jobs must be a number from 1 to %d, not '%s'",
                               BATCH_MAX_JOBS, optarg);
      break;
    case 'o': a->paths.outdir = optarg; break;
    case O_ABSOLUTE: a->paths.absolute = 1; break;
    case O_JSONL: a->opts.jsonl = 1; break;
    case O_FORMAT:
      if (cli_parse_format(optarg, &a->opts.format) != 0)
        return cli_usage_error("batch", "--format must be tmx, tsv or jsonl, not '%s'", optarg);
      break;
    case O_UNITS:
      if (cli_parse_units(optarg, &a->opts.units) != 0)
        return cli_usage_error("batch", "--units must be paragraph or sentence, not '%s'", optarg);
      break;
    case O_KEEP: a->opts.write.flags |= PARALIGN_WRITE_KEEP_UNALIGNED; break;
    case O_WITH_PARAGRAPHS: a->opts.write.flags |= PARALIGN_WRITE_PARAGRAPH_UNITS; break;
    case O_FORCE: a->opts.align.flags |= PARALIGN_ALIGN_FORCE; break;
    case O_DATE: a->opts.write.creation_date = optarg; break;
    case O_PAIR: {
      cli_pair pair;
      char msg[512];
      if (cli_parse_pair(optarg, &pair, msg, sizeof msg) != CLI_EXIT_OK)
        return cli_usage_error("batch", "--pair: %s", msg);
      a->opts.pair = optarg;
      break;
    }
    case 'q': a->opts.quiet = 1; break;
    case 'h': help(); return -1; /* done, successfully */
    default: return cli_usage_error("batch", "invalid option");
    }
  }
  if (argc == optind)
    return cli_usage_error("batch", "missing MANIFEST ('-' for standard input)");
  if (argc - optind > 1)
    return cli_usage_error("batch", "exactly one MANIFEST, got %d", argc - optind);
  if (a->paths.outdir && !a->paths.outdir[0])
    return cli_usage_error("batch", "--output-dir must not be empty");
  a->manifest = argv[optind];
  return CLI_EXIT_OK;
}

static void init_args(batch_args *a) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  memset(a, 0, sizeof *a);
  a->opts.read = ro;
  a->opts.align = ao;
  a->opts.write = wo;
  a->opts.format = PARALIGN_FORMAT_TMX;
  a->opts.units = CLI_UNITS_PARAGRAPH;
  a->opts.jobs = default_jobs();
}

#define SUMMARY_MAX_LINES 20

static void summary(const batch_manifest *m, const batch_progress *p, int jobs) {
  double elapsed = batch_now() - p->start;
  fprintf(stderr,
          "paralign: batch: %zu set%s, %zu aligned, %zu failed%s; %zu units in %.2f s "
          "(%.1f sets/s, %d job%s)\n",
          m->count, m->count == 1 ? "" : "s", p->done - p->failed, p->failed,
          p->done < m->count ? ", the others not run" : "", p->units, elapsed,
          elapsed > 0 ? (double)p->done / elapsed : 0.0, jobs, jobs == 1 ? "" : "s");
  if (!p->failed)
    return;
  fputs("paralign: batch: failed manifest lines:", stderr);
  size_t shown = 0;
  for (size_t i = 0; i < m->count && shown < SUMMARY_MAX_LINES; i++)
    if (m->sets[i].error)
      fprintf(stderr, " %lu", m->sets[i].line), shown++;
  fputs(p->failed > shown ? " ...\n" : "\n", stderr);
}

int cli_cmd_batch(int argc, char **argv) {
  batch_args a;
  init_args(&a);
  int rc = parse_args(argc, argv, &a);
  if (rc != CLI_EXIT_OK)
    return rc < 0 ? CLI_EXIT_OK : rc;
  batch_manifest m;
  batch_json_init();
  int e = batch_manifest_read(a.manifest, &a.paths, &m);
  if (e) {
    cli_errorf("%s: cannot read the manifest: %s",
               strcmp(a.manifest, "-") == 0 ? "standard input" : a.manifest,
               e == EILSEQ ? "binary data (NUL bytes)" : strerror(e));
    return e == ENOMEM ? CLI_EXIT_INTERNAL : CLI_EXIT_INPUT;
  }
  /* The workers write outputs: signals are watched before they start. */
  if ((e = cli_watch_signals()) != 0) {
    cli_errorf("cannot set up signal handling: %s", strerror(e));
    batch_manifest_free(&m);
    return CLI_EXIT_INTERNAL;
  }
  batch_progress progress;
  batch_progress_init(&progress, m.count, a.opts.quiet);
  int out_failed = batch_run_all(&m, &a.opts, &progress);
  batch_progress_finish(&progress);
  int sync_error = batch_sync_outputs(&m);
  if (sync_error)
    cli_errorf("cannot flush the outputs to disk: %s", strerror(sync_error));
  if (!a.opts.quiet)
    summary(&m, &progress, a.opts.jobs < (int)m.count ? a.opts.jobs : (int)(m.count ? m.count : 1));
  if (out_failed)
    cli_errorf("standard output: cannot write the results (%s): the remaining sets were not run",
               strerror(out_failed));
  rc = out_failed || sync_error ? CLI_EXIT_OUTPUT
       : progress.failed        ? CLI_EXIT_FINDINGS
                                : CLI_EXIT_OK;
  batch_manifest_free(&m);
  return rc;
}
