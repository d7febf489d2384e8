#!/usr/bin/env python3
"""Pair the structural blocks of a document's language versions into a gold file.

The blocks come from render.py: the document's own units with keys taken from its
numbering (articles, points, recitals, list positions).  Blocks are paired by key
(sources whose markup numbers them: the UDHR, Formex) or by position (sources whose
versions have the same block sequence: the Debian pages, the Covenant), with the
exceptions found by reading the versions side by side written in SPECS below.  A
heading is a '?' paragraph of the bead that follows it.  Keys that exist in one
version only become optional beads.  The result was read through by hand.

usage: build_gold.py DOC BLOCKS_DIR OUT_DIR [--sentences [--review]]
"""
import json
import os
import re
import sys

SNIPPET_WORDS = 8

SPECS = {
    "udhr": {
        "name": "udhr", "blocks": "udhr", "mode": "key", "langs": ["sv", "lv", "en"],
        "source": "Universal Declaration of Human Rights, UDHR in Unicode XML (see SOURCE.md)",
        # Latvian article 14 breaks its first item inside a sentence ("... Apvienoto" /
        # "Nāciju Organizācijas mērķiem ..."): both items of the article are one bead.
        "merge": [["art-14-1", "art-14-2"],
                  # the closing formula: sv 3 lines, en 3 lines, lv 2 lines
                  ["preamble-8", "preamble-9", "preamble-10"]],
        # The Latvian article 26 has three items, but not the English and Swedish ones: its
        # item 3 ("Izglītībai ir jāsekmē saprašanās ...") is the second sentence of their
        # item 2 ("It shall promote understanding ..."), and it has no item on the parents'
        # prior right (their item 3).  Its items 2 and 3 are one bead with their item 2; their
        # item 3 is a bead of two versions.
        "rekey": {"lv": {"art-26-3": "art-26-2"}},
        "sentences": "paragraphs",
        # Read side by side: the Swedish cuts into two sentences what the others join with a
        # semicolon (art. 18, 19, 21.3) or a comma (art. 26.1, its last two sentences); the
        # Latvian cuts art. 23.3 after "ģimenei." (the English "..., and supplemented, if
        # necessary, ...").
        "sentence_groups": {
            "art-18-1": ["2-1-1"], "art-19-1": ["2-1-1"], "art-21-3": ["2-1-1"],
            "art-23-3": ["1-2-1"], "art-26-1": ["1-1-1", "1-1-1", "1-1-1", "2-1-1"],
        },
    },
    "gdpr": {
        "name": "gdpr", "blocks": "gdpr", "mode": "key", "langs": ["sv", "lv", "en"],
        "source": "Regulation (EU) 2016/679, consolidated Formex XML, excerpt (see SOURCE.md)",
        "merge": [],
        "sentences": "paragraphs",
        # no sentence ends after the page and number abbreviations of the references
        # ("EGT L 281, 23.11.1995, s. 31", "OJ L 281, ..., p. 31", "Regulu (EK) Nr. 45/2001")
        "abbreviations": {"sv": ["s", "nr"], "lv": ["Nr", "lpp"], "en": ["p", "No"]},
        # Read side by side: the Swedish cuts into two sentences the principles of Article
        # 5(1)(b), (d) and (e), which the others hold in one (after a semicolon); the Latvian
        # and English cut the definition of 'recipient' (Article 4(9)) after its first clause
        # ("However, public authorities ..."), the Swedish goes on after a semicolon.
        "sentence_groups": {"art-4-al0-9": ["1-2-2"], "art-5-1-b": ["2-1-1"],
                            "art-5-1-d": ["2-1-1"], "art-5-1-e": ["2-1-1"]},
    },
    "debian-social-contract": {
        "name": "debian-social-contract", "blocks": "dsc", "mode": "seq", "langs": ["sv", "en"],
        "source": "Debian Social Contract v1.1, Debian website WML (see SOURCE.md)",
    },
    "debian-constitution": {
        "name": "debian-constitution", "blocks": "dcon", "mode": "seq", "langs": ["sv", "en"],
        "source": "Constitution for the Debian Project v1.7, Debian website WML (see SOURCE.md)",
        # the Swedish page opens with a translator's line the English page does not have
        "skip": {"sv": [0]},
    },
    "news-debian9": {
        "name": "news-debian9", "blocks": "n9", "mode": "seq", "langs": ["sv", "en"],
        "source": "Debian press release 2017-06-17, Debian website WML (see SOURCE.md)",
    },
    "news-debconf17": {
        "name": "news-debconf17", "blocks": "dc17", "mode": "seq", "langs": ["sv", "en"],
        "source": "Debian press release 2017-08-12, Debian website WML (see SOURCE.md)",
    },
    "eupl-1.2": {
        "name": "eupl-1.2", "mode": "lines", "langs": ["sv", "lv", "en"],
        "source": "European Union Public Licence v1.2, markdown of all language versions (see SOURCE.md)",
        # Beads as line numbers of sv.txt, lv.txt, en.txt (a leading 'h' marks a heading line,
        # a '?' paragraph).  The Swedish and Latvian sections hold one paragraph per line and
        # join an article's paragraphs into one line; the English section is hard-wrapped, so
        # its paragraph starts were read off by hand.  The Swedish article 1 heading carries
        # the article's lead-in sentence.
        "beads": [
            ("1", "1", "1"), ("2", "2", "2"), ("3", "3", "3 7"), ("4", "4", "10"), ("5", "5", "11"),
            ("6", "h6 7", "h12 13"),
        ] + [(str(7 + i), str(8 + i), None) for i in range(10)] + [
            ("h17 18", "h18 19", "h39 40"),
        ] + [(str(19 + i), str(20 + i), None) for i in range(7)] + [
            ("26", "27", "52 54 57"), ("h27 28", "h28 29", "h60 61"), ("h29 30", "h30 31", "h68 69"),
            ("h31 32", "h32 33", "h73 74"), ("33", "34", "76"), ("34", "35", "82"), ("35", "36", "89"),
            ("36", "37", "97"), ("37", "38", "101"), ("h38 39", "h39 40", "h105 106 109 112"),
            ("h40 41", "h41 42", "h115 116 119 124"), ("h42 43", "h43 44", "h126 127 133"),
            ("h44 45", "h45 46", "h135 136"), ("h46 47", "h47 48", "h143 144 149"),
            ("h48 49", "h49 50", "h153 154"), ("h50 51", "h51 52", "h160 161 163"),
            ("h52 53", "h53 54", "h166 167 169 173 177"), ("h54 55", "h55 56", "h180 181"),
            ("56", "57", "182"), ("57", "58", "187"), ("h58 59", "h59 60", "h191 192"),
            ("60", "61", "193"), ("61", "62", "195"), ("62", "63", "197"), ("63", "64", "198"),
        ] + [(str(64 + i), str(65 + i), None) for i in range(10)] + [
            ("74", "75", "211"), ("75", "76", "215"),
        ],
        # the English list items of articles 1 and 2 and of the appendix, in order
        "en_items": {"1": [14, 15, 18, 23, 24, 26, 28, 30, 32, 34],
                     "2": [43, 44, 45, 46, 49, 50, 51],
                     "A": [199, 200, 201, 202, 203, 204, 205, 206, 208, 209]},
    },
    "news-ntrex-a": {
        "name": "news-ntrex-a", "blocks": "news-ntrex-a", "mode": "key", "langs": ["sv", "lv", "en"],
        "sentences": "segments",
        "source": "NTREX-128 news test set, four articles (see SOURCE.md)",
    },
    "news-ntrex-b": {
        "name": "news-ntrex-b", "blocks": "news-ntrex-b", "mode": "key", "langs": ["sv", "lv", "en"],
        "sentences": "segments",
        "source": "NTREX-128 news test set, three articles (see SOURCE.md)",
    },
    "cjeu-opinion-c395-18": {
        "name": "cjeu-opinion-c395-18", "blocks": "cjeu-opinion-c395-18", "mode": "seq",
        "langs": ["sv", "lv", "en"], "kinds_from": "en",
        "source": "Opinion of the Advocate General in Case C-395/18, MultiLeg data set (see SOURCE.md)",
    },
    "cjeu-judgment-c212-19": {
        "name": "cjeu-judgment-c212-19", "blocks": "cjeu-judgment-c212-19", "mode": "seq",
        "langs": ["sv", "lv", "en"], "kinds_from": "en",
        # the English version ends with a note the others do not have: "i The wording of
        # paragraph 18 of this judgment has been amended since it was first put online."
        "skip": {"en": [108]},
        "source": "Judgment of the Court in Case C-212/19, MultiLeg data set (see SOURCE.md)",
    },
    "cc-by-4.0": {
        "name": "cc-by-4.0", "blocks": "ccby", "mode": "seq", "langs": ["sv", "lv", "en"],
        "sentences": "paragraphs",
        # Read side by side: the Swedish cuts into two sentences what the others hold in one
        # (the definition of You, its forms; moral rights, 2(b)(1)); the Latvian joins the
        # first two sentences of the disclaimer 5(a) ("..., tajā skaitā ..."); the Swedish
        # 5(a) runs two sentences together without a space ("upptäcka.Vid tillfällen").
        "cut": {"sv": ["Vid tillfällen där totala friskrivningar"]},
        # The closing notice (p67): the Swedish has no sentence on the CC0 dedication, and
        # cuts the one on the trademark in two ("Detta gäller bland annat ...").
        "sentence_groups": {"p16": ["1-1-1", "2-1-1"], "p29": ["2-1-1"], "p51": ["2-1-2", "1-1-1"],
                            "p67": ["1-1-1", "1-1-1", "0-1-1", "2-1-1", "1-1-1"]},
        "source": "Creative Commons Attribution 4.0 International, legal code pages (see SOURCE.md)",
    },
    "cc-by-sa-4.0": {
        # the three pages have the same markup block for block (89 blocks); where a
        # translation leaves a clause or a sentence out, it does so inside a block
        "name": "cc-by-sa-4.0", "blocks": "ccbysa", "mode": "seq", "langs": ["sv", "lv", "en"],
        "source": "Creative Commons Attribution-ShareAlike 4.0 International, legal code pages "
                  "(see SOURCE.md)",
    },
    "cc-by-nc-nd-4.0": {
        # the three pages have the same markup block for block (82 blocks; the Swedish
        # closing notice has one link less, its sentence on the CC0 dedication left out);
        # where a translation differs, it does so inside a block
        "name": "cc-by-nc-nd-4.0", "blocks": "ccbyncnd", "mode": "seq", "langs": ["sv", "lv", "en"],
        "source": "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International, "
                  "legal code pages (see SOURCE.md)",
    },
    "common-voice-legal": {
        # the privacy notice and the legal terms of Common Voice, one after the other; the
        # three versions have the same markdown blocks in the same order (48: 14 headings,
        # 34 paragraphs and list items); where a translation differs, it does so inside a
        # block.  The lines after a lead-in (`... necessary to:`, `... the following:`)
        # carry no list markers and no blank lines, so markdown makes them one paragraph
        # with the lead-in, in every version.
        "name": "common-voice-legal", "blocks": "cvl", "mode": "seq", "langs": ["sv", "lv", "en"],
        "source": "Mozilla Common Voice Privacy Notice and Legal Terms, markdown (see SOURCE.md)",
    },
    "eca-sr-sme-instrument": {
        "name": "eca-sr-sme-instrument", "mode": "line-table", "langs": ["sv", "lv", "en"],
        "source": "European Court of Auditors, Special Report 02/2020, text extracted from its PDFs, "
                  "excerpt (see SOURCE.md)",
        # Beads as line numbers of sv.txt, lv.txt, en.txt ('h' marks a heading line, a '?'
        # paragraph; None: the version has no such paragraph here).  The text is a PDF's text
        # without blank lines and without the paragraph numbers (01-12), so the paragraph starts
        # were read off by hand against the report's structure: the summary's roman numerals
        # (I-XIV), the dash items, the headings, and the footnotes (1-8) printed at the foot of
        # each page.  Footnotes 1-5 fall after paragraph 03 in every version; footnotes 6-8 fall
        # after paragraph 07 in the Swedish and Latvian and after paragraph 08 in the English
        # (their pages break elsewhere): beads are in document order, so the three footnotes
        # and paragraph 08 cross and make one bead (as a crossing does in udhr's preamble);
        # a unit inside it pairing a footnote with its translation is right, and the bead is
        # recovered whole only by a unit that covers it all.  The Latvian line
        # break after paragraph 07's third sentence ("(3. posms)." / "MVU instruments ir
        # pieejams ...") is a wrap: the table of contents numbers paragraphs 07-12 alike in
        # every version, and the English and Swedish hold that sentence in paragraph 07.
        "beads": [
            ("h1 2", "h1 2", "h1 2"), ("10", "10", "9"), ("16", "15", "14"), ("23", "23", "21"),
            ("26", "27", "24"), ("30", "31", "28"), ("34", "34", "32"), ("39", "39", "38"),
            ("44", "44", "42"), ("49", "49", "47"), ("52", "52", "50"), ("58", "57", "55"),
            ("62", "61", "59"), ("68", "66", "64"),
            # the seven recommendations, a dash on its own line before each
            ("70", "68", "66"), ("72", "70", "68"), ("77", "74", "72"), ("80", "77", "75"),
            ("83", "80", "78"), ("86", "83", "81"), ("88", "86", "84"),
            # Introduction: paragraphs 01-03, footnotes 1-5, 04-06, 07
            ("h90 h91 93", "h88 h89 90", "h86 h87 88"), ("96", "94", "92"), ("103", "100", "97"),
            ("108", "105", "102"), ("110", "107", "104"), ("112", "108", "106"),
            ("114", "110", "108"), ("116", "112", "110"),
            ("h117 119", "h113 115", "h111 112"), ("122", "118", "115"), ("130", "126", "122"),
            ("h132 133", "h129 130", "h124 125"),
            ("142 143 144 145", "139 140 141 142", "133 137 138 139"),
            # paragraphs 09-11, the three phases, 12
            ("149", "146", "140"), ("155", "152", "145"), ("158", "155", "149"),
            ("160", "157", "151"), ("165", "162", "155"), ("172", "169", "162"),
            ("177", "173", "166"),
        ],
    },
    "eca-sr-sme-observations": {
        "name": "eca-sr-sme-observations", "mode": "line-table", "langs": ["sv", "lv", "en"],
        "roman_labels": False,
        "source": "European Court of Auditors, Special Report 02/2020, text extracted from its PDFs, "
                  "second excerpt: the end of the introduction, the audit scope and the first "
                  "observations (see SOURCE.md)",
        # Beads as line numbers of sv.txt, lv.txt, en.txt, read off by hand as for
        # eca-sr-sme-instrument ('h': a '?' paragraph: a heading, or a figure's label debris
        # and source line).  A figure is one bead: its title (wrapped over two lines in some
        # versions) is the required paragraph; the labels the extraction left of its chart
        # (percentages, years, phase names, in an order of their own in each version) and its
        # 'Source:' line ride along.  The 'o' and dash items (marker on a line of its own) are
        # beads of their own, as the lead-in before them.  Footnotes are printed at the foot of
        # the page, so they fall after different paragraphs where the versions' pages break
        # differently; beads are in document order, so a footnote that crosses a paragraph
        # makes one bead with it (footnote 9 with the 2014-2017 work programmes, lv before it;
        # footnotes 15-17 with the frequent changes, lv before it; footnote 18 with the
        # bottom-up approach, lv before it; footnote 19, after the bankability paragraph in
        # en, before it in sv, before Figure 3 in lv, with Figure 3 and both paragraphs).
        "beads": [
            ("1 h2 h35", "1 h2 h33", "1 h2 h34"),
            ("h36 37", "h34 35", "h35 36"), ("43", "42", "42"),
            ("46 50", "46 47", "46 49"),
            ("51", "51", "50"), ("57", "59", "55"), ("60", "61", "58"), ("63", "64", "61"),
            ("65", "66", "63"), ("73", "73", "70"), ("74", "75", "71"), ("76", "77", "73"),
            ("83", "85", "80"), ("85", "87", "82"),
            ("87", "89", "84"), ("90", "91", "86"), ("92", "93", "88"), ("94", "95", "90"),
            ("96", "97", "91"), ("102", "103", "96"), ("107", "108", "100"),
            ("109", "110", "102"),
            # Audit scope and approach (the Swedish heading wrapped over two lines)
            ("h112 114", "h113 114", "h104 105"), ("122", "120", "112"), ("124", "122", "114"),
            ("126", "124", "116"), ("129", "127", "119"), ("131", "129", "121"),
            ("134", "132", "123"), ("136", "134", "125"),
            ("138", "136", "127"), ("142", "140", "130"), ("144", "142", "132"),
            ("146", "144", "134"), ("148", "146", "136"), ("150", "148", "138"),
            ("154", "151", "141"), ("157", "154", "144"), ("160", "157", "147"),
            # Observations
            ("h161 h162 163", "h159 h160 161", "h149 h150 151"),
            ("h165 167", "h164 166", "h153 155"), ("170", "169", "158"), ("175", "174", "163"),
            ("182 186 187 188", "181 182 183 184", "168 171 172 173"),
            ("189", "188", "174"),
            ("194 h201 h211", "194 h201 h217", "179 h185 h195"),
            ("212", "218", "196"), ("216 221", "222 223", "200 204"),
            ("h222 223", "h228 230", "h205 206"), ("228", "235", "210"),
            ("234 h235 h246 247 251 252", "241 242 h244 h255 256 259", "216 h217 h228 229 232 236"),
            ("256", "264", "237"),
        ],
    },
    "contributor-covenant-2.1": {
        "name": "contributor-covenant-2.1", "blocks": "cc", "mode": "seq", "langs": ["sv", "en"],
        "source": "Contributor Covenant 2.1, markdown (see SOURCE.md)",
    },
}


