#!/usr/bin/env python3
"""Make the small documents the format tests read (data/formats/bad/, data/formats/cases/).

usage: make_test_documents.py FIXTURES_DIR

FIXTURES_DIR holds the seed fixtures of make_fixtures.sh (dd2023_sv.pdf ...).
Written here, deterministically, with the Python standard library only:

bad/ (each refused with exit 2 and a message naming the file)
  truncated.pdf       the first 40% of a real PDF (Chromium's)
  encrypted.pdf       a one-page PDF encrypted with the user password "hemligt"
                      (standard security handler, RC4 40-bit, revision 2)
  scanned.pdf         a page that is only an image: no text layer
  not-a-docx.docx     a zip archive of a text file and an image
  bomb.docx           a DOCX whose document.xml inflates to 16 MB (16 KB zipped)
  bomb-lying.docx     the same, its zip headers claiming 1 KB
cases/
  legacy-1257.html    a Latvian page in windows-1257, declared in <meta http-equiv>
  legacy-meta.html    the same page declared with <meta charset>
  word-features.docx  tracked changes, hidden text, a table, "Article %1" numbering,
                      heading styles, a footnote and a field
"""
import hashlib
import io
import os
import struct
import sys
import zipfile
import zlib

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def pdf(objects, trailer_extra=b""):
    """A PDF file of numbered objects (bytes bodies), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, trailer_extra, xref))
    return out.getvalue()


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def encrypted_pdf(user=b"hemligt", owner=b"owner"):
    file_id = hashlib.md5(b"paralign encrypted fixture").digest()
    # algorithm 3: the owner entry; algorithm 2: the file key; algorithm 4: the user entry
    o = rc4(hashlib.md5((owner + PAD)[:32]).digest()[:5], (user + PAD)[:32])
    perms = -4
    key = hashlib.md5((user + PAD)[:32] + o + struct.pack("<i", perms) + file_id).digest()[:5]
    u = rc4(key, PAD)

    def obj_key(num):
        return hashlib.md5(key + struct.pack("<I", num)[:3] + b"\0\0").digest()[:10]

    content = b"BT /F1 14 Tf 72 720 Td (Radets slutsatser om digital diplomati.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(rc4(obj_key(4), content)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o.hex().encode(), u.hex().encode(), perms),
    ]
    return pdf(objects, b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(),
                                                              file_id.hex().encode()))


def scanned_pdf():
    # a grey "page" with dark bars where lines of text would be: an image, no text
    w, h = 300, 400
    rows = []
    for y in range(h):
        dark = 40 <= y % 24 < 52 and 30 < y < 370
        rows.append(b"\0" + bytes((60 if dark and 30 < x < 270 else 235) for x in range(w)))
    data = zlib.compress(b"".join(rows), 9)
    image = stream(data, b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                         b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "
                         b"/DecodeParms << /Predictor 15 /Columns %d >> " % (w, h, w))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        stream(b"q 535 0 0 713 30 60 cm /Im1 Do Q"),
        image,
    ]
    return pdf(objects)


FIXED_DATE = (2025, 11, 20, 12, 0, 0)


def zip_bytes(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data, compresslevel=9)
    return out.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')


def docx(document, extra=()):
    return zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", document)]
                     + list(extra))


def bomb():
    body = "<w:p><w:r><w:t>Rådets slutsatser om %s</w:t></w:r></w:p>" % ("a" * (16 << 20))
    return docx('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s'
                '</w:body></w:document>' % (W, body))


def lying(data, claimed=1024):
    """The zip with every entry's uncompressed size rewritten to claimed bytes."""
    b = bytearray(data)
    i = 0
    while True:
        i = b.find(b"PK\x03\x04", i)
        if i < 0:
            break
        struct.pack_into("<I", b, i + 22, claimed)
        i += 4
    i = 0
    while True:
        i = b.find(b"PK\x01\x02", i)
        if i < 0:
            break
        struct.pack_into("<I", b, i + 24, claimed)
        i += 4
    return bytes(b)


