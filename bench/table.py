#!/usr/bin/env python3
"""Turn the measurements of bench/run.sh into one markdown table.

Input: lines of TAB-separated key=value fields written by paralign_bench
(kind=read|pipeline|document|command) and by run.sh (kind=score|skip|info).  Lines
with the same kind and label are merged (run.sh interleaves the runs of the
commands it compares).  Medians are quoted; min-max shows the spread.

usage: table.py RESULTS.tsv
"""
import json
import os
import platform
import statistics
import sys
import time

# The targets (this 2-core machine); run.sh labels rows with these keys.
TARGET_SEED_MS = 5.0
TARGET_BIBLE_S, TARGET_BIBLE_MB, TARGET_BIBLE_F1 = 1.5, 300.0, 0.99
TARGET_SCALING = 12.0
TARGET_READ_MBS = 100.0
TARGET_BATCH_SPEEDUP = 1.7
TARGET_GAP_F1, TARGET_GAP_RATIO = 0.99, 1.5
TARGET_SENTENCE_COST = 1.5  # sentence units at most this many times the paragraph units' time
TARGET_LANGS10_S, TARGET_LANGS10_F1 = 2.0, 0.98  # a regulation in ten languages
TARGET_PDF_100_S = 1.0  # reading a 100-page PDF
TARGET_PARAGRAPHS_CPU_MBS = 150.0  # `paralign paragraphs` on a large file, MB/s of CPU time
TARGET_PARAGRAPHS_PEAK = 3.0  # ... its peak memory at most this many times the input
TARGET_STARTUP = 2.5  # the seed pair's whole `align` process, CPU time against /bin/true
TARGET_BIBLE_CPU_S = 0.4  # the Bible's three languages, whole `align` process, CPU time
LISTS = ("seconds", "cpu_s", "peak_kib", "mb_per_s", "read_s", "align_s", "write_s")


def parse(path):
    rows, order = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = dict(kv.split("=", 1) for kv in line.rstrip("\n").split("\t") if "=" in kv)
            if "kind" not in fields:
                continue
            key = (fields["kind"], fields.get("label", ""))
            for k in LISTS:
                if k in fields:
                    fields[k] = [float(v) for v in fields[k].split(",") if v]
            if key in rows:
                for k in LISTS:
                    rows[key].setdefault(k, []).extend(fields.get(k, []))
            else:
                rows[key] = fields
                order.append(key)
    return [rows[k] for k in order]


def med(values):
    return statistics.median(values) if values else float("nan")


def span(values, scale, unit, digits):
    if not values:
        return ""
    return ("%.*f – %.*f %s" % (digits, min(values) * scale, digits, max(values) * scale, unit)).rstrip()


def mib(kib):
    return kib / 1024.0


def size(nbytes):
    n = float(nbytes)
    return "%.1f MB" % (n / 1e6) if n >= 1e6 else "%.0f KB" % (n / 1e3)


def verdict(ok, text):
    return ("met: " if ok else "**missed**: ") + text


def time_cell(seconds):
    m = med(seconds)
    return ("%.2f ms" % (m * 1e3), span(seconds, 1e3, "ms", 2)) if m < 1 else \
        ("%.2f s" % m, span(seconds, 1, "s", 2))


def read_row(r):
    v = r["mb_per_s"]
    target = verdict(med(v) >= TARGET_READ_MBS, "≥ %.0f MB/s" % TARGET_READ_MBS)
    return [r["label"], "%s, %s paragraphs" % (size(r["bytes"]), r["paragraphs"]), r["runs"],
            "%.0f MB/s" % med(v), span(v, 1, "MB/s", 0), "", target]


def gap_target(r, scores, rows):
    full = next((x for x in rows if x["kind"] == "pipeline" and
                 x["label"].endswith("without labels") and x.get("status") == "ok"), None)
    f1 = scores.get("bible-gap", {}).get("sv-en", {}).get("f1", 0.0)
    if not full:
        return verdict(False, "no row without the gap to compare with")
    ratio = med(r["seconds"]) / med(full["seconds"])
    return verdict(f1 >= TARGET_GAP_F1 and ratio <= TARGET_GAP_RATIO,
                   "F1 ≥ %.2f, ≤ ×%.1f the pair without the gap; F1 %.3f, ×%.2f" % (
                       TARGET_GAP_F1, TARGET_GAP_RATIO, f1, ratio))