def snippet(text, n=SNIPPET_WORDS):
    return " ".join(text.split()[:n])


def load(blocks_dir, name, lang):
    with open(os.path.join(blocks_dir, f"{name}.{lang}.json"), encoding="utf-8") as f:
        return json.load(f)


def units(blocks):
    """(key, [(snippet, required)]) per bead-to-be: headings ride on the next block."""
    out, pending = [], []
    for b in blocks:
        if b["kind"] == "heading":
            pending.append("?" + snippet(b["text"]))
            continue
        out.append([b["key"], pending + [snippet(b["text"])], b["text"]])
        pending = []
    if pending:
        out.append(["trailing-headings", pending, ""])
    return out


def by_key(spec, blocks):
    langs = spec["langs"]
    per = {lang: units(blocks[lang]) for lang in langs}
    for lang, keys in spec.get("rekey", {}).items():
        per[lang] = [[keys.get(k, k), ss, t] for k, ss, t in per[lang]]
    merged = {k: grp[0] for grp in spec.get("merge", []) for k in grp}
    # document order: the keys of every version, each new key placed after the key that
    # precedes it in its own version
    order = []
    for lang in ["en"] + [x for x in langs if x != "en"]:
        prev = None
        for key, _, _ in per.get(lang, []):
            key = merged.get(key, key)
            if key not in order:
                order.insert(order.index(prev) + 1 if prev is not None else 0, key)
            prev = key
    beads = []
    for key in order:
        bead = {"id": key}
        for lang in langs:
            snips = [s for k, ss, _ in per[lang] if merged.get(k, k) == key for s in ss]
            if snips:
                bead[lang] = snips
        if sum(1 for lang in langs if lang in bead) < len(langs) and not (
                key in {k for keys in spec.get("rekey", {}).values() for k in keys}):
            bead["optional"] = True
        beads.append(bead)
    return beads


