#!/usr/bin/env python3
"""Render the corpus sources into plain text, and list their structural blocks.

Each renderer reads one language version of a source as the source repository has
it and returns (text, blocks).  The text is what the corpus keeps as LANG.txt; the
blocks are the document's own units in order (title lines, headings, recitals,
article paragraphs, points, list items, footnotes), each with a structural key
(article and point numbers, recital numbers, list positions).  build_gold.py pairs
the blocks of the language versions by these keys to make the gold; nothing here
looks at paralign's output.

usage: render.py KIND SOURCE LANG OUT.txt OUT.blocks.json
KIND: udhr (Unicode UDHR XML), formex (EU Formex XML, excerpt), wml (Debian
website WML, through pandoc), eupl (one language section of a markdown file
holding every language), markdown (kept as it is, less a Hugo front matter),
ntrex (a set of articles of the NTREX-128 news test set; SOURCE is
NTREX_DIR#SET, SET a key of NTREX_SETS), jsonl-lines (one JSON object a line whose
"text" is one paragraph of a document, as the MultiLeg data set keeps EU court documents),
cc-legalcode (a Creative Commons legal code page, HTML, through pandoc).
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def block(key, text, kind="para", label=""):
    return {"key": key, "kind": kind, "label": label, "text": " ".join(text.split())}


# --- UDHR in Unicode (XML) -------------------------------------------------------------

def udhr(path, lang):
    ns = {"u": "http://www.unhchr.ch/udhr"}
    root = ET.parse(path).getroot()
    out, blocks = [], []

    def emit(key, text, kind="para", label=""):
        out.append((label + " " if label else "") + text)
        blocks.append(block(key, text, kind, label))

    for child in root:
        tag = child.tag.split("}")[1]
        if tag == "title":
            emit("title", child.text)
        elif tag == "note":
            for i, p in enumerate(child.findall("u:para", ns)):
                emit(f"note-{lang}-{i + 1}", p.text)
        elif tag == "preamble":
            emit("preamble-title", child.find("u:title", ns).text, "heading")
            for i, p in enumerate(child.findall("u:para", ns)):
                emit(f"preamble-{i + 1}", p.text)
        elif tag == "article":
            n = child.get("number")
            emit(f"art-{n}", child.find("u:title", ns).text, "heading")
            k = 0
            for sub in child:
                st = sub.tag.split("}")[1]
                if st == "para":
                    k += 1
                    emit(f"art-{n}-{k}", sub.text)
                elif st == "orderedlist":
                    for j, item in enumerate(sub.findall("u:listitem", ns)):
                        k += 1
                        for m, p in enumerate(item.findall("u:para", ns)):
                            emit(f"art-{n}-{k}" + (f"-cont{m}" if m else ""), p.text,
                                 "para", f"{j + 1}." if m == 0 else "")
    return "\n\n".join(out) + "\n", blocks


# --- EU Formex XML (the GDPR), an excerpt of its first parts -----------------------------

class Formex:
    """Formex to EUR-Lex-like plain text: one line per paragraph, labels before the text,
    footnote calls as (n) and the footnotes at the end."""

    def __init__(self, recitals, last_article):
        self.recitals, self.last_article = recitals, last_article
        self.out, self.blocks, self.notes = [], [], []

    def inline(self, el):
        parts = [el.text or ""]
        for ch in el:
            t = ch.tag
            if t == "NOTE":
                self.notes.append(self.inline_block(ch))
                parts.append(f" ({len(self.notes)})")
            elif t in ("QUOT.START", "QUOT.END"):
                parts.append(chr(int(ch.get("CODE"), 16)))
            elif t == "HT" and ch.get("TYPE") == "UC":
                parts.append(self.inline(ch).upper())
            else:
                parts.append(self.inline(ch))
            parts.append(ch.tail or "")
        return "".join(parts)

    def inline_block(self, el):
        ps = el.findall("P")
        return " ".join(self.inline(p) for p in ps) if ps else self.inline(el)

    def emit(self, key, text, kind="para", label=""):
        text = " ".join(text.split())
        self.out.append((label + " " if label else "") + text)
        self.blocks.append(block(key, text, kind, label))

    def alinea(self, key, el, label=""):
        """An ALINEA or TXT: its own text, then its P and LIST children as paragraphs."""
        ps = [c for c in el if c.tag in ("P", "LIST")]
        if not ps:
            self.emit(key, self.inline(el), "para", label)
            return
        k = 0
        for c in el:
            if c.tag == "P":
                self.emit(f"{key}-p{k}", self.inline(c), "para", label if k == 0 else "")
                k += 1
            elif c.tag == "LIST":
                for item in c.findall("ITEM"):
                    np = item.find("NP")
                    no = np.find("NO.P").text
                    self.alinea(f"{key}-{no.strip('().')}", np.find("TXT"), no)

    def render(self, path):
        root = ET.parse(path).getroot()
        doc = root.find("CONS.DOC")
        for i, p in enumerate(doc.find("TITLE").find("TI").findall("P")):
            self.emit(f"title-{i + 1}", self.inline(p))
        pre = doc.find("PREAMBLE")
        self.emit("preamble-init", self.inline(pre.find("PREAMBLE.INIT")))
        for i, v in enumerate(pre.find("GR.VISA").findall("VISA")):
            self.emit(f"visa-{i + 1}", self.inline(v))
        gc = pre.find("GR.CONSID")
        self.emit("whereas", self.inline(gc.find("GR.CONSID.INIT")))
        for c in gc.findall("CONSID")[:self.recitals]:
            np = c.find("NP")
            no = np.find("NO.P").text
            self.emit(f"recital-{no.strip('()')}", self.inline(np.find("TXT")), "para", no)
        self.emit("preamble-final", self.inline(pre.find("PREAMBLE.FINAL")))
        for div in doc.find("ENACTING.TERMS").findall("DIVISION"):
            arts = div.findall("ARTICLE")
            if not arts or int(arts[0].get("IDENTIFIER")) > self.last_article:
                break
            ti = div.find("TITLE")
            self.emit(f"div-{arts[0].get('IDENTIFIER')}", self.inline_block(ti.find("TI")), "heading")
            self.emit(f"div-{arts[0].get('IDENTIFIER')}-title", self.inline_block(ti.find("STI")), "heading")
            for art in arts:
                n = int(art.get("IDENTIFIER"))
                if n > self.last_article:
                    break
                self.emit(f"art-{n}", self.inline(art.find("TI.ART")), "heading")
                self.emit(f"art-{n}-title", self.inline(art.find("STI.ART")), "heading")
                for k, part in enumerate(c for c in art if c.tag in ("PARAG", "ALINEA")):
                    if part.tag == "PARAG":
                        no = part.find("NO.PARAG").text
                        for m, al in enumerate(part.findall("ALINEA")):
                            self.alinea(f"art-{n}-{no.strip('.')}" + (f"-al{m}" if m else ""), al,
                                        no if m == 0 else "")
                    else:
                        self.alinea(f"art-{n}-al{k}", part)
        for i, note in enumerate(self.notes):
            self.emit(f"note-{i + 1}", note, "para", f"({i + 1})")
        return "\n\n".join(self.out) + "\n", self.blocks


def formex(path, lang):
    return Formex(recitals=13, last_article=11).render(path)


# --- Debian website WML, rendered to text by pandoc --------------------------------------

def wml_to_html(src):
    """WML is HTML with a few macros: the page title (a tag or a template argument),
    table-of-contents entries, meta slices and '#' directive lines.  Turn them into the
    HTML the website shows."""
    m = re.search(r'^#use wml::debian::template title="([^"]*)"', src, re.M)
    title = m.group(1) if m else ""
    lines = [ln for ln in src.splitlines() if not ln.startswith("#")]
    text = "\n".join(lines)
    text = re.sub(r"\{#meta#:.*?:#meta#\}", "", text, flags=re.S)
    m = re.search(r"<define-tag pagetitle>(.*?)</define-tag>", text, re.S)
    if m:
        title = m.group(1)
        text = text.replace(m.group(0), f"<h1>{title}</h1>")
    text = re.sub(r"<define-tag [^>]*>.*?</define-tag>", "", text, flags=re.S)
    text = re.sub(r"<toc-display\s*/>", "", text)
    text = re.sub(r"<toc-add-entry[^>]*>(.*?)</toc-add-entry>", r"<h2>\1</h2>", text, flags=re.S)
    return f"<html><head><title>{title}</title></head><body>\n{text}\n</body></html>\n"


class Blocks(html.parser.HTMLParser):
    """Block elements of an HTML page in order: headings, paragraphs, list items, table
    rows.  A list item's key is its position; its number label is the ordered-list count."""

    BLOCK = {"h1", "h2", "h3", "h4", "p", "li", "dt", "dd", "tr", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.stack, self.cur, self.lists = [], [], None, []
        self.in_head = False

    def flush(self):
        if self.cur is not None:
            tag, label, parts = self.cur
            text = " ".join("".join(parts).split())
            if text:
                kind = "heading" if tag.startswith("h") else "para"
                self.blocks.append(block(f"{tag}", text, kind, label))
            self.cur = None

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        if tag in ("ol", "ul"):
            self.flush()
            self.lists.append([tag, 0])
        if tag in self.BLOCK:
            self.flush()
            label = ""
            if tag == "li" and self.lists:
                self.lists[-1][1] += 1
                label = f"{self.lists[-1][1]}." if self.lists[-1][0] == "ol" else "-"
            self.cur = (tag, label, [])
        if tag == "q" and self.cur and not self.in_head:
            self.cur[2].append("“")

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        if tag in ("ol", "ul"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag in self.BLOCK:
            self.flush()
        elif tag == "q" and self.cur and not self.in_head:
            self.cur[2].append("”")

    def handle_data(self, data):
        if self.in_head:
            return  # the page title shows in the browser, not in the page
        if self.cur is None:
            if data.strip():
                self.cur = ("p", "", [])
            else:
                return
        self.cur[2].append(data)


def html_text_and_blocks(page):
    """An HTML page rendered to text by pandoc, and its blocks."""
    text = subprocess.run(["pandoc", "-f", "html", "-t", "plain", "--columns=72"],
                          input=page, capture_output=True, text=True, check=True).stdout
    parser = Blocks()
    parser.feed(page)
    parser.flush()
    return text, parser.blocks


def wml(path, lang):
    return html_text_and_blocks(wml_to_html(open(path, encoding="utf-8").read()))


# --- Creative Commons legal code pages (HTML of the CC legal tools), through pandoc -------

def cc_legalcode(path, lang):
    """The licence as its legal code page shows it: the notices above the legal code, the
    legal code and the notice below it (the site's menus, language list and footer left
    out), rendered to text by pandoc as the Debian pages are.  The list markup
    (<ol type="a">, "1", "A", "i") gives every point its label."""
    page = open(path, encoding="utf-8").read()
    start = page.index('<div class="notice-top"')
    bottom = page.index('<div class="notice-bottom"')
    end = page.index("</div>", bottom) + len("</div>")
    page = f"<html><head><title></title></head><body>\n{page[start:end]}\n</body></html>\n"
    return html_text_and_blocks(page)


# --- Markdown sources: the EUPL (all languages in one file), the Contributor Covenant -----

EUPL_HEADINGS = {
    "sv": "## EUROPEAN UNION PUBLIC LICENCE (LICENS TILL ÖPPEN KÄLLKOD FRÅN EUROPEISKA UNIONEN)",
    "lv": "## EIROPAS SAVIENĪBAS SABIEDRISKĀ LICENCE",
    "en": "## EUROPEAN UNION PUBLIC LICENCE v. 1.2",
}


def md_blocks(lines):
    """Markdown lines to blocks: a heading, a list item or a quote line starts a block; so
    does a line after a blank line or after a heading; other lines continue the block
    (hard-wrapped text).
    Where a language version has no blank lines (one line per paragraph), build_gold.py
    pairs lines by the structure of the other versions."""
    blocks, prev_blank = [], True
    for ln in lines:
        s = ln.strip()
        if not s:
            prev_blank = True
            continue
        m = re.match(r"^(#+|[-*]|>|\d+\.)\s+(.*)$", s)
        after_heading = bool(blocks) and blocks[-1]["kind"] == "heading"
        if m or prev_blank or after_heading or not blocks:
            label = m.group(1) if m else ""
            body = m.group(2) if m else s
            kind = "heading" if label.startswith("#") else "para"
            blocks.append(block("md", body, kind, label))
        else:
            blocks[-1]["text"] += " " + s
        prev_blank = False
    return blocks


def eupl(path, lang):
    lines = open(path, encoding="utf-8").read().splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(EUPL_HEADINGS[lang]))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    section = lines[start:end]
    while section and not section[-1].strip():
        section.pop()
    return "\n".join(section) + "\n", md_blocks(section)


def markdown(path, lang):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"\A\+\+\+\n.*?\n\+\+\+\n+", "", text, flags=re.S)
    return text, md_blocks(text.splitlines())