def sentence_target(r, rows):
    para = find(rows, "pipeline", "Bible sv+lv+en (one joint alignment)")
    if not para:
        return "no paragraph-unit row to compare with"
    ratio = med(r["seconds"]) / med(para["seconds"])
    return verdict(ratio <= TARGET_SENTENCE_COST, "≤ ×%.1f the paragraph units; ×%.2f" % (
        TARGET_SENTENCE_COST, ratio))


def pipeline_target(r, peak_mb, scores, rows):
    label = r["label"]
    if "sentence units" in label:
        return sentence_target(r, rows)
    if "verses missing" in label:
        return gap_target(r, scores, rows)
    if "labels stripped" in label:
        f1 = scores.get("bible-strip", {})
        return ", ".join("%s F1 %.3f" % (k, p["f1"]) for k, p in f1.items()) or "F1 not scored"
    if label.endswith("without labels"):
        f1 = scores.get("bible-full", {}).get("sv-en", {}).get("f1")
        return "F1 %.3f" % f1 if f1 is not None else ""
    if "2023 seed pair" in label:
        return verdict(med(r["seconds"]) * 1e3 < TARGET_SEED_MS, "< %.0f ms" % TARGET_SEED_MS)
    if "Bible" in label:
        f1 = scores.get("bible", {})
        worst = min((p["f1"] for p in f1.values()), default=0.0)
        ok = med(r["seconds"]) < TARGET_BIBLE_S and peak_mb < TARGET_BIBLE_MB and \
            worst >= TARGET_BIBLE_F1
        pairs = ", ".join("%s F1 %.3f" % (k, p["f1"]) for k, p in f1.items()) or "F1 not scored"
        return verdict(ok, "< %.1f s, < %.0f MB, F1 ≥ %.2f; %s" % (
            TARGET_BIBLE_S, TARGET_BIBLE_MB, TARGET_BIBLE_F1, pairs))
    if "10 languages" in label:
        f1 = scores.get("gdpr10", {})
        english = {k: p["f1"] for k, p in f1.items() if k.startswith("en-")}
        worst = min(english.values(), default=0.0)
        ok = med(r["seconds"]) < TARGET_LANGS10_S and worst >= TARGET_LANGS10_F1
        return verdict(ok, "< %.0f s, F1 ≥ %.2f on every en-X pair (lowest %s %.3f)" % (
            TARGET_LANGS10_S, TARGET_LANGS10_F1,
            min(english, key=english.get) if english else "none", worst))
    return ""


def pipeline_row(r, scores, rows):
    if r.get("status") != "ok":
        return [r["label"], "%s files, %s" % (r["files"], size(r["bytes"])), r["runs"],
                "error", r.get("error", ""), "", ""]
    peak = mib(med(r["peak_kib"]))
    what = "%s, %s paragraphs → %s units" % (size(r["bytes"]), r["paragraphs"], r["units"])
    if r.get("forced") == "1":
        what += " (forced; parallelism %s)" % r.get("parallelism", "?")
    t, s = time_cell(r["seconds"])
    if med(r["seconds"]) >= 0.1 and r.get("read_s"):
        t += " (read %s, align %s, write %s)" % tuple(
            "%.0f%%" % (100 * med(r[k]) / med(r["seconds"])) for k in ("read_s", "align_s", "write_s"))
    return [r["label"], what, r["runs"], t, s, "%.1f MB" % peak,
            pipeline_target(r, peak, scores, rows)]


def document_row(r):
    t, s = time_cell(r["seconds"])
    pages = int(r.get("pages", "0"))
    what = "%s, %s%s paragraphs" % (size(r["bytes"]), "%d pages, " % pages if pages else "",
                                    r["paragraphs"])
    target = ""
    if pages >= 100:
        target = verdict(med(r["seconds"]) < TARGET_PDF_100_S,
                         "< %.0f s for 100 pages" % TARGET_PDF_100_S)
    return [r["label"], what, r["runs"], t, s, "", target]