def by_position(spec, blocks):
    langs = spec["langs"]
    skip = spec.get("skip", {})
    one_sided = []  # (number of paragraph beads before it, bead)
    for lang, idxs in skip.items():
        for i in idxs:
            b = blocks[lang][i]
            before = sum(1 for j, x in enumerate(blocks[lang][:i])
                         if j not in idxs and x["kind"] != "heading")
            one_sided.append((before, {"id": f"{lang}-only-{i}", "optional": True,
                                       lang: [snippet(b["text"])]}))
    kept = {lang: [b for i, b in enumerate(blocks[lang]) if i not in skip.get(lang, [])]
            for lang in langs}
    if spec.get("kinds_from") and len({len(k) for k in kept.values()}) == 1:
        # Where the versions are parallel line by line, whether a line is a heading is read
        # off one version, so that a heading-like line in one translation cannot shift the
        # pairing (a quoted subject line, a date line).
        ref = kept[spec["kinds_from"]]
        kept = {lang: [dict(b, kind=ref[i]["kind"]) for i, b in enumerate(bs)]
                for lang, bs in kept.items()}
    per = {lang: units(kept[lang]) for lang in langs}
    counts = {lang: len(u) for lang, u in per.items()}
    if len(set(counts.values())) != 1:
        raise SystemExit(f"{spec['name']}: block counts differ {counts}")
    beads = []
    for i in range(counts[langs[0]]):
        beads += [b for n, b in one_sided if n == i]
        bead = {"id": f"p{i + 1}"}
        for lang in langs:
            bead[lang] = per[lang][i][1]
        beads.append(bead)
    beads += [b for n, b in one_sided if n >= counts[langs[0]]]
    return beads


