#!/usr/bin/env python3
"""Helper used once to draft the demo's narratives from the Kupang LAKIN text (shared/reference/
lakin-kpp-pratama-kupang-2024.txt): joins the text's broken lines into paragraphs and its a./1)/bullet items
into lists, as XHTML. Usage: extract_narratives.py REPORT START END  (1-based line numbers, END inclusive).
The result was read and edited by hand (figures the data holds replaced by placeholders) in
src/main/resources/demo/kupang-2024.yaml; this script is not part of the build."""
import html
import re
import sys

MARK = re.compile(r'^(?:(?P<bullet>[•●▪-])|(?P<alpha>[a-z])[.)]|(?P<num>\d{1,2})[.)])\s+(?P<rest>.*)$')


def kind(m):
    if m.group('bullet'):
        return 'ul'
    if m.group('alpha'):
        return 'ol-a' + (')' if ')' in m.group(0)[:3] else '.')
    return 'ol-1' + (')' if ')' in m.group(0)[:4] else '.')


def convert(lines):
    blocks = []            # (kind, text) kind: p or list-kind
    for raw in lines:
        line = raw.strip()
        if not line or re.fullmatch(r'\d{1,3}', line) or line.startswith(('Sumber:', 'Sumber :', 'Gambar', 'Tabel', 'Grafik')):
            continue
        m = MARK.match(line)
        if m and m.group('rest'):
            blocks.append([kind(m), m.group('rest')])
            continue
        if blocks and (not re.search(r'[.:;]\s*$', blocks[-1][1]) or line[:1].islower()
                       or blocks[-1][1].rstrip().endswith('Rp.')):
            blocks[-1][1] += ' ' + line
        else:
            blocks.append(['p', line])
    out, stack = [], []
    for k, text in blocks:
        text = html.escape(re.sub(r'\s+', ' ', text).strip(), quote=False)
        if k == 'p':
            while stack:
                out.append('</li></%s>' % stack.pop()[:2])
            out.append('<p>%s</p>' % text)
            continue
        if stack and k in stack:
            while stack[-1] != k:
                out.append('</li></%s>' % stack.pop()[:2])
            out.append('</li><li>%s' % text)
        else:
            stack.append(k)
            out.append('<%s><li>%s' % (k[:2], text))
    while stack:
        out.append('</li></%s>' % stack.pop()[:2])
    return ''.join(out).replace('<ol>', '<ol>')


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        all_lines = f.read().split('\n')
    print(convert(all_lines[int(sys.argv[2]) - 1:int(sys.argv[3])]))
