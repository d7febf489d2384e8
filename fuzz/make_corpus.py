#!/usr/bin/env python3
"""Regenerate the seed corpora in fuzz/corpus/ from the seed documents.

Each input is < 4 KB: pieces of data/seeds/*.txt cut at line boundaries,
prefixed with the option byte the harness reads first (see the comment at the
top of each fuzz_*.c), plus a few hand-made edge cases (other encodings,
invalid UTF-8, NUL bytes, XML specials); for the format readers, pieces of
the fixtures in data/formats/ (HTML pages, DOCX parts) and glyph streams
made from seed text.  Usage: python3 fuzz/make_corpus.py
With --large DIR it writes large structured seeds (one line of 200 KB of
bullets, form feeds, combining marks, stars...) into DIR/<harness>/, for long
runs with -max_len=200000 (tests/extra/fuzz.sh does this).
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "data", "seeds")
OUT = os.path.join(ROOT, "fuzz", "corpus")
LIMIT = 4000

# Seed pairs that are versions of one text: (sv, en) 2023 and (sv, lv) 2025.
DD2023 = ("000_99d952fa1365f389.txt", "002_a07fe2476f6a6bb4.txt")
IDS2025 = ("001_131cc33483b97d95.txt", "004_d6c2b8bb3e30ce40.txt")
STRATEGY = "003_d39c38ddf7449eec.txt"


def seed(name):
    with open(os.path.join(SEEDS, name), "rb") as f:
        return f.read()


def piece(data, start_frac, size):
    """About size bytes from start_frac of data, cut at line boundaries."""
    start = int(len(data) * start_frac)
    if start:
        nl = data.find(b"\n", start)
        start = nl + 1 if nl >= 0 else len(data)
    end = data.rfind(b"\n", start, start + size)
    end = start + size if end <= start else end + 1
    chunk = data[start:end]
    # Never split a UTF-8 sequence (a line may be longer than size).
    while chunk and (chunk[-1] & 0xC0) == 0x80:
        chunk = chunk[:-1]
    if chunk and chunk[-1] >= 0xC0:
        chunk = chunk[:-1]
    return chunk


def write(harness, name, data):
    assert len(data) < LIMIT, (harness, name, len(data))
    d = os.path.join(OUT, harness)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read_corpus():
    names = sorted(n for n in os.listdir(SEEDS) if n.endswith(".txt"))
    opts = [0x00, 0x08, 0x10, 0x20, 0x80]  # default, replace, sv, lv, en
    for i, name in enumerate(names):
        data = seed(name)
        for k, frac in enumerate((0.0, 0.3, 0.6, 0.85)):
            opt = opts[(i + k) % len(opts)]
            write("fuzz_read", "%s_%d" % (name[:3], k), bytes([opt]) + piece(data, frac, 3500))
    sv = piece(seed(DD2023[0]), 0.0, 1500)
    lv = piece(seed(IDS2025[1]), 0.2, 1500)
    write("fuzz_read", "utf16le_bom", bytes([0x00]) + b"\xff\xfe" + lv.decode().encode("utf-16-le"))
    write("fuzz_read", "utf16be_nobom", bytes([0x06]) + lv.decode().encode("utf-16-be"))
    write("fuzz_read", "utf16le_nobom_default", bytes([0x00]) + sv.decode().encode("utf-16-le")[:3000])
    write("fuzz_read", "cp1257", bytes([0x02]) + lv.decode().encode("cp1257", "replace"))
    write("fuzz_read", "latin1", bytes([0x04]) + sv.decode().encode("latin-1", "replace"))
    write("fuzz_read", "utf8_bom", bytes([0x01]) + b"\xef\xbb\xbf" + sv)
    bad = sv[:300] + b"\xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf" + sv[300:900]
    write("fuzz_read", "invalid_utf8", bytes([0x00]) + bad)
    write("fuzz_read", "invalid_utf8_replace", bytes([0x09]) + bad)
    write("fuzz_read", "nul_bytes", bytes([0x08]) + sv[:400] + b"\x00\x00" + sv[400:800])
    write("fuzz_read", "bogus_options", bytes([0x37]) + sv[:500])
    write("fuzz_read", "max_size", bytes([0x40]) + sv[:800])
    write("fuzz_read", "blank", bytes([0x00]) + b" \n\t\r\n\n   \n")
    write("fuzz_read", "empty", bytes([0x00]))
    nested = b"".join(b"%s Text at depth %d.\n\n" % (b".".join([b"1"] * d), d) for d in range(1, 12))
    write("fuzz_read", "label_depth", bytes([0x80]) + nested)
    write("fuzz_read", "crlf_cr", bytes([0x10]) + sv[:800].replace(b"\n", b"\r\n") + sv[800:1400].replace(b"\n", b"\r"))


def align_corpus():
    pairs = [(DD2023, 0x00), (IDS2025, 0x04), ((DD2023[0], STRATEGY), 0x02)]
    for (a, b), opt in pairs:
        for k, frac in enumerate((0.0, 0.35, 0.7)):
            da, db = piece(seed(a), frac, 1800), piece(seed(b), frac, 1800)
            write("fuzz_align", "%s_%s_%d" % (a[:3], b[:3], k), bytes([opt | (k & 1) << 3]) + da + b"\x01" + db)
    for k, frac in enumerate((0.0, 0.5)):
        parts = [piece(seed(n), frac, 1200) for n in (IDS2025[0], IDS2025[1], DD2023[1])]
        write("fuzz_align", "three_%d" % k, bytes([0x01 | 0x04 * k]) + b"\x01".join(parts))
    sv = piece(seed(DD2023[0]), 0.0, 1500)
    write("fuzz_align", "no_separator", bytes([0x00]) + sv)
    write("fuzz_align", "one_empty", bytes([0x00]) + sv + b"\x01")
    write("fuzz_align", "identical", bytes([0x02]) + sv + b"\x01" + sv)


def tmx_corpus():
    for k, frac in enumerate((0.0, 0.4, 0.8)):
        a, b = piece(seed(DD2023[0]), frac, 1700), piece(seed(DD2023[1]), frac, 1700)
        write("fuzz_tmx", "read_dd2023_%d" % k, bytes([0x00 | (k & 1) << 2]) + a + b"\x01" + b)
        a, b = piece(seed(IDS2025[0]), frac, 1700), piece(seed(IDS2025[1]), frac, 1700)
        write("fuzz_tmx", "direct_ids2025_%d" % k, bytes([0x01]) + a + b"\x01" + b)
    specials = (b"1. Ampersand & less < greater > quote \" apos ' end ]]> cdata\n"
                b"2. Controls \x01\x02\x03\x07\x08\x0b\x0c\x1b\x1f tab\tCR\r end\n"
                b"3. Non-characters \xef\xbf\xbe \xef\xbf\xbf and U+FFFD \xef\xbf\xbd\n"
                b"4. Invalid \xc3\x28 \xff\xfe bytes\n"
                b"5. Entities &amp; &#1; &#x0; &lt;![CDATA[ x ]]&gt; <!-- c --> <?pi?>\n")
    write("fuzz_tmx", "xml_specials_direct", bytes([0x01]) + specials + b"\x01" + specials)
    write("fuzz_tmx", "xml_specials_read", bytes([0x00]) + specials + b"\x01" + specials)
    write("fuzz_tmx", "xml_specials_three", bytes([0x03]) + specials + b"\x01" + specials + b"\x01" + specials)
    write("fuzz_tmx", "tags_and_date", bytes([0x19]) + b"sv-SE,l\"v<&>\x02" + b"2026&<\"\x02" + specials + b"\x01" + specials)
    write("fuzz_tmx", "keep_unaligned", bytes([0x05]) + b"1. Only here.\n2. Both.\n" + b"\x01" + b"2. Both.\n")


def manifest_corpus():
    tsv = (b"# year\tfiles\n"
           b"sv,en\tdata/seeds/000.txt\tdata/seeds/002.txt\t2023/sv_en.tmx\n"
           b"-\tsv.txt\tlv.txt\ten.txt\tthree.tmx\n"
           b"sv,lv\tsv.txt\tlv.txt\t./2023/sv_en.tmx\n"
           b"sv,,en\ta.txt\tb.txt\tc.tmx\n"
           b"sv\tonly-one.txt\n\n")
    write("fuzz_manifest", "tsv", bytes([0x00]) + tsv)
    write("fuzz_manifest", "tsv_crlf_bom", bytes([0x02]) + b"\xef\xbb\xbf" + tsv.replace(b"\n", b"\r\n"))
    jsonl = (b'{"langs":["sv","en"],"files":["sv.txt","en.txt"],"output":"a.tmx","id":"dd2023"}\n'
             b'{"langs":"sv,lv","files":["sv.txt","lv.txt"],"output":"b.tmx","id":2}\n'
             b'{"files":["x\\u00e5.txt","y.txt"],"x":{"a":[1,-2.5e3,{"b":null}]},"output":"\\u00e5.tmx","id":{"k":[true]}}\n'
             b'{"files":["a.txt"],"output":"d.tmx"}\n'
             b'{"files":["a.txt","./a.txt"],"output":"e.tmx","id":1.5}\n'
             b'{"files":["a.txt","b.txt"],"output":"f.tmx","output":"g.tmx"}\n'
             b'{"files":["a.txt", \n'
             b'[1,2,3]\n')
    write("fuzz_manifest", "jsonl", bytes([0x00]) + jsonl)
    paths = (b"sv,en\ta.txt\tb.txt\t../victim.txt\n"
             b"sv,en\ta.txt\tb.txt\t/abs/out.tmx\n"
             b"sv,en\ta.txt\tb.txt\tsub/../x.tmx\n"
             b"sv,en\ta.txt\tb.txt\tout//x.tmx\n"
             b"sv,en\ta.txt\tb.txt\ta.txt\n"
             b"sv,en\tfuzz-manifest.tsv\tb.txt\tc.tmx\n"
             b'{"files":["a.txt","b.txt"],"output":"..","id":"\\ud83d\\ude00"}\n')
    write("fuzz_manifest", "paths", bytes([0x00]) + paths)
    write("fuzz_manifest", "paths_absolute", bytes([0x01]) + paths)
    write("fuzz_manifest", "paths_cwd", bytes([0x02]) + paths)
    write("fuzz_manifest", "ids", bytes([0x00]) + b"".join(
        b'{"files":["a.txt","b.txt"],"output":"o%d.tmx","id":%s}\n' % (i, v) for i, v in enumerate(
            [b"1.2.3", b".", b"-0", b"1e400", b"12345678901234567890", b'"\xff"', b"[[[[1]]]]",
             b'"\\u0000"', b"true", b"null"])))
    write("fuzz_manifest", "empty", bytes([0x00]))


LARGE_LINE = 200000


def large_shapes(size):
    """Single lines of about size bytes of the shapes that once cost a stack
    frame or a quadratic pass per character."""
    n = size // 2 - 16
    return {
        "bullets": b"1. Text\n\n" + b"- " * n + b"text\n",
        "bullets_label": b"\xe2\x80\xa2 " * (n // 2) + b"4. Text\n",
        "form_feeds": b"\f" * (2 * n) + b"text\n",
        "marks": b"Text a" + "\u0301\u0316".encode() * (n // 2) + b" slut.\n",
        "stars": b"*" * (2 * n) + b" Text**1. RUBRIK**\n",
        "brackets": b"[](" * (n // 2) + b"\n",
        "labels": b"1.1.1.1.1.1.1.1.1.1 " * (n // 10) + b"\n",
    }


def large_corpus(out):
    """Large structured seeds for long runs (not kept in the repository): one
    document of LARGE_LINE bytes for fuzz_read; for the harnesses that align
    (and check, and write every format, twice), two of a third of that, which
    still hold the 40 000 bullets that once overflowed the stack, and keep a
    run under a second."""
    for harness, opt in (("fuzz_read", 0x00), ("fuzz_align", 0x08), ("fuzz_tmx", 0x00)):
        os.makedirs(os.path.join(out, harness), exist_ok=True)
        two = harness != "fuzz_read"
        for name, text in large_shapes(LARGE_LINE // 3 if two else LARGE_LINE - 8).items():
            with open(os.path.join(out, harness, "large_" + name), "wb") as f:
                f.write(bytes([opt]) + (text + b"\x01" + text if two else text))
FORMATS = os.path.join(ROOT, "data", "formats")


def fixture(name):
    with open(os.path.join(FORMATS, name), "rb") as f:
        return f.read()


def html_corpus():
    for name in ("dd2023_sv.html", "ids2025_lv.html"):
        page = fixture(name)
        body = page[page.find(b"<body"):]
        head = page[:page.find(b"<style")] + b"</head>"
        for k, frac in enumerate((0.0, 0.5, 0.9)):
            start = int(len(body) * frac)
            write("fuzz_html", "%s_%d" % (name[:-5], k),
                  bytes([0x00]) + head + body[start:start + 3000])
    for name in ("legacy-1257.html", "legacy-meta.html"):
        write("fuzz_html", name[:-5], bytes([0x00]) + fixture("cases/" + name))
    write("fuzz_html", "legacy-1257-forced", bytes([0x02]) + fixture("cases/legacy-1257.html"))
    write("fuzz_html", "unknown-charset", bytes([0x03]) + b"<p>x</p>")
    write("fuzz_html", "meta-bogus", bytes([0x04]) + b"<meta charset='x-nonsense'><p>R\xe5d \xff</p>")
    eurlex = (b'<html><body><p>Regulation <a id="ntc1" href="#ntr1">(<span class="oj-super">1'
              b'</span>)</a> and point <a href="#p2">2</a>.</p><p id="p2">Two.</p><hr>'
              b'<p class="oj-note"><a id="ntr1" href="#ntc1">(<span class="oj-super">1</span>)'
              b'</a> Note text.</p><p><sup>2</sup>m<sup>2</sup> and <a href="#">1</a></p>'
              b'</body></html>')
    write("fuzz_html", "eurlex-notes", bytes([0x10]) + eurlex)
    lists = (b'<ol start="-3" type="i" reversed><li value="99999999999">a<li>b<ol type="A">'
             b'<li>c<li value="0">d</ol></ol><ul><ul><ul><li>deep</ul></ul></ul>'
             b'<table><tr><td>1.<td>cell<th>head</table><br><br>after<br>br')
    write("fuzz_html", "lists", bytes([0x00]) + lists)
    write("fuzz_html", "nested", bytes([0x00]) + b"<div>" * 700 + b"deep text")
    # preformatted text, as a browser shows a plain-text file: read by the text rules
    pre = (b'<html><body><p>Intro.</p><pre style="white-space: pre-wrap;">1. The Council\n'
           b'   underlines the need\nfor a policy.\n\n\x0c2. It calls on<b>the</b>\n'
           b'Commission<br>to act\xc2\xb9.\n\n\xc2\xb9 Note.</pre><li><pre></pre>'
           b'<xmp><p>x</p></xmp></body></html>')
    write("fuzz_html", "preformatted", bytes([0x00]) + pre)
    write("fuzz_html", "soup", bytes([0x08]) + b"<p><b>bold<i>x</b>y</i><script>a<b</script>"
          b"<style>p{}</style><nav>menu</nav><header>top</header><p hidden>h</p>&amp;&nbsp;&#0;")
    write("fuzz_html", "empty", bytes([0x00]))


def docx_parts(name):
    import zipfile
    z = zipfile.ZipFile(os.path.join(FORMATS, name))
    names = ("word/document.xml", "word/numbering.xml", "word/footnotes.xml",
             "word/styles.xml", "word/endnotes.xml")
    return [z.read(n) if n in z.namelist() else b"" for n in names]


def docx_corpus():
    feats = docx_parts("cases/word-features.docx")
    write("fuzz_docx", "word-features", bytes([0x00]) + b"\x01".join(feats[:4]))
    write("fuzz_docx", "word-features-stored", bytes([0x01]) + b"\x01".join(feats[:4]))
    write("fuzz_docx", "word-features-limit", bytes([0x04]) + b"\x01".join(feats[:4]))
    body = feats[0][feats[0].find(b"<w:body>") + 8:]
    write("fuzz_docx", "body-only", bytes([0x08]) + body + b"\x01" + feats[1])
    doc = docx_parts("dd2023_sv.docx")[0]
    start = doc.find(b"<w:body>") + 8
    for k, frac in enumerate((0.0, 0.4, 0.8)):
        at = start + int((len(doc) - start) * frac)
        at = doc.find(b"<w:p>", at)
        write("fuzz_docx", "dd2023_sv_%d" % k, bytes([0x08]) + doc[at:at + 3000])
    write("fuzz_docx", "archive-features", bytes([0x02]) + fixture("cases/word-features.docx"))
    write("fuzz_docx", "archive-not-docx", bytes([0x02]) + fixture("bad/not-a-docx.docx"))
    write("fuzz_docx", "empty", bytes([0x00]))


def glyph_records(text, size=60, rise_digits=False):
    """Records for fuzz_pdf_layout: one per character, line breaks kept."""
    out = bytearray()
    for line in text.split("\n"):
        for ch in line:
            code = ord(ch) - 0x20 if 0x20 <= ord(ch) < 0x7F else 0x78 + (ord(ch) % 24)
            rise = 40 if rise_digits and ch.isdigit() else 0
            out += bytes([code, 0, rise, size])
        out += bytes([0x60, 0, 0, size])
    return bytes(out)


def pdf_layout_corpus():
    text = seed(DD2023[1]).decode()
    # the first in a fixed-pitch face (a print of a text file), the second typeset
    for k, frac in enumerate((0.1, 0.5)):
        start = int(len(text) * frac)
        chunk = "\n".join(l[:70] for l in text[start:start + 2000].split("\n") if l.strip())
        write("fuzz_pdf_layout", "dd2023_en_%d" % k,
              bytes([0x01 | (0x20 * k)]) + glyph_records(chunk)[:3900])
    heading = glyph_records("COUNCIL CONCLUSIONS", size=120)
    body = glyph_records("1. The Council underlines the need for a stronger policy in global\n"
                         "digital affairs and calls on the Commission to act.")
    note = glyph_records("1 Council conclusions of 18 July 2022.", size=30)
    marker = bytes([ord("x") - 0x20, 0, 0, 60, 0x11, 0, 40, 30])  # "x" then a raised small "1"
    page = bytes([0x70, 0, 0, 60])
    write("fuzz_pdf_layout", "heading_body_note", bytes([0x26]) + heading + body + marker + note +
          page + body)
    write("fuzz_pdf_layout", "odd_values", bytes([0x18]) + bytes([0xFF, 0x80, 0x7F, 0xFF] * 20) +
          bytes([0x90, 0x7F, 0x80, 0x00] * 20) + page * 20)
    write("fuzz_pdf_layout", "empty", bytes([0x00]))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--large":
        large_corpus(sys.argv[2])
        return 0
    read_corpus()
    align_corpus()
    tmx_corpus()
    manifest_corpus()
    html_corpus()
    docx_corpus()
    pdf_layout_corpus()
    return 0


if __name__ == "__main__":
    sys.exit(main())