def by_lines(spec, out_dir):
    """Beads given as line numbers of the language files (see the eupl-1.2 spec)."""
    text = {lang: open(os.path.join(out_dir, f"{lang}.txt"), encoding="utf-8").read().splitlines()
            for lang in spec["langs"]}
    items = [n for key in ("1", "2", "A") for n in spec["en_items"][key]]
    beads = []
    for i, (sv, lv, en) in enumerate(spec["beads"]):
        if en is None:
            en = str(items.pop(0))
        bead = {"id": f"b{i + 1}"}
        for lang, nums in zip(spec["langs"], (sv, lv, en)):
            snips = []
            for tok in nums.split():
                head = tok.startswith("h")
                line = text[lang][int(tok.lstrip("h")) - 1]
                body = re.sub(r"^(#+|-|>)\s*", "", line.strip())
                snips.append(("?" if head else "") + snippet(body))
            bead[lang] = snips
        beads.append(bead)
    if items:
        raise SystemExit(f"eupl: {len(items)} English items left over")
    return beads


ROMAN_LABEL = re.compile(r"^[IVXLC]+ (?=\S)")


def by_line_table(spec, out_dir):
    """Beads given as line numbers of the language files, None where a version has no such
    paragraph (see the eca-sr-sme-instrument spec); a roman numbering label is left out
    unless the spec says the text has none ("roman_labels": False: a Swedish "I" is a word)."""
    text = {lang: open(os.path.join(out_dir, f"{lang}.txt"), encoding="utf-8").read().splitlines()
            for lang in spec["langs"]}
    beads = []
    for i, row in enumerate(spec["beads"]):
        bead = {"id": f"b{i + 1}"}
        for lang, nums in zip(spec["langs"], row):
            if nums is None:
                continue
            snips = []
            for tok in nums.split():
                head = tok.startswith("h")
                body = text[lang][int(tok.lstrip("h")) - 1].strip()
                if spec.get("roman_labels", True):
                    body = ROMAN_LABEL.sub("", body)
                snips.append(("?" if head else "") + snippet(body))
            bead[lang] = snips
        beads.append(bead)
    return beads


