#!/usr/bin/env python3
"""How many of one TMX file's units another holds, language pair by language pair.

Two alignments of one document in two forms (its clean text, and the same text as
a print lays it out) should give the same units.  A unit is compared by its two
segments' text, whitespace folded and note markers in brackets (" (1)") set aside:
a reader that takes the markers out of a print's text, where it finds the notes,
changes nothing a translator uses.

usage: same_pairs.py REFERENCE.tmx OTHER.tmx LANG,LANG,... [--min N]
Prints "L1-L2: held H/R, other O" per pair; exit 1 when some pair holds fewer than
N of the reference's units (N defaults to all of them).
"""
import re
import sys
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MARKER = re.compile(r" ?\(\d+\)(?=[ ,.;:)]|$)")


def units(path):
    out = []
    for tu in ET.parse(path).getroot().iter("tu"):
        segs = {}
        for tuv in tu.iter("tuv"):
            seg = tuv.find("seg")
            text = "".join(seg.itertext()) if seg is not None else ""
            segs[tuv.get(XML_LANG)] = " ".join(MARKER.sub("", text).split())
        out.append(segs)
    return out


def pairs(us, a, b):
    return {(u[a], u[b]) for u in us if a in u and b in u}


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    ref, other = units(argv[0]), units(argv[1])
    langs = argv[2].split(",")
    least = int(argv[argv.index("--min") + 1]) if "--min" in argv else None
    status = 0
    for i, a in enumerate(langs):
        for b in langs[i + 1:]:
            r, o = pairs(ref, a, b), pairs(other, a, b)
            print(f"{a}-{b}: held {len(r & o)}/{len(r)}, other {len(o - r)}")
            if len(r & o) < (len(r) if least is None else least):
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