LATVIAN = ("Padomes secinājumi par Eiropas Savienības digitālo stratēģiju",
           "Padome ATZINĪGI VĒRTĒ Komisijas un Augstās pārstāves kopīgo paziņojumu.",
           "UZSVER, ka ir jāuzlabo ES darbs sadarbības stiprināšanā ar partneriem.")


def legacy_html(meta):
    body = "<h1>%s</h1>\n<ol>\n<li><p>%s</p></li>\n<li><p>%s</p></li>\n</ol>\n" % LATVIAN
    page = ('<!DOCTYPE html>\n<html lang="lv">\n<head>\n%s\n<title>Padomes secinājumi</title>\n'
            '</head>\n<body>\n%s</body>\n</html>\n' % (meta, body))
    return page.encode("windows-1257")


def word_features():
    def p(text, style=None, num=None, extra=""):
        ppr = ""
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
        return '<w:p><w:pPr>%s</w:pPr>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
            ppr, extra, text)
    body = "".join([
        p("Council conclusions on digital diplomacy", "Heading1"),
        p("The Council adopts the following provisions.", num=(0, 1)),
        p("The Council recalls its earlier conclusions.", num=(0, 1)),
        # tracked changes: the insertion is read, the deletion is not; hidden text is not
        '<w:p><w:r><w:t xml:space="preserve">The EU will </w:t></w:r>'
        '<w:del w:id="1" w:author="x"><w:r><w:delText>never </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve">always </w:t></w:r></w:ins>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">HIDDEN </w:t></w:r>'
        '<w:r><w:t>promote human rights online</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="7"/></w:r><w:r><w:t>.</w:t></w:r></w:p>',
        p("Strengthen cooperation with partners.", num=(1, 1)),
        p("Support capacity building.", num=(1, 1)),
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one text.</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Cell two text.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
        '<w:p><w:r><w:t xml:space="preserve">Adopted on </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>20 November 2025</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>',
    ])
    document = ('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s<w:sectPr/>'
                '</w:body></w:document>' % (W, body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?><w:styles %s><w:style w:type="paragraph" '
              'w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>' % W)
    numbering = (
        '<?xml version="1.0" encoding="UTF-8"?><w:numbering %s><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Article %%1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%%2)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8"?><w:footnotes %s>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> See the Action Plan on Human Rights.</w:t></w:r>'
        '</w:p></w:footnote></w:footnotes>' % W)
    return docx(document, [("word/styles.xml", styles), ("word/numbering.xml", numbering),
                           ("word/footnotes.xml", footnotes)])


def main(argv):
    fixtures = argv[1]
    bad = os.path.join(fixtures, "bad")
    cases = os.path.join(fixtures, "cases")
    os.makedirs(bad, exist_ok=True)
    os.makedirs(cases, exist_ok=True)
    real = open(os.path.join(fixtures, "dd2023_sv.pdf"), "rb").read()
    files = {
        os.path.join(bad, "truncated.pdf"): real[: len(real) * 2 // 5],
        os.path.join(bad, "encrypted.pdf"): encrypted_pdf(),
        os.path.join(bad, "scanned.pdf"): scanned_pdf(),
        os.path.join(bad, "not-a-docx.docx"): zip_bytes([
            ("notes.txt", "Not a Word document, just a zip archive.\n"),
            ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(64))]),
        os.path.join(bad, "bomb.docx"): bomb(),
        os.path.join(cases, "legacy-1257.html"): legacy_html(
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1257">'),
        os.path.join(cases, "legacy-meta.html"): legacy_html('<meta charset="windows-1257">'),
        os.path.join(cases, "word-features.docx"): word_features(),
    }
    files[os.path.join(bad, "bomb-lying.docx")] = lying(files[os.path.join(bad, "bomb.docx")])
    for path, data in sorted(files.items()):
        with open(path, "wb") as f:
            f.write(data)
        print("made %s (%d bytes)" % (os.path.relpath(path, fixtures), len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