SENT_END = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"(]?[A-ZÅÄÖĀČĒĢĪĶĻŅŠŪŽ0-9])")


def sentences(text):
    return [s for s in SENT_END.split(" ".join(text.split())) if s]


def sentence_beads(spec, blocks):
    """Paragraph beads cut into sentence beads where every version has the same number of
    sentences; a paragraph whose versions differ stays one bead."""
    langs = spec["langs"]
    per = {lang: units(blocks[lang]) for lang in langs}
    beads = []
    for i in range(len(per[langs[0]])):
        sents = {lang: sentences(per[lang][i][2]) for lang in langs}
        heads = {lang: [s for s in per[lang][i][1] if s.startswith("?")] for lang in langs}
        n = {len(s) for s in sents.values()}
        if len(n) == 1 and n != {0}:
            for j in range(n.pop()):
                bead = {"id": f"p{i + 1}s{j + 1}"}
                for lang in langs:
                    bead[lang] = (heads[lang] if j == 0 else []) + [snippet(sents[lang][j], 6)]
                beads.append(bead)
        else:
            bead = {"id": f"p{i + 1}"}
            for lang in langs:
                bead[lang] = per[lang][i][1]
            beads.append(bead)
    return beads


# Sentence ends inside translated segments: as SENT_END, but not after a title or a
# name abbreviation (Mr. Trump, Sen. Warren, Roe v. Wade, Dec. 26, U.S.) nor, in Latvian,
# after an ordinal (17. Kongresa apgabals).
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Gov", "Gen", "Rep", "Jr", "Sr", "Prof",
                 "v", "vs", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"}


