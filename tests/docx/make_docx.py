#!/usr/bin/env python3
"""Writes the Word files the importer is tested on (crates/cli/tests/docx.rs), as Word and WPS write them.

- reference.docx: the reference report (data/source/shaoyang-jingkaiqu-2023-12-22.txt), one paragraph per line, the
  text of a paragraph split over several runs (as Word splits it wherever the formatting or the spell check changed).
- numbered.docx: numbered.txt with its 一、 / （一） / 1. numbers left out of the text and printed by automatic list
  numbering instead (numbering.xml), as WPS writes a report typed with its list buttons.

Run from this folder: python3 make_docx.py. Only the standard library; the output is deterministic.
"""
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"""


def runs(text):
    """The text in runs of at most 7 characters, the way Word splits a paragraph."""
    if not text:
        return ''
    pieces = [text[i:i + 7] for i in range(0, len(text), 7)]
    return ''.join(f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{escape(p)}</w:t></w:r>' for p in pieces)


def paragraph(text, numbering=None):
    props = ''
    if numbering:
        level, num_id = numbering
        props = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
    return f'<w:p>{props}{runs(text)}</w:p>'


def document(body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'


def write(path, body, numbering_xml=None):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        def add(name, text):
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        add('[Content_Types].xml', CONTENT_TYPES)
        add('_rels/.rels', RELS)
        add('word/_rels/document.xml.rels', DOC_RELS)
        add('word/document.xml', document(body))
        if numbering_xml:
            add('word/numbering.xml', numbering_xml)


def reference():
    text = (ROOT / 'data/source/shaoyang-jingkaiqu-2023-12-22.txt').read_text(encoding='utf-8')
    write(HERE / 'reference.docx', ''.join(paragraph(line) for line in text.split('\n')))


# One multi-level list, as WPS defines it: 一、 / （一） / 1., each level restarting under the one above.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""

LEVELS = [(re.compile(r'^[一二三四五六七八九十]+、'), 0), (re.compile(r'^（[一二三四五六七八九十]+）'), 1), (re.compile(r'^\d+\.'), 2)]


def numbered():
    text = (HERE / 'numbered.txt').read_text(encoding='utf-8')
    body = []
    for line in text.split('\n'):
        for pattern, level in LEVELS:
            match = pattern.match(line)
            if match:
                body.append(paragraph(line[match.end():], (level, 1)))
                break
        else:
            body.append(paragraph(line))
    write(HERE / 'numbered.docx', ''.join(body), NUMBERING)


if __name__ == '__main__':
    reference()
    numbered()