def cpu_rate_row(r):
    """A command given its input's size: MB/s of CPU time and peak memory."""
    nbytes = float(r["bytes"])
    rates = [nbytes / 1e6 / c for c in r["cpu_s"] if c > 0]
    peak = mib(med(r["peak_kib"]))
    ratio = peak * 2**20 / nbytes
    fast = med(rates) >= TARGET_PARAGRAPHS_CPU_MBS
    small = ratio <= TARGET_PARAGRAPHS_PEAK
    failed = "; %s runs failed" % r["failed_runs"] if r.get("failed_runs", "0") != "0" else ""
    return [r["label"], "%s%s" % (size(nbytes), failed), len(rates),
            "%.0f MB/s of CPU time (wall %.2f s)" % (med(rates), med(r["seconds"])),
            span(rates, 1, "MB/s", 0), "%.1f MB (×%.1f the input)" % (peak, ratio),
            verdict(fast, "≥ %.0f MB/s" % TARGET_PARAGRAPHS_CPU_MBS) + "; " +
            verdict(small, "peak ≤ ×%.0f the input" % TARGET_PARAGRAPHS_PEAK)]


def bible_cpu_row(r):
    """The Bible's three languages aligned by a whole process: CPU time."""
    cpu = med(r["cpu_s"])
    return [r["label"], "CPU time (user + system)", len(r["cpu_s"]), "%.3f s" % cpu,
            span(r["cpu_s"], 1, "s", 3), "%.1f MB" % mib(med(r["peak_kib"])),
            verdict(cpu <= TARGET_BIBLE_CPU_S, "≤ %.1f s of CPU" % TARGET_BIBLE_CPU_S)]


def command_row(r):
    if r.get("bytes") and r.get("cpu_s"):
        return cpu_rate_row(r)
    if r["label"].startswith("whole process, align, Bible") and r.get("cpu_s"):
        return bible_cpu_row(r)
    t, s = time_cell(r["seconds"])
    sets = float(r.get("sets", "0"))
    rate = " (%.0f sets/s)" % (sets / med(r["seconds"])) if sets else ""
    failed = "; %s runs failed" % r["failed_runs"] if r.get("failed_runs", "0") != "0" else ""
    return [r["label"], r.get("what", "") + failed, len(r["seconds"]), t + rate, s,
            "%.1f MB" % mib(med(r["peak_kib"])), ""]


def find(rows, kind, text):
    for r in rows:
        if r["kind"] == kind and text in r["label"] and r.get("status", "ok") == "ok":
            return r
    return None


def scaling_row(rows):
    small, big = find(rows, "pipeline", "10k paragraphs"), find(rows, "pipeline", "100k paragraphs")
    if not small or not big:
        return None
    t = med(big["seconds"]) / med(small["seconds"])
    m = med(big["peak_kib"]) / med(small["peak_kib"])
    return ["scaling, synthetic 10k → 100k", "time and peak memory ratios", "", "×%.1f time" % t,
            "", "×%.1f memory" % m,
            verdict(t <= TARGET_SCALING and m <= TARGET_SCALING, "≤ ×%.0f" % TARGET_SCALING)]


def paired_ratios(a, b):
    """The ratio of each round's run of a to the same round's run of b: run.sh
    runs the commands in turn, one run each a round, so a machine whose speed
    drifts moves both alike.  None when a run of either failed (the rounds
    no longer line up)."""
    if len(a) != len(b):
        return None
    return [x / y for x, y in zip(a, b) if y > 0]