def is_sentence_end(before, lang):
    word = before.split()[-1].rstrip(".") if before.split() else ""
    if word in ABBREVIATIONS or re.fullmatch(r"[A-Z](\.[A-Z])*", word):
        return False
    return not (lang == "lv" and word.isdigit())


def segment_sentences(text, lang):
    out, start = [], 0
    for m in SENT_END.finditer(text):
        if is_sentence_end(text[start:m.start()], lang):
            out.append(text[start:m.start()].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def segment_beads(spec, blocks):
    """Sentence beads of a translated test set: each segment (the unit the translators
    translated) is a bead, cut into one bead per sentence where every version has the same
    number of sentences.  A bead of other shapes lists its first sentence only (a finer
    correct split is recovered by the scorer) and, for reading, its sentences and shape.
    A headline is a bead of its own."""
    langs = spec["langs"]
    beads = []
    for i, b in enumerate(blocks[langs[0]]):
        key = b["key"]
        if b["kind"] == "heading":
            beads.append({"id": key, **{lang: [snippet(blocks[lang][i]["text"], 6)] for lang in langs}})
            continue
        for j in range(len(b["segments"])):
            sents = {lang: segment_sentences(blocks[lang][i]["segments"][j], lang) for lang in langs}
            shape = [len(sents[lang]) for lang in langs]
            if len(set(shape)) == 1:
                for k in range(shape[0]):
                    beads.append({"id": f"{key}-s{j + 1}" + (f".{k + 1}" if shape[0] > 1 else ""),
                                  **{lang: [snippet(sents[lang][k], 6)] for lang in langs}})
                continue
            bead = {"id": f"{key}-s{j + 1}", **{lang: [snippet(sents[lang][0], 6)] for lang in langs}}
            bead["sentences"] = {lang: [snippet(x, 6) for x in sents[lang]] for lang in langs}
            bead["shape"] = "-".join(str(n) for n in shape)
            beads.append(bead)
    return beads


# --- sentence beads read off the paragraph gold -----------------------------------------
# For documents whose sentence gold is cut from their paragraph gold (spec "sentences":
# "paragraphs"): each paragraph bead's text, per version, from its first snippet to the next
# bead's, is cut into sentences; a numbering label ("1.", "a)", "(iii)", "I") that a cut
# leaves alone rides with the sentence after it, or, at a paragraph's end (the next
# paragraph's label), with the sentence before it.  Where every version has the same
# number of sentences, one bead per sentence; the beads the spec lists under
# "sentence_groups" (read side by side) group them as given, one shape per sentence bead
# ("2-1-1": two Swedish sentences, one Latvian, one English).  "no_cut" lists, per version,
# the text before a full stop that ends no sentence (an abbreviation, an ordinal); "cut"
# the first words of a sentence the rule does not find.

LABEL = re.compile(r"^(\(?([0-9]{1,3}|[A-Za-z]|[ivx]{1,5}|[IVXLC]{1,6})[.)]|[-–—•])$")


def text_words(text):
    """(start, end) character spans of the words of text, as tests/eval/score.py counts them."""
    import unicodedata
    spans, start = [], None
    for i, ch in enumerate(text):
        cat = unicodedata.category(ch)
        if cat[0] == "L" or cat == "Nd":
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def find_words(hay, needle, start=0):
    n = len(needle)
    for i in range(start, len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def cut_sentences(text, lang, spec):
    """Character offsets (into text) where sentences start: the first non-blank character,
    then each SENT_END not undone by an abbreviation, an ordinal or the spec's no_cut, and
    the spec's cuts."""
    no_cut = spec.get("no_cut", {}).get(lang, [])
    abbrev = set(spec.get("abbreviations", {}).get(lang, []))
    first = len(text) - len(text.lstrip())
    offs = [first] if text.strip() else []
    for m in SENT_END.finditer(text):
        before = " ".join(text[:m.start()].split())
        word = before.split()[-1] if before.split() else ""
        if word.rstrip(".") in abbrev or word in abbrev:
            continue
        if any(before.endswith(" ".join(x.split())) for x in no_cut):  # whitespace as one space
            continue
        offs.append(m.end())
    for c in spec.get("cut", {}).get(lang, []):
        m = re.search(r"\s+".join(re.escape(w) for w in c.split()), text)
        if m and m.start() > first:
            offs.append(m.start())
    return sorted(set(offs))


def paragraph_pieces(text, lang, spec):
    """The sentences of one paragraph's text, numbering labels joined on."""
    offs = cut_sentences(text, lang, spec)
    parts = [text[a:b] for a, b in zip(offs, offs[1:] + [len(text)])]
    out = []  # [start offset, text]
    pending = None
    for a, part in zip(offs, parts):
        if LABEL.match(part.strip()):
            if pending is None:
                pending = a
            continue
        out.append([a if pending is None else pending, part])
        pending = None
    if pending is not None and not out:
        out.append([pending, text[pending:]])
    # else: the next paragraph's label, at this one's end, rides with the last sentence
    return out


def gold_sentence_beads(spec, out_dir):
    langs = spec["langs"]
    pgold = json.load(open(os.path.join(out_dir, "gold.json"), encoding="utf-8"))
    groups = spec.get("sentence_groups", {})
    # per version: every paragraph snippet's word position, in bead order
    pieces = {}  # (bead index, lang) -> [(snippet, required, heading)] per sentence
    want = {}
    for lang in langs:
        text = open(os.path.join(out_dir, f"{lang}.txt"), encoding="utf-8").read()
        spans = text_words(text)
        words = [text[a:b] for a, b in spans]
        starts, cursor = [], 0  # (word position, bead index, snippet)
        for bi, bead in enumerate(pgold["beads"]):
            for snip in bead.get(lang, []):
                w = text_words(snip.lstrip("?"))
                w = [snip.lstrip("?")[a:b] for a, b in w]
                p = find_words(words, w, 0 if bead.get("noise") else cursor)
                if p < 0:
                    raise SystemExit(f"{lang}: not found {snip!r}")
                if not bead.get("noise"):
                    cursor = p + 1
                starts.append((p, bi, snip))
        starts.sort()
        for k, (p, bi, snip) in enumerate(starts):
            if pgold["beads"][bi].get("noise"):
                continue
            end = spans[starts[k + 1][0]][0] if k + 1 < len(starts) else len(text)
            # the paragraph runs to the next start, less the next paragraph's label
            body = text[spans[p][0]:end]
            lst = pieces.setdefault((bi, lang), [])
            if snip.startswith("?"):
                lst.append({"text": body, "head": True, "req": False, "para": True, "at": spans[p][0]})
                continue
            for j, (a, part) in enumerate(paragraph_pieces(body, lang, spec)):
                lst.append({"text": part, "head": False, "req": True, "para": j == 0,
                            "at": spans[p][0] + a + len(part) - len(part.lstrip())})
        want[lang] = (text, spans)
    beads, expect = [], {}
    for bi, pb in enumerate(pgold["beads"]):
        if pb.get("noise") or any(pb.get(lang) and (bi, lang) not in pieces for lang in langs):
            beads.append(pb)
            continue
        have = [lang for lang in langs if pb.get(lang)]
        sents = {}
        for lang in have:
            # a paragraph of the bead that goes on with a sentence the paragraph before it
            # left open (no stop, colon or semicolon at its end, a label aside) is part of
            # that sentence: its start is listed with the sentence's bead
            out = []
            for x in pieces[(bi, lang)]:
                if x["head"]:
                    continue
                prev = re.sub(r"\s+\(?([0-9]{1,3}|[A-Za-z]|[ivx]{1,5}|[IVXLC]{1,6})[.)]$", "",
                              out[-1]["text"].strip()) if out else ""
                if out and x["para"] and not re.search(r"[.!?:;][”\"’)]*$", prev):
                    out[-1] = dict(out[-1], text=out[-1]["text"] + x["text"],
                                   more=out[-1].get("more", []) + [snippet(x["text"])],
                                   more_at=out[-1].get("more_at", []) + [x["at"]])
                else:
                    out.append(x)
            sents[lang] = out
        heads = {lang: [x for x in pieces[(bi, lang)] if x["head"]] for lang in have}
        counts = [len(sents[lang]) for lang in have]
        if pb["id"] in groups:
            shapes = [[int(n) for n in sh.split("-")] for sh in groups[pb["id"]]]
        elif len(set(counts)) == 1 and len(have) == len(langs):
            shapes = [[1] * len(have)] * counts[0]
        elif len(have) < len(langs):  # a bead one version has alone (a translator's note)
            shapes = [[1] * len(have)] * min(counts) if len(set(counts)) == 1 else [counts]
        else:
            raise SystemExit(f"{spec['name']}: bead {pb['id']}: sentence counts {dict(zip(have, counts))} "
                             "differ and no sentence_groups given")
        for lang, c in zip(have, [sum(s[i] for s in shapes) for i in range(len(have))]):
            if c != len(sents[lang]):
                raise SystemExit(f"{spec['name']}: bead {pb['id']}: groups give {lang} {c} sentences, "
                                 f"the text has {len(sents[lang])}: " +
                                 " | ".join(snippet(x["text"], 5) for x in sents[lang]))
        at = {lang: 0 for lang in have}
        for k, shape in enumerate(shapes):
            bead = {"id": f"{pb['id']}s{k + 1}" if len(shapes) > 1 else pb["id"]}
            if pb.get("optional"):
                bead["optional"] = True
            multi = any(n > 1 for n in shape)
            for lang, n in zip(have, shape):
                group = sents[lang][at[lang]:at[lang] + n]
                at[lang] += n
                snips = (["?" + snippet(h["text"]) for h in heads[lang]] if k == 0 else [])
                where = [h["at"] for h in heads[lang]] if k == 0 else []
                for i, x in enumerate(group):
                    if i == 0 or x["para"]:
                        snips += [snippet(x["text"])] + x.get("more", [])
                        where += [x["at"]] + x.get("more_at", [])
                if not group:  # a sentence this version does not have
                    continue
                bead[lang] = snips
                expect.setdefault(lang, []).extend(where)
                REVIEW.append((bead["id"], lang, [" ".join(x["text"].split()) for x in group]))
                if multi:
                    bead.setdefault("sentences", {})[lang] = [snippet(x["text"]) for x in group]
            if multi:
                bead["shape"] = "-".join(str(n) for n in shape)
            beads.append(bead)
    # every snippet must be found by the scorer where its sentence starts
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "eval"))
    import score
    for lang in langs:
        text, spans = want[lang]
        starts_at = [a for a, _ in spans]
        import bisect
        exp = sorted(bisect.bisect_left(starts_at, c) for c in expect.get(lang, []))
        got = sorted(p for p, bi, _ in score.Side({"files": {lang: f"{lang}.txt"}, "beads": beads},
                                                   lang, out_dir).paras if not beads[bi].get("noise"))
        if got != exp:
            bad = [(g, e) for g, e in zip(got, exp) if g != e][:1]
            raise SystemExit(f"{spec['name']} {lang}: snippets land elsewhere than their sentences {bad}")
    return beads