# --- NTREX-128 news test set: one segment per line, document ids in a parallel file -------

NTREX_FILES = {"sv": "NTREX-128/newstest2019-ref.swe.txt", "lv": "NTREX-128/newstest2019-ref.lav.txt",
               "en": "NTREX-128/newstest2019-src.eng.txt"}
# The articles of each corpus document, in the order they are written.  Chosen for their
# length and for segments that the translators split or joined into other sentence counts.
NTREX_SETS = {
    "news-ntrex-a": ["nytimes.184825", "cnbc.com.6784", "scotsman.133801", "telegraph.405408"],
    "news-ntrex-b": ["reuters.218865", "nytimes.184804", "thelocal.65969"],
}


def ntrex_article(lines):
    """An article's headline (its first segment) and body (its other segments joined by a
    space), from its segments with their whitespace collapsed."""
    return lines[0], " ".join(lines[1:])


def ntrex(source, lang):
    """Each article as its headline (the article's first segment) on one line and its body
    (the other segments, in order, joined by a space) as one paragraph: the test set keeps
    no paragraph breaks inside an article.  The body block lists its segments, the units
    the translators translated, for the sentence gold."""
    root, name = source.split("#")
    with open(os.path.join(root, "DOCUMENT_IDS.tsv"), encoding="utf-8") as f:
        ids = [ln.strip() for ln in f]
    with open(os.path.join(root, NTREX_FILES[lang]), encoding="utf-8") as f:
        segs = [ln.rstrip("\n") for ln in f]
    out, blocks = [], []
    for doc in NTREX_SETS[name]:
        lines = [" ".join(segs[i].split()) for i, d in enumerate(ids) if d == doc]
        headline, body = ntrex_article(lines)
        out += [headline, body]
        blocks.append(block(f"{doc}-title", lines[0], "heading"))
        b = block(doc, body)
        b["segments"] = lines[1:]
        blocks.append(b)
    return "\n\n".join(out) + "\n", blocks