def startup_rows(rows):
    """Short whole processes against /bin/true, in CPU time: the seed pair's
    align (the target), --version and one seed's paragraphs.  The verdict is
    on the median of the rounds' paired ratios, as the target is stated; the
    ratio of the two medians taken apart is shown beside it."""
    true = find(rows, "command", "/bin/true")
    if not true or not true.get("cpu_s"):
        return []
    out = []
    for text, name, target in (("whole process, align", "the seed pair's align", TARGET_STARTUP),
                               ("whole process, --version", "--version", None),
                               ("whole process, paragraphs", "one seed's paragraphs", None)):
        r = find(rows, "command", text)
        if not r or not r.get("cpu_s"):
            continue
        pairs = paired_ratios(r["cpu_s"], true["cpu_s"])
        apart = med(r["cpu_s"]) / max(med(true["cpu_s"]), 1e-6)
        times = "%.1f ms against %.2f ms" % (med(r["cpu_s"]) * 1e3, med(true["cpu_s"]) * 1e3)
        if pairs is None:  # a failed run: the medians alone
            out.append(["start-up: %s against /bin/true" % name,
                        "CPU time ratio of the medians (a run failed: rounds not paired)", "",
                        "×%.2f (%s)" % (apart, times), "", "",
                        verdict(apart <= target, "≤ ×%.1f" % target) if target else ""])
            continue
        paired = med(pairs)
        out.append(["start-up: %s against /bin/true" % name,
                    "CPU time, median of the rounds' paired ratios", len(pairs),
                    "×%.2f (medians apart ×%.2f: %s)" % (paired, apart, times),
                    span(pairs, 1, "", 2), "",
                    verdict(paired <= target, "≤ ×%.1f" % target) if target else ""])
    return out


def batch_row(rows):
    one, two = find(rows, "command", "--jobs 1"), find(rows, "command", "--jobs 2")
    if not one or not two:
        return None
    ratio = med(one["seconds"]) / med(two["seconds"])
    return ["batch speed-up, --jobs 2 vs --jobs 1", "throughput ratio", "",
            "×%.2f" % ratio, "", "", verdict(ratio >= TARGET_BATCH_SPEEDUP,
                                              "≥ ×%.1f" % TARGET_BATCH_SPEEDUP)]


def costly_rows(rows):
    """A pair that once cost far more than its size against an ordinary pair
    of the same size and shape (bench/run.sh costly_pairs): CPU time ratio."""
    out = []
    for case in rows:
        if case["kind"] != "command" or case.get("role") != "case" or not case.get("cpu_s"):
            continue
        ordinary = next((r for r in rows if r["kind"] == "command" and r.get("role") == "ordinary"
                         and r.get("costly") == case.get("costly") and r.get("cpu_s")), None)
        if not ordinary:
            continue
        ratio = med(case["cpu_s"]) / max(med(ordinary["cpu_s"]), 1e-6)
        out.append(["cost: %s against %s" % (case["label"], ordinary["label"].split(", ", 1)[1]),
                    "CPU time ratio of the medians", "", "×%.1f (%.0f ms against %.0f ms)" % (
                        ratio, med(case["cpu_s"]) * 1e3, med(ordinary["cpu_s"]) * 1e3), "", "",
                    ""])
    return out


def machine():
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            model = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return "%s, %d cores, %.0f GiB RAM, %s" % (model, os.cpu_count() or 0, mem, platform.system())


def main(path):
    rows = parse(path)
    scores = {}
    for r in rows:
        if r["kind"] == "score":
            with open(r["json"], encoding="utf-8") as f:
                scores[r["label"]] = json.load(f)
    info = {r["label"]: r.get("text", "") for r in rows if r["kind"] == "info"}
    print("paralign %s benchmark, %s UTC; %s; Release build." % (
        info.get("version", "?"), time.strftime("%Y-%m-%d %H:%M", time.gmtime()), machine()))
    print()
    print("| measurement | input | runs | median | min – max | peak memory | target |")
    print("|---|---|---:|---:|---:|---:|---|")
    out = []
    for r in rows:
        if r["kind"] == "read":
            out.append(read_row(r))
        elif r["kind"] == "pipeline":
            out.append(pipeline_row(r, scores, rows))
        elif r["kind"] == "command":
            out.append(command_row(r))
        elif r["kind"] == "document":
            out.append(document_row(r))
        elif r["kind"] == "skip":
            out.append([r["label"], r.get("reason", ""), "", "skipped", "", "", ""])
    out += [x for x in (scaling_row(rows), batch_row(rows)) if x] + startup_rows(rows)
    out += costly_rows(rows)
    for cells in out:
        print("| " + " | ".join(str(c) for c in cells) + " |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