REVIEW = []


def main(argv):
    doc, blocks_dir, out_dir = argv[:3]
    spec = SPECS[doc]
    sent = "--sentences" in argv
    if sent and spec.get("sentences") == "paragraphs":
        beads, blocks = gold_sentence_beads(spec, out_dir), None
    elif spec["mode"] == "lines":
        beads, blocks = by_lines(spec, out_dir), None
    elif spec["mode"] == "line-table":
        beads, blocks = by_line_table(spec, out_dir), None
    else:
        blocks = {lang: load(blocks_dir, spec["blocks"], lang) for lang in spec["langs"]}
    if blocks is None:
        pass
    elif sent and spec.get("sentences") == "segments":
        beads = segment_beads(spec, blocks)
    elif sent:
        beads = sentence_beads(spec, blocks)
    elif spec["mode"] == "key":
        beads = by_key(spec, blocks)
    else:
        beads = by_position(spec, blocks)
    gold = {
        "name": spec["name"] + ("-sentences" if sent else ""),
        "source": spec["source"],
        "files": {lang: f"{lang}.txt" for lang in spec["langs"]},
        "langs": spec["langs"],
        "notes": "Built from the document's own structure (numbering, list positions, "
                 "headings) by tests/corpus/tools/build_gold.py and read through by hand. "
                 "'?' marks a heading line that rides with the paragraph after it.",
        "beads": beads,
    }
    if sent:
        gold["unit"] = "sentence"
    name = "gold.sentence.json" if sent else "gold.json"
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if "--review" in argv:  # the sentence beads' text, for reading them side by side
        for bid, lang, texts in REVIEW:
            print(f"{bid:14} {lang}| " + "\n               ...| ".join(texts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