# --- Paragraph-per-line JSONL (the MultiLeg data set of EU court documents) ---------------

PARA_LABEL = re.compile(r"^[‘’“”\"]?(\(\d+\)|\d+\)|\d+\.?|[IVX]+\.|[A-Z]\.|\*|[a-z]\))\s+")
SENTENCE_END = re.compile(r"[.:;!?…”’\"]$")


def jsonl_lines(path, lang):
    """Each line's "text" as one paragraph, blank lines between.  A block's label is its
    leading number (paragraph, point or footnote number, roman or letter heading label); a
    line without a paragraph number that does not end as a sentence does is a heading or a
    title line.  Lines without a word ("…", "[..]": elisions in quotations) are written but
    are no block: no snippet can locate them."""
    out, blocks = [], []
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(ln)["text"].strip() for ln in f if ln.strip()]
    for i, t in enumerate(texts):
        out.append(t)
        if not re.search(r"\w", t):
            continue
        m = PARA_LABEL.match(t)
        label, body = (m.group(0).strip(), t[m.end():]) if m else ("", t)
        numbered = bool(m) and not re.fullmatch(r"[‘’“”\"]?([IVX]+|[A-Z])\.", label)
        heading = not numbered and not SENTENCE_END.search(t)
        blocks.append(block(f"line-{i + 1}", body, "heading" if heading else "para", label))
    return "\n\n".join(out) + "\n", blocks


KINDS = {"udhr": udhr, "formex": formex, "wml": wml, "eupl": eupl, "markdown": markdown,
         "ntrex": ntrex, "jsonl-lines": jsonl_lines, "cc-legalcode": cc_legalcode}


def main(argv):
    kind, src, lang, out_txt, out_blocks = argv
    text, blocks = KINDS[kind](src, lang)
    with open(out_txt, "w", encoding="utf-8") as f:
        f.write(text)
    with open(out_blocks, "w", encoding="utf-8") as f:
        json.dump(blocks, f, ensure_ascii=False, indent=0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
